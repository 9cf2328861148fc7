/**
 * The Redis backend over Spring Data Redis and Lettuce. Only
 * {@link io.redipy.redis.RedisBackend} is public.
 */
@NullMarked
package io.redipy.redis;

import org.jspecify.annotations.NullMarked;
