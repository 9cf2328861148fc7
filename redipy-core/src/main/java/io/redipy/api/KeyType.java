package io.redipy.api;

import java.util.Locale;

/**
 * The type of the value a key holds, as Redis's {@code TYPE} command reports it.
 */
public enum KeyType {

	/** The key does not exist (Redis answers {@code none}). */
	NONE("none"),
	/** A string value. */
	STRING("string"),
	/** A list. */
	LIST("list"),
	/** A hash. */
	HASH("hash"),
	/** A set. */
	SET("set"),
	/** A sorted set. */
	ZSET("zset"),
	/** A stream (never created by redipy, but Redis may hold one). */
	STREAM("stream");

	private final String redisName;

	KeyType(String redisName) {
		this.redisName = redisName;
	}

	/**
	 * Returns the name Redis uses for this type.
	 * @return the name, such as {@code "zset"}
	 */
	public String redisName() {
		return this.redisName;
	}

	/**
	 * Returns the type for a name Redis uses.
	 * @param name a type name such as {@code "hash"}
	 * @return the type
	 * @throws IllegalArgumentException if the name is unknown
	 */
	public static KeyType fromRedisName(String name) {
		for (KeyType type : values()) {
			if (type.redisName.equals(name)) {
				return type;
			}
		}
		throw new IllegalArgumentException("Unknown Redis type '" + name + "'");
	}

	@Override
	public String toString() {
		return this.redisName.toUpperCase(Locale.ROOT);
	}

}
