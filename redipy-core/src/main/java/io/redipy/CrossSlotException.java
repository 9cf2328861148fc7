package io.redipy;

import java.util.List;
import java.util.Map;

import io.redipy.command.Slots;
import org.jspecify.annotations.Nullable;

/**
 * The keys of one command, batch or script hash to more than one Redis Cluster slot, so a
 * cluster cannot run it atomically on one node. Thrown before anything is sent: by the
 * Redis backend on a cluster, and by the memory backend with
 * {@link MemoryOptions#withClusterRules() cluster rules}, so that a unit test finds what
 * the cluster would refuse. A script that computes a key outside its declared keys' slot
 * fails while it runs, with a {@link ScriptException} whose cause is this exception. The
 * fix is a hash tag: keys that share the part between {@code {}} and {@code }} (say
 * {@code {user:42}:name} and {@code {user:42}:cart}) share their slot.
 */
public class CrossSlotException extends InvalidArgumentException {

	private static final long serialVersionUID = 1L;

	/**
	 * The reason a script fails with, on both backends, when it touches a key whose slot
	 * is not its declared keys' slot (Redis 7.0 refuses such a key in a script that
	 * starts with {@code #!lua}, as redipy's compiled scripts do).
	 */
	public static final String OUTSIDE_SCRIPT_SLOT = "CROSSSLOT Script attempted to access a key that does not"
			+ " hash to the slot of its declared keys: on a Redis Cluster a script runs on the node of that slot."
			+ " Give the keys it computes the declared keys' hash tag, such as {order:42}:items";

	/** The keys and their slots, in the order they were given. */
	private final transient Map<String, Integer> slots;

	/**
	 * Creates the exception for keys that span slots.
	 * @param what what holds the keys, such as {@code "MGET"} or {@code "the batch"}
	 * @param keys the keys, as the client sent them (with the key prefix)
	 */
	public CrossSlotException(String what, List<String> keys) {
		this(message(what, keys), keys, null);
	}

	private CrossSlotException(String message, List<String> keys, @Nullable Throwable cause) {
		super(message, cause);
		Map<String, Integer> found = new java.util.LinkedHashMap<>();
		for (String key : keys) {
			found.put(key, Slots.of(key));
		}
		this.slots = java.util.Collections.unmodifiableMap(found);
	}

	/**
	 * Creates the exception for a script that touched a key outside its declared keys'
	 * slot, while it ran: the cause of the {@link ScriptException} it fails with. Effects
	 * the script made before stay, as for any error inside a script.
	 * @param keys the keys involved, as far as known: on the memory backend a declared
	 * key and the key touched; on the Redis backend none, as the server does not name
	 * them
	 * @param cause the server's error, or {@code null}
	 * @return the exception, whose message is {@link #OUTSIDE_SCRIPT_SLOT}
	 */
	public static CrossSlotException outsideScriptSlot(List<String> keys, @Nullable Throwable cause) {
		return new CrossSlotException(OUTSIDE_SCRIPT_SLOT, keys, cause);
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
	 * @return the keys, in the order given, with their slots (empty when the server
	 * refused a script's key without naming it)
	 */
	public Map<String, Integer> slots() {
		return this.slots;
	}

}
