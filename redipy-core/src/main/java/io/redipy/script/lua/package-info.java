/**
 * Compiles script IR to Lua for Redis. Only {@link io.redipy.script.lua.LuaCompiler} is
 * public.
 */
@NullMarked
package io.redipy.script.lua;

import org.jspecify.annotations.NullMarked;
