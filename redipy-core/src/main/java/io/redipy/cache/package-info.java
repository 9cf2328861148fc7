/**
 * A compute-once shared cache built on the backend-agnostic client: one caller computes a
 * missing value while the others wait for it.
 */
@NullMarked
package io.redipy.cache;

import org.jspecify.annotations.NullMarked;
