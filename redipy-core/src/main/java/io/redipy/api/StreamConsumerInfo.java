package io.redipy.api;

import java.time.Duration;

/**
 * One consumer of {@code XINFO CONSUMERS}.
 *
 * @param name the consumer's name
 * @param pending the number of its pending entries
 * @param idle the time since it last read or claimed
 */
public record StreamConsumerInfo(String name, long pending, Duration idle) {
}
