package io.redipy.redis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.ProtocolKeyword;
import io.redipy.CommandException;
import io.redipy.api.Numbers;
import io.redipy.script.ir.RawText;
import org.jspecify.annotations.Nullable;

/**
 * One command as Redis receives it (name and arguments) and how its reply becomes the
 * API's result.
 *
 * @param <T> the result type
 * @param name the command name
 * @param args the arguments
 * @param decoder from the reply tree to the result
 * @param errors from the command's error replies to the exceptions thrown
 * @param spread how a Redis Cluster runs it, or null for what the command table says
 * @param route a key whose slot's node a Redis Cluster runs it on, or null to route it by
 * its own keys (or {@code spread})
 */
record RedisCommand<T>(String name, byte[][] args, Function<@Nullable Object, T> decoder,
		Function<CommandException, RuntimeException> errors, CommandShape.@Nullable Spread spread,
		byte @Nullable [] route) {

	RedisCommand(String name, byte[][] args, Function<@Nullable Object, T> decoder) {
		this(name, args, decoder, (error) -> error, null, null);
	}

	/** A copy that turns the command's error replies into other exceptions. */
	RedisCommand<T> mapErrors(Function<CommandException, RuntimeException> mapper) {
		return new RedisCommand<>(this.name, this.args, this.decoder, mapper, this.spread, this.route);
	}

	/**
	 * A copy that a Redis Cluster runs on the node of a given key's slot: a keyspace
	 * command of a client whose key prefix has a hash tag, which holds all its keys.
	 */
	RedisCommand<T> routedBy(byte[] key) {
		return new RedisCommand<>(this.name, this.args, this.decoder, this.errors, this.spread, key);
	}

	/**
	 * A copy that a Redis Cluster runs as given rather than as the command table says: a
	 * keyless script that works on the whole keyspace runs on every master.
	 */
	RedisCommand<T> spreading(CommandShape.Spread how) {
		return new RedisCommand<>(this.name, this.args, this.decoder, this.errors, how, this.route);
	}

	/** Collects arguments. */
	static final class Args {

		private final List<byte[]> args = new ArrayList<>();

		/**
		 * Adds a string in store form (see {@link RawText}): a lone surrogate U+DC80 + b
		 * is byte 0x80 + b, as on the memory backend; text without surrogates takes the
		 * plain UTF-8 path.
		 */
		Args raw(String text) {
			this.args.add(RawText.encode(text));
			return this;
		}

		Args bytes(byte[] raw) {
			this.args.add(raw);
			return this;
		}

		Args add(long number) {
			return raw(Long.toString(number));
		}

		Args add(double number) {
			return raw(Numbers.formatDouble(number));
		}

		Args addAll(String... texts) {
			for (String text : texts) {
				raw(text);
			}
			return this;
		}

		Args when(boolean condition, String flag) {
			return condition ? raw(flag) : this;
		}

		<T> RedisCommand<T> command(String name, Function<@Nullable Object, T> decoder) {
			return new RedisCommand<>(name, this.args.toArray(new byte[0][]), decoder);
		}

	}

	T decode(@Nullable Object reply) {
		return this.decoder.apply(reply);
	}

	/** The command name as Lettuce sends it. */
	ProtocolKeyword keyword() {
		return CommandShape.of(this.name).keyword();
	}

	/**
	 * The arguments as Lettuce sends them, the keys marked as keys (from the command
	 * table) so that cluster routing sees them.
	 */
	CommandArgs<byte[], byte[]> arguments() {
		return CommandShape.of(this.name).arguments(this.args);
	}

}
