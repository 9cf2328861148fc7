package io.redipy;

import io.redipy.api.Batch;
import io.redipy.api.BlockingCommands;
import io.redipy.api.Codec;
import io.redipy.api.Commands;
import io.redipy.api.PubSubCommands;
import io.redipy.api.TypedCommands;
import io.redipy.script.RegisteredScript;
import io.redipy.script.Script;

/**
 * A redipy client: every {@link Commands command} on one backend, batches, and (later)
 * scripts.
 *
 * <p>
 * Obtained from {@link Redipy#memory()} or {@link Redipy#redis}. Thread-safe; share one
 * instance. Closing it releases what the client holds (the memory backend's store stays
 * usable by other clients that share it; the Redis backend never closes the connection
 * factory it was given).
 */
public interface RedipyClient extends Commands, BlockingCommands, PubSubCommands, AutoCloseable {

	/**
	 * Starts a batch of commands that run atomically on {@link Batch#exec()}.
	 * @return a new, empty batch
	 */
	Batch batch();

	/**
	 * Registers a script: compiles it once for this backend and returns the handle to
	 * call it with. A registered script may be called from any thread, and queued in
	 * batches of this client's backend.
	 * @param <R> the script's result type
	 * @param script the script
	 * @return the registered script
	 */
	<R> RegisteredScript<R> register(Script<R> script);

	/**
	 * Returns a view of this client's key, string, list, hash, set, sorted-set and
	 * blocking commands whose keys and values are turned into bytes by codecs: every byte
	 * sequence is written and read exactly, on every backend. The view shares this
	 * client's backend, key prefix and lifetime; it is cheap to create and thread-safe if
	 * the codecs are.
	 * @param <K> the type of keys and hash fields
	 * @param <V> the type of values, elements and members
	 * @param keys the codec of keys and hash fields
	 * @param values the codec of values, elements and members
	 * @return the typed view
	 */
	<K, V> TypedCommands<K, V> withCodecs(Codec<K> keys, Codec<V> values);

	/**
	 * Returns the view of this client's commands with {@code byte[]} keys and values,
	 * passed as they are ({@link Codec#bytes()}).
	 * @return the binary view
	 * @see #withCodecs(Codec, Codec)
	 */
	default TypedCommands<byte[], byte[]> binary() {
		return withCodecs(Codec.bytes(), Codec.bytes());
	}

	/**
	 * Returns the backend's name.
	 * @return {@code "memory"} or {@code "redis"}
	 */
	String backend();

	/**
	 * Returns the key prefix this client applies.
	 * @return the prefix, empty for none
	 */
	String keyPrefix();

	/**
	 * Releases what the client holds.
	 */
	@Override
	void close();

}
