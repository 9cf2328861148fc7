package io.redipy.api;

import org.jspecify.annotations.Nullable;

/**
 * One group of {@code XINFO GROUPS}.
 *
 * @param name the group's name
 * @param consumers the number of its consumers
 * @param pending the number of its pending entries
 * @param lastDeliveredId the id of the last entry delivered to it
 * @param entriesRead how many entries it has read, or null where Redis cannot tell
 * @param lag how many entries it has yet to read, or null where Redis cannot tell
 */
public record StreamGroupInfo(String name, long consumers, long pending, String lastDeliveredId,
		@Nullable Long entriesRead, @Nullable Long lag) {
}
