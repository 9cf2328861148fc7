package io.redipy.command;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An ACL category of commands, in the order in which Redis 7.0 lists them.
 *
 * <p>
 * Internal: part of the memory store's endpoint.
 */
public enum AclCategory {

	/** Commands on keys of any type. */
	KEYSPACE,

	/** Commands that read data. */
	READ,

	/** Commands that change data. */
	WRITE,

	/** Set commands. */
	SET,

	/** Sorted set commands. */
	SORTEDSET,

	/** List commands. */
	LIST,

	/** Hash commands. */
	HASH,

	/** String commands. */
	STRING,

	/** Bitmap commands. */
	BITMAP,

	/** HyperLogLog commands. */
	HYPERLOGLOG,

	/** Geo commands. */
	GEO,

	/** Stream commands. */
	STREAM,

	/** Pub/sub commands. */
	PUBSUB,

	/** Administrative commands. */
	ADMIN,

	/** Commands that run in constant or logarithmic time. */
	FAST,

	/** Every command that is not fast. */
	SLOW,

	/** Commands that may block. */
	BLOCKING,

	/** Commands that may harm the server when misused. */
	DANGEROUS,

	/** Connection commands. */
	CONNECTION,

	/** Transaction commands. */
	TRANSACTION,

	/** Scripting commands. */
	SCRIPTING;

	/**
	 * Returns the category's name as {@code COMMAND INFO} writes it.
	 * @return the name with its {@code @}, such as {@code "@sortedset"}
	 */
	public String redisName() {
		return "@" + name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Returns the category of a name, without its {@code @}, in any case.
	 * @param name the name
	 * @return the category, or {@code null} if there is none of that name
	 */
	static @Nullable AclCategory find(String name) {
		for (AclCategory category : values()) {
			if (category.name().equalsIgnoreCase(name)) {
				return category;
			}
		}
		return null;
	}

}
