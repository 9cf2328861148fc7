/**
 * Lua 5.1 as Redis 7.0 embeds it, for the memory store's {@code EVAL} and
 * {@code FUNCTION}: byte strings in and out of a Lua state, and the libraries Redis
 * bundles. Internal: its types are public only for {@link io.redipy.memory}.
 */
@NullMarked
package io.redipy.memory.lua;

import org.jspecify.annotations.NullMarked;
