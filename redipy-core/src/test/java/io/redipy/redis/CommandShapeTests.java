package io.redipy.redis;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.output.ArrayOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import io.lettuce.core.protocol.MarkedArguments;
import io.redipy.command.CommandSpec;
import io.redipy.command.CommandTable;
import io.redipy.test.RedisExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.redis.connection.lettuce.LettuceConnection;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The key marking of single commands whose key specs are tricky (a key count, keys in
 * pairs, a timeout after the keys, a subcommand, a script's keys): the marked arguments
 * are the ones the test names, and the ones Redis's {@code COMMAND GETKEYS} names.
 */
class CommandShapeTests {

	static Stream<Arguments> vectors() {
		return Stream.of(
				// a destination, then a key count and the counted keys; weights are not
				// keys
				vector("ZUNIONSTORE dst 2 a b WEIGHTS 2 3 AGGREGATE MAX", "dst", "a", "b"),
				vector("ZINTERSTORE dst 1 a", "dst", "a"), vector("ZDIFFSTORE dst 3 a b c", "dst", "a", "b", "c"),
				// the count before the keys, words after them
				vector("SINTERCARD 2 a b LIMIT 3", "a", "b"), vector("LMPOP 2 a b LEFT COUNT 2", "a", "b"),
				// the timeout last
				vector("BLPOP a b 0.5", "a", "b"), vector("BRPOP a 0", "a"), vector("BZPOPMIN a b 1.5", "a", "b"),
				vector("BZPOPMAX a 1", "a"), vector("BLMOVE src dst LEFT RIGHT 0.25", "src", "dst"),
				// keys and values in pairs
				vector("MSET a 1 b 2 c 3", "a", "b", "c"), vector("MSETNX a b b a", "a", "b"), longMset(),
				// a value equal to a key is still a value
				vector("HSET h h v h", "h"), vector("SET a a GET", "a"), vector("LPOS l l RANK 1 MAXLEN 2", "l"),
				vector("SMOVE a b a", "a", "b"), vector("ZRANGESTORE dst src 0 -1 REV", "dst", "src"),
				vector("COPY a b REPLACE", "a", "b"), vector("EXISTS a a b", "a", "a", "b"),
				// scripts: the keys are the counted part, the arguments after them are
				// not
				vector("EVAL return 2 a b a c", "a", "b"), vector("EVALSHA 0123456789abcdef 1 a b", "a"),
				vector("EVAL return 0 a b"),
				// no keys: the channel, the pattern and a subcommand's arguments are not
				// keys
				vector("PUBLISH a b"), vector("KEYS a*"), vector("SCAN 0 MATCH a* COUNT 5"), vector("CLIENT ID"),
				vector("CLIENT UNBLOCK 12 TIMEOUT"), vector("PING hello"));
	}

	/** MSET of 40 pairs: more arguments than positions are cached for. */
	private static Arguments longMset() {
		StringBuilder line = new StringBuilder("MSET");
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			line.append(" k").append(i).append(" v").append(i);
			keys.add("k" + i);
		}
		return vector(line.toString(), keys.toArray(new String[0]));
	}

	private static Arguments vector(String argv, String... keys) {
		return Arguments.of(argv, List.of(keys));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("vectors")
	void marksTheKeysOfTheKeySpecs(String line, List<String> keys) {
		List<String> argv = Arrays.asList(line.split(" "));
		CommandArgs<byte[], byte[]> arguments = command(argv).arguments();
		List<MarkedArguments.Argument> marked = MarkedArguments.of(arguments);
		assertThat(marked).extracting(MarkedArguments.Argument::text)
			.as("every argument, in order")
			.isEqualTo(argv.subList(1, argv.size()));
		assertThat(marked).filteredOn(MarkedArguments.Argument::key)
			.extracting(MarkedArguments.Argument::text)
			.as("the keys")
			.isEqualTo(keys);
		ByteBuffer first = arguments.getFirstEncodedKey();
		assertThat((first != null) ? StandardCharsets.UTF_8.decode(first).toString() : null).as("Lettuce's first key")
			.isEqualTo(keys.isEmpty() ? null : keys.get(0));
	}

	@Test
	void redisFindsTheSameKeys() {
		LettuceConnectionFactory factory = RedisExtension.server().connectionFactory();
		try (RedisConnection connection = factory.getConnection()) {
			vectors().forEach((vector) -> {
				String line = (String) vector.get()[0];
				List<String> argv = Arrays.asList(line.split(" "));
				List<String> marked = MarkedArguments.of(command(argv).arguments())
					.stream()
					.filter(MarkedArguments.Argument::key)
					.map(MarkedArguments.Argument::text)
					.toList();
				assertThat(marked).as(line).isEqualTo(getKeys(connection, argv));
			});
		}
		finally {
			factory.destroy();
		}
	}

	/** Redis's COMMAND GETKEYS, empty where Redis says the command has no keys. */
	private static List<String> getKeys(RedisConnection connection, List<String> argv) {
		CommandArgs<byte[], byte[]> args = new CommandArgs<>(ByteArrayCodec.INSTANCE).add("GETKEYS");
		argv.forEach(args::add);
		RedisFuture<List<Object>> reply = ((LettuceConnection) connection).getNativeConnection()
			.dispatch(CommandType.COMMAND, new ArrayOutput<>(ByteArrayCodec.INSTANCE), args);
		try {
			return reply.get(10, TimeUnit.SECONDS)
				.stream()
				.map((key) -> new String((byte[]) key, StandardCharsets.UTF_8))
				.toList();
		}
		catch (ExecutionException ex) {
			assertThat(ex.getCause()).hasMessage("ERR The command has no key arguments");
			return List.of();
		}
		catch (InterruptedException | TimeoutException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theBackendsOwnTableOnlyAddsCommandsTheEndpointDoesNotServe() {
		List<CommandTable> tables = CommandShape.tables();
		assertThat(tables.get(0)).isSameAs(CommandTable.standard());
		for (CommandSpec command : tables.get(1).commands()) {
			assertThat(CommandTable.standard().find(command.name())).as(command.name()).isNull();
		}
		// EVAL and EVALSHA were there until the endpoint served them
		assertThat(CommandTable.standard().find("eval")).isNotNull();
	}

	@Test
	void aCommandInNoTableIsRefused() {
		RedisCommand<Object> command = new RedisCommand.Args().raw("a").command("NOSUCHCOMMAND", (reply) -> reply);
		assertThatIllegalStateException().isThrownBy(command::arguments).withMessageContaining("NOSUCHCOMMAND");
	}

	private static RedisCommand<Object> command(List<String> argv) {
		RedisCommand.Args args = new RedisCommand.Args();
		argv.subList(1, argv.size()).forEach(args::raw);
		return args.command(argv.get(0), (reply) -> reply);
	}

}
