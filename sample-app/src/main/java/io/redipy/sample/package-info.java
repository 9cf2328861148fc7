/**
 * The sample application.
 */
@NullMarked
package io.redipy.sample;

import org.jspecify.annotations.NullMarked;
