package io.redipy.memory;

/**
 * The endpoint's set and sorted-set commands (see {@link RespCommands}).
 */
final class RespSetsAndSortedSets {

	private RespSetsAndSortedSets() {
	}

	/** Adds the commands to the endpoint's table. */
	static void register() {
	}

}
