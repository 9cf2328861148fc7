package io.redipy.command;

/**
 * A command flag, as Redis 7.0 names them in {@code COMMAND INFO}. The constants are in
 * the order in which Redis lists them.
 *
 * <p>
 * Internal: part of the memory store's endpoint.
 */
public enum CommandFlag {

	/** The command may change data. */
	WRITE("write", true),

	/** The command only reads data. */
	READONLY("readonly", true),

	/** The command may use more memory, so it is refused when memory is short. */
	DENYOOM("denyoom", true),

	/** An administrative command. */
	ADMIN("admin", true),

	/** A pub/sub command. */
	PUBSUB("pubsub", true),

	/** Not allowed in scripts. */
	NOSCRIPT("noscript", true),

	/** The command may block the client. */
	BLOCKING("blocking", true),

	/** Allowed while the database loads. */
	LOADING("loading", true),

	/** Allowed on a replica with stale data. */
	STALE("stale", true),

	/** Not shown by {@code MONITOR}. */
	SKIP_MONITOR("skip_monitor", true),

	/** Not recorded by the slow log. */
	SKIP_SLOWLOG("skip_slowlog", true),

	/** Allowed on an importing cluster slot after {@code ASKING}. */
	ASKING("asking", true),

	/** Runs in constant or logarithmic time. */
	FAST("fast", true),

	/** Allowed before the connection authenticates. */
	NO_AUTH("no_auth", true),

	/**
	 * The command may be replicated although it is not a write; Redis keeps this flag out
	 * of {@code COMMAND INFO}.
	 */
	MAY_REPLICATE("may_replicate", false),

	/** The command may take no key at all although it has key arguments. */
	NO_MANDATORY_KEYS("no_mandatory_keys", true),

	/** Not allowed during an asynchronous load. */
	NO_ASYNC_LOADING("no_async_loading", true),

	/** Not allowed inside {@code MULTI}. */
	NO_MULTI("no_multi", true),

	/**
	 * The key positions cannot be told from the legacy first/last/step triple; derived
	 * from the key specs, never written in the table.
	 */
	MOVABLEKEYS("movablekeys", true),

	/** Allowed while a script or function runs too long. */
	ALLOW_BUSY("allow_busy", true);

	private final String redisName;

	private final boolean shown;

	CommandFlag(String redisName, boolean shown) {
		this.redisName = redisName;
		this.shown = shown;
	}

	/**
	 * Returns the flag's name as Redis writes it.
	 * @return the name, such as {@code "denyoom"}
	 */
	public String redisName() {
		return this.redisName;
	}

	/**
	 * Returns whether {@code COMMAND INFO} lists the flag.
	 * @return whether it is shown
	 */
	public boolean shown() {
		return this.shown;
	}

	static CommandFlag of(String redisName) {
		for (CommandFlag flag : values()) {
			if (flag.redisName.equals(redisName)) {
				return flag;
			}
		}
		throw new IllegalArgumentException("unknown command flag '" + redisName + "'");
	}

}
