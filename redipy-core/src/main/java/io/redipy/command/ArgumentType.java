package io.redipy.command;

/**
 * The type of a command argument, as {@code COMMAND DOCS} names them.
 *
 * <p>
 * Internal: part of the memory store's endpoint.
 */
public enum ArgumentType {

	/** A key. */
	KEY("key"),

	/** Any string. */
	STRING("string"),

	/** An integer. */
	INTEGER("integer"),

	/** A floating-point number. */
	DOUBLE("double"),

	/** A glob pattern. */
	PATTERN("pattern"),

	/** A Unix time. */
	UNIX_TIME("unix-time"),

	/** A word that stands for itself. */
	PURE_TOKEN("pure-token"),

	/** One of several arguments. */
	ONEOF("oneof"),

	/** Several arguments that go together. */
	BLOCK("block");

	private final String redisName;

	ArgumentType(String redisName) {
		this.redisName = redisName;
	}

	/**
	 * Returns the type's name as Redis writes it.
	 * @return the name, such as {@code "pure-token"}
	 */
	public String redisName() {
		return this.redisName;
	}

	static ArgumentType of(String redisName) {
		for (ArgumentType type : values()) {
			if (type.redisName.equals(redisName)) {
				return type;
			}
		}
		throw new IllegalArgumentException("unknown argument type '" + redisName + "'");
	}

}
