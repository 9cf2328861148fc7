/**
 * The command API: command groups, options and results, batches.
 */
@NullMarked
package io.redipy.api;

import org.jspecify.annotations.NullMarked;
