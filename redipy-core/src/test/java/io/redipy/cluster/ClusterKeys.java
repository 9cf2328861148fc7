package io.redipy.cluster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.redipy.command.Slots;

/** Keys for cluster tests, chosen by their slots. */
final class ClusterKeys {

	private ClusterKeys() {
	}

	/**
	 * Nine keys whose slots fall in every third of the 16384 (so on every master of the
	 * test cluster), the last three in three different thirds.
	 */
	static List<String> spread() {
		List<String> keys = new ArrayList<>();
		Set<Integer> thirds = new HashSet<>();
		Set<Integer> lastThirds = new HashSet<>();
		for (int i = 0; keys.size() < 9; i++) {
			String key = "k" + i;
			int third = Slots.of(key) * 3 / Slots.COUNT;
			if (keys.size() < 6) {
				keys.add(key);
				thirds.add(third);
			}
			else if (lastThirds.add(third)) {
				keys.add(key);
				thirds.add(third);
			}
		}
		return keys;
	}

	/** A key of the spread whose slot is not the given key's. */
	static String otherSlotThan(String key) {
		return spread().stream().filter((other) -> Slots.of(other) != Slots.of(key)).findFirst().orElseThrow();
	}

}
