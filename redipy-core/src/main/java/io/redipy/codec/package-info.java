/**
 * The typed view of the commands ({@link io.redipy.api.TypedCommands}) over a backend's
 * store-form client: one implementation for every backend. Internal: users reach it
 * through {@link io.redipy.RedipyClient#withCodecs}.
 */
@NullMarked
package io.redipy.codec;

import org.jspecify.annotations.NullMarked;
