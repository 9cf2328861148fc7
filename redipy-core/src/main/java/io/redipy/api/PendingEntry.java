package io.redipy.api;

import java.time.Duration;

/**
 * One entry of the extended {@code XPENDING}: a pending entry's id, the consumer it was
 * delivered to, the time since its last delivery and how often it was delivered.
 *
 * @param id the entry's id
 * @param consumer the consumer that holds it
 * @param idle the time since its last delivery
 * @param deliveries how many times it was delivered
 */
public record PendingEntry(String id, String consumer, Duration idle, long deliveries) {
}
