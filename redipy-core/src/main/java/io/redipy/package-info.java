/**
 * redipy: one Redis API, two interchangeable backends (memory and Redis).
 */
@NullMarked
package io.redipy;

import org.jspecify.annotations.NullMarked;
