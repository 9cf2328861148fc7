/**
 * JMH benchmarks of redipy against what users would otherwise run (a locked
 * {@code HashMap}, a {@code ConcurrentHashMap}, raw Lettuce, {@code StringRedisTemplate},
 * jedis-mock, hand-written Lua and Java), and {@link io.redipy.benchmarks.Compare}, the
 * harness that runs them all with a redis-server of its own and prints one table of
 * ratios and targets.
 */
@NullMarked
package io.redipy.benchmarks;

import org.jspecify.annotations.NullMarked;
