package io.redipy;

import java.util.List;
import java.util.Map;

import io.redipy.command.Slots;

/**
 * The keys of one command, batch or script hash to more than one Redis Cluster slot, so a
 * cluster cannot run it atomically on one node. Thrown before anything is sent: by the
 * Redis backend on a cluster, and by the memory backend with
 * {@link MemoryOptions#withClusterRules() cluster rules}, so that a unit test finds what
 * the cluster would refuse. The fix is a hash tag: keys that share the part between
 * {@code {}} and {@code }} (say {@code {user:42}:name} and {@code {user:42}:cart}) share
 * their slot.
 */
public class CrossSlotException extends InvalidArgumentException {

	private static final long serialVersionUID = 1L;

	/** The keys and their slots, in the order they were given. */
	private final transient Map<String, Integer> slots;

	/**
	 * Creates the exception for keys that span slots.
	 * @param what what holds the keys, such as {@code "MGET"} or {@code "the batch"}
	 * @param keys the keys, as the client sent them (with the key prefix)
	 */
	public CrossSlotException(String what, List<String> keys) {
		super(message(what, keys), null);
		Map<String, Integer> found = new java.util.LinkedHashMap<>();
		for (String key : keys) {
			found.put(key, Slots.of(key));
		}
		this.slots = java.util.Collections.unmodifiableMap(found);
	}

	private static String message(String what, List<String> keys) {
		StringBuilder text = new StringBuilder("CROSSSLOT Keys in request don't hash to the same slot: ").append(what)
			.append(" has keys in several Redis Cluster slots (");
		int shown = 0;
		for (String key : keys) {
			if (shown == 8) {
				text.append(", …");
				break;
			}
			text.append((shown++ > 0) ? ", " : "").append(key).append(" → ").append(Slots.of(key));
		}
		return text.append("). Give them a common hash tag, such as {order:42}:items and {order:42}:total,")
			.append(" or a key prefix with one, such as {app}:")
			.toString();
	}

	/**
	 * Returns the keys and the slot of each.
	 * @return the keys, in the order given, with their slots
	 */
	public Map<String, Integer> slots() {
		return this.slots;
	}

}
