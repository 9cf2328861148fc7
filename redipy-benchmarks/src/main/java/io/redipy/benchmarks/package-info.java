/**
 * JMH benchmarks of redipy.
 */
@NullMarked
package io.redipy.benchmarks;

import org.jspecify.annotations.NullMarked;
