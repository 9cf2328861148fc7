package io.redipy.command;

/**
 * A flag of a key spec: how a command uses the keys it finds. In the order in which Redis
 * 7.0 lists them.
 *
 * <p>
 * Internal: part of the memory store's endpoint.
 */
public enum KeySpecFlag {

	/** Read only. */
	RO("RO"),

	/** Read and written. */
	RW("RW"),

	/** Overwritten without being read. */
	OW("OW"),

	/** Removed. */
	RM("RM"),

	/** The value's content is returned or used. */
	ACCESS("access"),

	/** The value is changed in place. */
	UPDATE("update"),

	/** Content is added. */
	INSERT("insert"),

	/** Content is removed. */
	DELETE("delete"),

	/** Not a key, though it is routed like one (a channel). */
	NOT_KEY("not_key"),

	/** The spec may miss keys. */
	INCOMPLETE("incomplete"),

	/** The flags depend on other arguments. */
	VARIABLE_FLAGS("variable_flags");

	private final String redisName;

	KeySpecFlag(String redisName) {
		this.redisName = redisName;
	}

	/**
	 * Returns the flag's name as Redis writes it.
	 * @return the name, such as {@code "RW"} or {@code "access"}
	 */
	public String redisName() {
		return this.redisName;
	}

	static KeySpecFlag of(String redisName) {
		for (KeySpecFlag flag : values()) {
			if (flag.redisName.equals(redisName)) {
				return flag;
			}
		}
		throw new IllegalArgumentException("unknown key spec flag '" + redisName + "'");
	}

}
