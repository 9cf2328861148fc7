/**
 * The scripts' intermediate representation: sealed records visited by the Lua compiler
 * and the memory interpreter. Internal to redipy.
 */
@NullMarked
package io.redipy.script.ir;

import org.jspecify.annotations.NullMarked;
