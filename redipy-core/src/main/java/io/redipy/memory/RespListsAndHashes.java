package io.redipy.memory;

/**
 * The endpoint's list and hash commands (see {@link RespCommands}).
 */
final class RespListsAndHashes {

	private RespListsAndHashes() {
	}

	/** Adds the commands to the endpoint's table. */
	static void register() {
	}

}
