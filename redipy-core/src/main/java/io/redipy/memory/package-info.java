/**
 * The memory backend: an in-process store with Redis's semantics. Only
 * {@link io.redipy.memory.MemoryStore} is public.
 */
@NullMarked
package io.redipy.memory;

import org.jspecify.annotations.NullMarked;
