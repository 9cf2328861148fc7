/**
 * Spring Boot auto-configuration for redipy.
 */
@NullMarked
package io.redipy.autoconfigure;

import org.jspecify.annotations.NullMarked;
