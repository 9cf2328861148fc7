/**
 * The script DSL: atomic multi-step transactions written in Java, run as Lua on Redis and
 * natively in memory.
 */
@NullMarked
package io.redipy.script;

import org.jspecify.annotations.NullMarked;
