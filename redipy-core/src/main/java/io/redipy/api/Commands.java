package io.redipy.api;

/**
 * Every command redipy offers, on every backend.
 *
 * <p>
 * Methods are Redis command names in lower camel case, with Redis's argument order. Keys,
 * fields, members and values are {@code String}s sent as UTF-8. A missing single value is
 * {@code null}; an empty result is an empty collection, never {@code null}. {@code null}
 * arguments are rejected with a {@link NullPointerException} before anything runs, and a
 * command that fails leaves the data as it was.
 *
 * <p>
 * Implementations are thread-safe.
 */
public interface Commands extends KeyCommands, StringCommands, ListCommands, HashCommands, SetCommands,
		SortedSetCommands, StreamCommands, GeoCommands, HyperLogLogCommands, ScriptingCommands {

}
