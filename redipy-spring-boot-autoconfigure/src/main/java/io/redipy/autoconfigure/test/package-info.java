/**
 * Testing support: the {@link io.redipy.autoconfigure.test.RedipyTest} slice and
 * {@link io.redipy.autoconfigure.test.AutoConfigureRedipy}, which force the memory
 * backend, give each test method an empty store and a clock to move.
 */
@NullMarked
package io.redipy.autoconfigure.test;

import org.jspecify.annotations.NullMarked;
