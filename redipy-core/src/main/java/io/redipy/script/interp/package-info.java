/**
 * Runs script IR on any {@link io.redipy.api.Commands}, for the memory backend. Only
 * {@link io.redipy.script.interp.Interpreter} is public.
 */
@NullMarked
package io.redipy.script.interp;

import org.jspecify.annotations.NullMarked;
