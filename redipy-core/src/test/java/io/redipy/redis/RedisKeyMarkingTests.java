package io.redipy.redis;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.MarkedArguments;
import io.lettuce.core.protocol.ProtocolKeyword;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.RedipyException;
import io.redipy.RedisOptions;
import io.redipy.api.GeoAddOptions;
import io.redipy.api.GeoMember;
import io.redipy.api.GeoSearch;
import io.redipy.api.GeoUnit;
import io.redipy.api.Batch;
import io.redipy.api.BitFieldArgs;
import io.redipy.api.BitFieldType;
import io.redipy.api.BitOperation;
import io.redipy.api.BitUnit;
import io.redipy.api.BlockingCommands;
import io.redipy.api.ClaimOptions;
import io.redipy.api.Commands;
import io.redipy.api.Expiration;
import io.redipy.api.ExpireCondition;
import io.redipy.api.LexRange;
import io.redipy.api.ListPosition;
import io.redipy.api.ListSide;
import io.redipy.api.LposOptions;
import io.redipy.api.PendingQuery;
import io.redipy.api.ScanOptions;
import io.redipy.api.ScoreSide;
import io.redipy.api.ScoreRange;
import io.redipy.api.ScoredMember;
import io.redipy.api.SetOptions;
import io.redipy.api.SortArgs;
import io.redipy.api.StreamAddOptions;
import io.redipy.api.StreamReadOptions;
import io.redipy.api.StreamTrim;
import io.redipy.api.ZAddOptions;
import io.redipy.api.ZRange;
import io.redipy.api.ZStoreOptions;
import io.redipy.script.Kind;
import io.redipy.script.ListExpr;
import io.redipy.script.RegisteredScript;
import io.redipy.script.Script;
import io.redipy.script.StringExpr;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionProvider;

import static io.redipy.script.Dsl.hash;
import static io.redipy.script.Dsl.listOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Catches drift between the command table and what the Redis backend sends: the whole
 * typed API runs, alone and in a batch, plus scripts, with a key prefix, and every
 * command that reaches Lettuce must carry exactly the caller's (prefixed) keys as keys,
 * and no other argument may carry the prefix.
 *
 * <p>
 * The commands are recorded where Lettuce receives them (its native connection's
 * {@code dispatch}), so a command sent some other way (Spring's {@code execute}, which
 * marks every argument as a key) records nothing and fails the test.
 */
class RedisKeyMarkingTests {

	private static final String PREFIX = "mark:";

	private final List<Sent> sent = Collections.synchronizedList(new ArrayList<>());

	private LettuceConnectionFactory factory;

	private RedipyClient client;

	@BeforeEach
	void connect() {
		this.factory = recordingFactory(RedisExtension.server(), this.sent);
		this.client = Redipy.redis(this.factory, RedisOptions.defaults().withKeyPrefix(PREFIX));
		this.client.flushall();
		this.sent.clear();
	}

	@AfterEach
	void close() {
		this.client.close();
		this.factory.destroy();
	}

	@Test
	void everyCommandOfTheApi_marksExactlyTheCallersKeys() {
		Set<Method> called = new HashSet<>();
		RedipyClient calls = recordCalls(this.client, called);
		for (Case c : cases()) {
			this.sent.clear();
			try {
				c.call().accept(calls);
			}
			catch (RedipyException ex) {
				// the reply does not matter here (LSET of a missing key fails); the
				// command was sent
			}
			List<Sent> commands = List.copyOf(this.sent);
			assertThat(commands).as(c.label() + ": a command reached Lettuce's dispatch")
				.anyMatch((command) -> !command.name().equals("CLIENT"));
			commands.forEach((command) -> check(c, command));
		}
		Set<Method> api = new HashSet<>(methods(Commands.class));
		api.addAll(methods(BlockingCommands.class));
		api.add(method("publish", String.class, String.class));
		api.removeAll(called);
		assertThat(api).as("API methods the test does not drive").isEmpty();
	}

	@Test
	void everyCommandOfABatch_marksExactlyTheCallersKeys() {
		Set<Method> called = new HashSet<>();
		Batch batch = this.client.batch();
		Commands queue = forwardTo(batch, called);
		List<Case> queued = new ArrayList<>();
		for (Case c : cases()) {
			if (c.batchable()) {
				c.call().accept(queue);
				queued.add(c);
			}
		}
		this.sent.clear();
		batch.exec();
		List<Sent> commands = withoutHello(this.sent);
		assertThat(commands).extracting(Sent::name).as("one dispatch per queued command").hasSize(queued.size());
		for (int i = 0; i < queued.size(); i++) {
			check(queued.get(i), commands.get(i));
		}
		Set<Method> api = new HashSet<>(methods(Commands.class));
		api.removeIf((m) -> Set
			.of("scanAll", "scriptLoad", "scriptExists", "scriptFlush", "scriptKill", "functionLoad", "functionDelete",
					"functionFlush", "functionKill")
			.contains(m.getName()));
		api.removeAll(called);
		assertThat(api).as("batch methods the test does not drive").isEmpty();
	}

	@Test
	void scripts_markTheirKeysOnly_withEvalshaAndWithEval() {
		RegisteredScript<List<String>> script = this.client.register(moveScript());
		Map<String, String> keys = new LinkedHashMap<>();
		keys.put("from", "k1");
		keys.put("to", "k2");
		Case c = new Case("script", (commands) -> {
		}, List.of("k1", "k2"), Set.of(PREFIX), false);
		// the first call finds no script cached (EVALSHA, then EVAL); the second uses
		// EVALSHA only
		script.call(keys, Map.of("member", "m1"));
		script.call(keys, Map.of("member", "m1"));
		List<Sent> commands = List.copyOf(this.sent);
		assertThat(commands).extracting(Sent::name).containsExactly("EVALSHA", "EVAL", "EVALSHA");
		commands.forEach((command) -> check(c, command));
		this.sent.clear();
		Batch batch = this.client.batch();
		script.queue(batch, keys, Map.of("member", "m1"));
		batch.exec();
		// HELLO 2 and HELLO 3 around a transaction with a script (see RedisBackend)
		assertThat(this.sent).extracting(Sent::name).containsExactly("HELLO", "EVAL", "HELLO");
		check(c, this.sent.get(1));
	}

	/**
	 * The commands sent but the HELLOs that switch a batch holding a script to RESP2 and
	 * back, which carry no key.
	 */
	private static List<Sent> withoutHello(List<Sent> sent) {
		List<Sent> commands = new ArrayList<>();
		for (Sent command : List.copyOf(sent)) {
			if (command.name().equals("HELLO")) {
				assertThat(command.keys()).as("HELLO's keys").isEmpty();
			}
			else {
				commands.add(command);
			}
		}
		return commands;
	}

	private static Script<List<String>> moveScript() {
		return Script.define("move", Kind.listOf(Kind.STRING), (s) -> {
			StringExpr from = s.key("from");
			StringExpr to = s.key("to");
			StringExpr member = s.arg("member", Kind.STRING);
			ListExpr<StringExpr> moved = s.let("moved", listOf(Kind.STRING));
			s.exec(hash(to).hset(member, hash(from).hget(member).orElse("")));
			s.exec(hash(from).hdel(member));
			s.append(moved, member);
			s.returns(moved);
		});
	}

	/**
	 * Checks one command: its marked keys are the case's keys with the prefix, in order;
	 * Lettuce's first key (what cluster routing hashes) is the first of them; and no
	 * other argument starts with the prefix unless the case says so (a pattern, a
	 * channel, a script's prefix argument).
	 */
	private static void check(Case c, Sent command) {
		String label = c.label() + " sent as " + command.name() + " " + command.texts();
		if (command.name().equals("CLIENT")) {
			// the blocking calls' CLIENT ID: no keys
			assertThat(command.keys()).as(label).isEmpty();
			return;
		}
		List<String> expected = c.keys().stream().map((key) -> PREFIX + key).toList();
		assertThat(command.keys()).as(label + ": the arguments marked as keys").isEqualTo(expected);
		assertThat(command.firstKey()).as(label + ": Lettuce's first key")
			.isEqualTo(expected.isEmpty() ? null : expected.get(0));
		for (MarkedArguments.Argument argument : command.arguments()) {
			if (!argument.key() && argument.text().startsWith(PREFIX)) {
				assertThat(c.prefixedOthers()).as(label + ": a prefixed argument that is not a key")
					.contains(argument.text());
			}
		}
	}

	/**
	 * The whole typed API, each call with the keys it passes. Keys are {@code k1},
	 * {@code k2}, ...; no value, field, member or pattern starts with the prefix.
	 */
	private static List<Case> cases() {
		List<Case> cases = new ArrayList<>();
		Duration ttl = Duration.ofSeconds(100);
		Instant at = Instant.now().plusSeconds(100).truncatedTo(ChronoUnit.SECONDS);
		ZStoreOptions weighted = ZStoreOptions.none().weights(2.0, 3.0);
		List<ScoredMember> scored = List.of(new ScoredMember("m1", 1), new ScoredMember("m2", 2));
		Map<String, String> pairs = new LinkedHashMap<>();
		pairs.put("k1", "v1");
		pairs.put("k2", "v2");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("f1", "v1");
		fields.put("f2", "v2");
		// keys
		cases.add(new Case("del", (c) -> c.del("k1", "k2"), "k1", "k2"));
		cases.add(new Case("unlink", (c) -> c.unlink("k1", "k2"), "k1", "k2"));
		cases.add(new Case("exists", (c) -> c.exists("k1", "k2", "k1"), "k1", "k2", "k1"));
		cases.add(new Case("type", (c) -> c.type("k1"), "k1"));
		cases.add(new Case("expire", (c) -> c.expire("k1", ttl), "k1"));
		cases.add(new Case("expire NX", (c) -> c.expire("k1", ttl, ExpireCondition.NX), "k1"));
		cases.add(new Case("pexpire", (c) -> c.pexpire("k1", ttl), "k1"));
		cases.add(new Case("pexpire GT", (c) -> c.pexpire("k1", ttl, ExpireCondition.GT), "k1"));
		cases.add(new Case("expireat", (c) -> c.expireat("k1", at), "k1"));
		cases.add(new Case("expireat XX", (c) -> c.expireat("k1", at, ExpireCondition.XX), "k1"));
		cases.add(new Case("pexpireat", (c) -> c.pexpireat("k1", at), "k1"));
		cases.add(new Case("pexpireat LT", (c) -> c.pexpireat("k1", at, ExpireCondition.LT), "k1"));
		cases.add(new Case("ttl", (c) -> c.ttl("k1"), "k1"));
		cases.add(new Case("pttl", (c) -> c.pttl("k1"), "k1"));
		cases.add(new Case("expiretime", (c) -> c.expiretime("k1"), "k1"));
		cases.add(new Case("pexpiretime", (c) -> c.pexpiretime("k1"), "k1"));
		cases.add(new Case("touch", (c) -> c.touch("k1", "k2", "k1"), "k1", "k2", "k1"));
		byte[] payload = java.util.HexFormat.of().parseHex("000568656c6c6f0a006372df766534200a");
		cases.add(new Case("dump", (c) -> c.dump("k1"), "k1"));
		cases.add(new Case("restore", (c) -> c.restore("k1", payload), "k1"));
		cases.add(new Case("restore REPLACE ABSTTL", (c) -> c.restore("k1", payload,
				io.redipy.api.RestoreOptions.expireAt(java.time.Instant.ofEpochSecond(4102444800L)).replacing()),
				"k1"));
		cases.add(new Case("persist", (c) -> c.persist("k1"), "k1"));
		cases.add(new Case("rename", (c) -> c.rename("k1", "k2"), "k1", "k2"));
		cases.add(new Case("renamenx", (c) -> c.renamenx("k1", "k2"), "k1", "k2"));
		cases.add(new Case("copy", (c) -> c.copy("k1", "k2"), "k1", "k2"));
		cases.add(new Case("copy REPLACE", (c) -> c.copy("k1", "k2", true), "k1", "k2"));
		cases.add(new Case("sort", (c) -> c.sort("k1", SortArgs.none()), "k1"));
		cases.add(new Case("sort BY GET", (c) -> c.sort("k1", SortArgs.by("w_*").withGet("#", "o_*->f", "nostar")),
				List.of("k1"), Set.of(PREFIX + "w_*", PREFIX + "o_*->f"), true));
		cases.add(
				new Case("sortRo nosort", (c) -> c.sortRo("k1", SortArgs.noSort().withLimit(0, 2).withGet("#")), "k1"));
		cases.add(new Case("sortRo BY", (c) -> c.sortRo("k1", SortArgs.by("w_*").descending().withAlpha()),
				List.of("k1"), Set.of(PREFIX + "w_*"), true));
		cases.add(new Case("sortStore", (c) -> c.sortStore("k1", SortArgs.none().withLimit(1, 1), "k2"), "k1", "k2"));
		cases.add(new Case("sortStore BY GET", (c) -> c.sortStore("k1", SortArgs.by("w_*").withGet("o_*"), "k2"),
				List.of("k1", "k2"), Set.of(PREFIX + "w_*", PREFIX + "o_*"), true));
		cases.add(new Case("scan", (c) -> c.scan("0"), List.of(), Set.of(PREFIX + "*"), true));
		cases.add(new Case("scan MATCH", (c) -> c.scan("0", ScanOptions.match("k*").withCount(5)), List.of(),
				Set.of(PREFIX + "k*"), true));
		cases.add(new Case("scanAll", (c) -> c.scanAll(ScanOptions.match("k*")).count(), List.of(),
				Set.of(PREFIX + "k*"), false));
		cases.add(new Case("keys", (c) -> c.keys("k*"), List.of(), Set.of(PREFIX + "k*"), true));
		cases.add(new Case("dbsize", Commands::dbsize, List.of(), Set.of(PREFIX + "*"), true));
		cases.add(new Case("randomkey", Commands::randomkey, List.of(), Set.of(PREFIX, PREFIX + "*"), true));
		cases.add(new Case("ping", Commands::ping));
		// strings
		cases.add(new Case("get", (c) -> c.get("k1"), "k1"));
		cases.add(new Case("set", (c) -> c.set("k1", "v1"), "k1"));
		cases.add(new Case("set NX", (c) -> c.set("k1", "k2", SetOptions.ifMissing().ex(ttl)), "k1"));
		cases.add(new Case("setGet", (c) -> c.setGet("k1", "v1", SetOptions.always()), "k1"));
		cases.add(new Case("setnx", (c) -> c.setnx("k1", "v1"), "k1"));
		cases.add(new Case("getdel", (c) -> c.getdel("k1"), "k1"));
		cases.add(new Case("getex", (c) -> c.getex("k1", Expiration.px(ttl)), "k1"));
		cases.add(new Case("getset", (c) -> c.getset("k1", "v1"), "k1"));
		cases.add(new Case("mget", (c) -> c.mget("k1", "k2"), "k1", "k2"));
		cases.add(new Case("mset", (c) -> c.mset(pairs), "k1", "k2"));
		cases.add(new Case("msetnx", (c) -> c.msetnx(pairs), "k1", "k2"));
		cases.add(new Case("incr", (c) -> c.incr("k3"), "k3"));
		cases.add(new Case("incrby", (c) -> c.incrby("k3", 2), "k3"));
		cases.add(new Case("decr", (c) -> c.decr("k3"), "k3"));
		cases.add(new Case("decrby", (c) -> c.decrby("k3", 2), "k3"));
		cases.add(new Case("incrbyfloat", (c) -> c.incrbyfloat("k3", 0.5), "k3"));
		cases.add(new Case("append", (c) -> c.append("k1", "v1"), "k1"));
		cases.add(new Case("strlen", (c) -> c.strlen("k1"), "k1"));
		cases.add(new Case("getrange", (c) -> c.getrange("k1", 0, -1), "k1"));
		cases.add(new Case("setrange", (c) -> c.setrange("k1", 1, "v1"), "k1"));
		// bitmaps
		cases.add(new Case("setbit", (c) -> c.setbit("k4", 9, 1), "k4"));
		cases.add(new Case("getbit", (c) -> c.getbit("k4", 9), "k4"));
		cases.add(new Case("bitcount", (c) -> c.bitcount("k4"), "k4"));
		cases.add(new Case("bitcount", (c) -> c.bitcount("k4", 0, -1), "k4"));
		cases.add(new Case("bitcount", (c) -> c.bitcount("k4", 0, -1, BitUnit.BIT), "k4"));
		cases.add(new Case("bitpos", (c) -> c.bitpos("k4", 1), "k4"));
		cases.add(new Case("bitpos", (c) -> c.bitpos("k4", 1, 1), "k4"));
		cases.add(new Case("bitpos", (c) -> c.bitpos("k4", 1, 0, -1), "k4"));
		cases.add(new Case("bitpos", (c) -> c.bitpos("k4", 0, 0, -1, BitUnit.BIT), "k4"));
		cases.add(new Case("bitop", (c) -> c.bitop(BitOperation.XOR, "k5", "k4", "k1"), "k5", "k4", "k1"));
		cases.add(new Case("bitfield",
				(c) -> c.bitfield("k5",
						BitFieldArgs.none().get(BitFieldType.unsigned(8), 0).incrbyAt(BitFieldType.signed(4), 3, 2)),
				"k5"));
		cases.add(new Case("bitfieldRo", (c) -> c.bitfieldRo("k5", BitFieldArgs.Get.at(BitFieldType.signed(4), 3)),
				"k5"));
		// HyperLogLog
		cases.add(new Case("pfadd", (c) -> c.pfadd("p1", "a", "b"), "p1"));
		cases.add(new Case("pfadd", (c) -> c.pfadd("p2"), "p2"));
		cases.add(new Case("pfcount", (c) -> c.pfcount("p1"), "p1"));
		cases.add(new Case("pfcount", (c) -> c.pfcount("p1", "p2"), "p1", "p2"));
		cases.add(new Case("pfmerge", (c) -> c.pfmerge("p3", "p1", "p2"), "p3", "p1", "p2"));
		// sent as PFMERGE p3 p3: Redis finds no key in PFMERGE p3
		cases.add(new Case("pfmerge", (c) -> c.pfmerge("p3"), "p3", "p3"));
		// scripting (Lua): KEYS carry the prefix, ARGV and the script do not
		String lua = "return {KEYS[1], ARGV[1]}";
		String sha = "39a2e8bd0d3ccd6a2a8a6d9ec28ec9cf8f0b49f3";
		cases.add(new Case("eval", (c) -> c.eval(lua, List.of("s1", "s2"), List.of("a1")), "s1", "s2"));
		cases.add(new Case("eval", (c) -> c.eval(lua, List.of(), List.of("a1")), List.of(), Set.of(), true));
		cases.add(new Case("evalRo", (c) -> c.evalRo(lua, List.of("s1"), List.of("a1")), "s1"));
		cases.add(new Case("evalsha", (c) -> c.evalsha(sha, List.of("s1", "s2"), List.of()), "s1", "s2"));
		cases.add(new Case("evalshaRo", (c) -> c.evalshaRo(sha, List.of("s2"), List.of("a1")), "s2"));
		cases.add(Case.client("scriptLoad", (c) -> c.scriptLoad(lua)));
		cases.add(Case.client("scriptExists", (c) -> c.scriptExists(sha, sha)));
		cases.add(Case.client("scriptFlush", RedipyClient::scriptFlush));
		cases.add(Case.client("scriptKill", RedipyClient::scriptKill));
		// functions: keys carry the prefix, the function's name does not
		cases.add(new Case("fcall", (c) -> c.fcall("f", List.of("s1", "s2"), List.of("a1")), "s1", "s2"));
		cases.add(new Case("fcall", (c) -> c.fcall("f", List.of(), List.of("a1")), List.of(), Set.of(), true));
		cases.add(new Case("fcallRo", (c) -> c.fcallRo("f", List.of("s2"), List.of()), "s2"));
		String library = "#!lua name=lib\nredis.register_function('f', function(k) return k end)";
		cases.add(Case.client("functionLoad", (c) -> c.functionLoad(library)));
		cases.add(Case.client("functionLoad", (c) -> c.functionLoad(library, true)));
		cases.add(Case.client("functionDelete", (c) -> c.functionDelete("lib")));
		cases.add(Case.client("functionFlush", RedipyClient::functionFlush));
		cases.add(Case.client("functionKill", RedipyClient::functionKill));
		// lists
		cases.add(new Case("lpush", (c) -> c.lpush("l1", "v1", "v2"), "l1"));
		cases.add(new Case("rpush", (c) -> c.rpush("l1", "v1", "v2"), "l1"));
		cases.add(new Case("lpushx", (c) -> c.lpushx("l1", "v1"), "l1"));
		cases.add(new Case("rpushx", (c) -> c.rpushx("l1", "v1"), "l1"));
		cases.add(new Case("lpop", (c) -> c.lpop("l1"), "l1"));
		cases.add(new Case("lpop COUNT", (c) -> c.lpop("l1", 1), "l1"));
		cases.add(new Case("rpop", (c) -> c.rpop("l1"), "l1"));
		cases.add(new Case("rpop COUNT", (c) -> c.rpop("l1", 1), "l1"));
		cases.add(new Case("lrange", (c) -> c.lrange("l1", 0, -1), "l1"));
		cases.add(new Case("lindex", (c) -> c.lindex("l1", 0), "l1"));
		cases.add(new Case("lset", (c) -> c.lset("l1", 0, "v1"), "l1"));
		cases.add(new Case("llen", (c) -> c.llen("l1"), "l1"));
		cases.add(new Case("lrem", (c) -> c.lrem("l1", 1, "v1"), "l1"));
		cases.add(new Case("ltrim", (c) -> c.ltrim("l1", 0, -1), "l1"));
		cases.add(new Case("linsert", (c) -> c.linsert("l1", ListPosition.BEFORE, "v1", "v2"), "l1"));
		cases.add(new Case("lpos", (c) -> c.lpos("l1", "v1"), "l1"));
		cases.add(new Case("lpos RANK", (c) -> c.lpos("l1", "v1", LposOptions.none().withRank(1)), "l1"));
		cases.add(new Case("lpos COUNT", (c) -> c.lpos("l1", "v1", 2, LposOptions.none().withMaxLen(10)), "l1"));
		cases.add(new Case("lmove", (c) -> c.lmove("l1", "l2", ListSide.LEFT, ListSide.RIGHT), "l1", "l2"));
		cases.add(new Case("rpoplpush", (c) -> c.rpoplpush("l1", "l2"), "l1", "l2"));
		// hashes
		cases.add(new Case("hset", (c) -> c.hset("h1", "f1", "v1"), "h1"));
		cases.add(new Case("hset map", (c) -> c.hset("h1", fields), "h1"));
		cases.add(new Case("hsetnx", (c) -> c.hsetnx("h1", "f1", "v1"), "h1"));
		cases.add(new Case("hget", (c) -> c.hget("h1", "f1"), "h1"));
		cases.add(new Case("hmget", (c) -> c.hmget("h1", "f1", "f2"), "h1"));
		cases.add(new Case("hdel", (c) -> c.hdel("h1", "f1", "f2"), "h1"));
		cases.add(new Case("hexists", (c) -> c.hexists("h1", "f1"), "h1"));
		cases.add(new Case("hlen", (c) -> c.hlen("h1"), "h1"));
		cases.add(new Case("hkeys", (c) -> c.hkeys("h1"), "h1"));
		cases.add(new Case("hvals", (c) -> c.hvals("h1"), "h1"));
		cases.add(new Case("hgetall", (c) -> c.hgetall("h1"), "h1"));
		cases.add(new Case("hincrby", (c) -> c.hincrby("h2", "f1", 2), "h2"));
		cases.add(new Case("hincrbyfloat", (c) -> c.hincrbyfloat("h2", "f2", 0.5), "h2"));
		cases.add(new Case("hstrlen", (c) -> c.hstrlen("h1", "f1"), "h1"));
		cases.add(new Case("hrandfield", (c) -> c.hrandfield("h1"), "h1"));
		cases.add(new Case("hrandfield COUNT", (c) -> c.hrandfield("h1", 2), "h1"));
		cases.add(new Case("hrandfieldWithValues", (c) -> c.hrandfieldWithValues("h1", 2), "h1"));
		cases.add(new Case("hscan", (c) -> c.hscan("h1", "0", ScanOptions.match("f*")), "h1"));
		// sets
		cases.add(new Case("sadd", (c) -> c.sadd("s1", "m1", "m2"), "s1"));
		cases.add(new Case("srem", (c) -> c.srem("s1", "m3"), "s1"));
		cases.add(new Case("sismember", (c) -> c.sismember("s1", "m1"), "s1"));
		cases.add(new Case("smismember", (c) -> c.smismember("s1", "m1", "m2"), "s1"));
		cases.add(new Case("scard", (c) -> c.scard("s1"), "s1"));
		cases.add(new Case("smembers", (c) -> c.smembers("s1"), "s1"));
		cases.add(new Case("spop", (c) -> c.spop("s2"), "s2"));
		cases.add(new Case("spop COUNT", (c) -> c.spop("s2", 2), "s2"));
		cases.add(new Case("srandmember", (c) -> c.srandmember("s1"), "s1"));
		cases.add(new Case("srandmember COUNT", (c) -> c.srandmember("s1", 2), "s1"));
		cases.add(new Case("smove", (c) -> c.smove("s1", "s2", "m1"), "s1", "s2"));
		cases.add(new Case("sinter", (c) -> c.sinter("s1", "s2"), "s1", "s2"));
		cases.add(new Case("sunion", (c) -> c.sunion("s1", "s2"), "s1", "s2"));
		cases.add(new Case("sdiff", (c) -> c.sdiff("s1", "s2"), "s1", "s2"));
		cases.add(new Case("sinterstore", (c) -> c.sinterstore("s3", "s1", "s2"), "s3", "s1", "s2"));
		cases.add(new Case("sunionstore", (c) -> c.sunionstore("s3", "s1", "s2"), "s3", "s1", "s2"));
		cases.add(new Case("sdiffstore", (c) -> c.sdiffstore("s3", "s1", "s2"), "s3", "s1", "s2"));
		cases.add(new Case("sintercard", (c) -> c.sintercard("s1", "s2"), "s1", "s2"));
		cases.add(new Case("sintercard LIMIT", (c) -> c.sintercard(3, "s1", "s2"), "s1", "s2"));
		cases.add(new Case("sscan", (c) -> c.sscan("s1", "0", ScanOptions.match("m*")), "s1"));
		// sorted sets
		cases.add(new Case("zadd", (c) -> c.zadd("z1", 1, "m1"), "z1"));
		cases.add(new Case("zadd many", (c) -> c.zadd("z1", scored), "z1"));
		cases.add(new Case("zadd NX", (c) -> c.zadd("z2", ZAddOptions.none().nx().ch(), scored), "z2"));
		cases.add(new Case("zaddIncr", (c) -> c.zaddIncr("z2", ZAddOptions.none().gt(), 1, "m1"), "z2"));
		cases.add(new Case("zrem", (c) -> c.zrem("z2", "m3"), "z2"));
		cases.add(new Case("zscore", (c) -> c.zscore("z1", "m1"), "z1"));
		cases.add(new Case("zmscore", (c) -> c.zmscore("z1", "m1", "m2"), "z1"));
		cases.add(new Case("zincrby", (c) -> c.zincrby("z1", 1, "m1"), "z1"));
		cases.add(new Case("zcard", (c) -> c.zcard("z1"), "z1"));
		cases.add(new Case("zcount", (c) -> c.zcount("z1", ScoreRange.closed(0, 5)), "z1"));
		cases.add(new Case("zlexcount", (c) -> c.zlexcount("z1", LexRange.closed("a", "z")), "z1"));
		cases.add(new Case("zrange", (c) -> c.zrange("z1", ZRange.byScore(ScoreRange.all()).reversed()), "z1"));
		cases.add(new Case("zrange ranks", (c) -> c.zrange("z1", 0, -1), "z1"));
		cases.add(new Case("zrangeWithScores", (c) -> c.zrangeWithScores("z1", ZRange.byRank(0, 1)), "z1"));
		cases.add(new Case("zrangestore", (c) -> c.zrangestore("z3", "z1", ZRange.byLex(LexRange.all()).limit(0, 5)),
				"z3", "z1"));
		cases.add(new Case("zrank", (c) -> c.zrank("z1", "m1"), "z1"));
		cases.add(new Case("zrevrank", (c) -> c.zrevrank("z1", "m1"), "z1"));
		cases.add(new Case("zpopmin", (c) -> c.zpopmin("z2"), "z2"));
		cases.add(new Case("zpopmin COUNT", (c) -> c.zpopmin("z2", 2), "z2"));
		cases.add(new Case("zpopmax", (c) -> c.zpopmax("z2"), "z2"));
		cases.add(new Case("zpopmax COUNT", (c) -> c.zpopmax("z2", 2), "z2"));
		cases.add(new Case("zremrangebyrank", (c) -> c.zremrangebyrank("z2", 0, 0), "z2"));
		cases.add(new Case("zremrangebyscore", (c) -> c.zremrangebyscore("z2", ScoreRange.closed(5, 6)), "z2"));
		cases.add(new Case("zremrangebylex", (c) -> c.zremrangebylex("z2", LexRange.closed("x", "y")), "z2"));
		cases.add(new Case("zunionstore", (c) -> c.zunionstore("z3", weighted, "z1", "z2"), "z3", "z1", "z2"));
		cases.add(new Case("zinterstore",
				(c) -> c.zinterstore("z3", ZStoreOptions.none().aggregate(ZStoreOptions.Aggregate.MAX), "z1", "z2"),
				"z3", "z1", "z2"));
		cases.add(new Case("zdiffstore", (c) -> c.zdiffstore("z3", "z1", "z2"), "z3", "z1", "z2"));
		cases.add(new Case("zunion", (c) -> c.zunion(weighted, "z1", "z2"), "z1", "z2"));
		cases.add(new Case("zunionWithScores", (c) -> c.zunionWithScores(weighted, "z1", "z2"), "z1", "z2"));
		cases.add(new Case("zinter", (c) -> c.zinter(ZStoreOptions.none(), "z1", "z2"), "z1", "z2"));
		cases.add(new Case("zinterWithScores",
				(c) -> c.zinterWithScores(ZStoreOptions.none().aggregate(ZStoreOptions.Aggregate.MIN), "z1", "z2"),
				"z1", "z2"));
		cases.add(new Case("zdiff", (c) -> c.zdiff("z1", "z2"), "z1", "z2"));
		cases.add(new Case("zdiffWithScores", (c) -> c.zdiffWithScores("z1", "z2"), "z1", "z2"));
		cases.add(new Case("zintercard", (c) -> c.zintercard("z1", "z2"), "z1", "z2"));
		cases.add(new Case("zintercard LIMIT", (c) -> c.zintercard(1, "z1", "z2"), "z1", "z2"));
		cases.add(new Case("zrandmember", (c) -> c.zrandmember("z1"), "z1"));
		cases.add(new Case("zrandmember COUNT", (c) -> c.zrandmember("z1", 2), "z1"));
		cases.add(new Case("zrandmemberWithScores", (c) -> c.zrandmemberWithScores("z1", 2), "z1"));
		cases.add(new Case("zscan", (c) -> c.zscan("z1", "0", ScanOptions.match("m*")), "z1"));
		cases.add(new Case("lmpop", (c) -> c.lmpop(ListSide.LEFT, 2, "m1", "m2"), "m1", "m2"));
		cases.add(new Case("zmpop", (c) -> c.zmpop(ScoreSide.MAX, 2, "m3", "m4"), "m3", "m4"));
		cases.add(new Case("lcs", (c) -> c.lcs("s1", "s2"), "s1", "s2"));
		cases.add(new Case("lcsLen", (c) -> c.lcsLen("s1", "s2"), "s1", "s2"));
		cases.add(new Case("lcsIdx", (c) -> c.lcsIdx("s1", "s2", 2), "s1", "s2"));
		// geo
		cases.add(new Case("geoadd",
				(c) -> c.geoadd("g1", GeoAddOptions.none(), List.of(GeoMember.of(1, 2, "m"), GeoMember.of(1, 3, "n"))),
				"g1"));
		cases.add(new Case("geopos", (c) -> c.geopos("g1", "m", "nope"), "g1"));
		cases.add(new Case("geodist", (c) -> c.geodist("g1", "m", "n", GeoUnit.KM), "g1"));
		cases.add(new Case("geohash", (c) -> c.geohash("g1", "m"), "g1"));
		cases.add(new Case("geosearch",
				(c) -> c.geosearch("g1", GeoSearch.fromMember("m").byRadius(500, GeoUnit.KM).asc().withDist()), "g1"));
		cases.add(new Case("geosearchstore",
				(c) -> c.geosearchstore("g2", "g1", GeoSearch.fromLonLat(1, 2).byBox(500, 500, GeoUnit.KM), true), "g2",
				"g1"));
		// streams
		Map<String, String> entry = Map.of("f", "v");
		cases.add(new Case("xadd", (c) -> c.xadd("x1", entry), "x1"));
		cases.add(new Case("xadd options", (c) -> c.xadd("x1",
				StreamAddOptions.none().id("5-*").noMkStream().trim(StreamTrim.maxLen(10).approximate().limit(5)),
				entry), "x1"));
		cases.add(new Case("xlen", (c) -> c.xlen("x1"), "x1"));
		cases.add(new Case("xrange", (c) -> c.xrange("x1", "-", "+"), "x1"));
		cases.add(new Case("xrange COUNT", (c) -> c.xrange("x1", "-", "+", 2), "x1"));
		cases.add(new Case("xrevrange", (c) -> c.xrevrange("x1", "+", "-"), "x1"));
		cases.add(new Case("xrevrange COUNT", (c) -> c.xrevrange("x1", "+", "-", 2), "x1"));
		cases.add(new Case("xdel", (c) -> c.xdel("x1", "1-0", "2-0"), "x1"));
		cases.add(new Case("xtrim", (c) -> c.xtrim("x1", StreamTrim.minId("1-0")), "x1"));
		cases.add(new Case("xsetid", (c) -> c.xsetid("x1", "9-0"), "x1"));
		cases.add(new Case("xsetid ENTRIESADDED", (c) -> c.xsetid("x1", "9-0", 9, "1-0"), "x1"));
		Map<String, String> reads = new java.util.LinkedHashMap<>();
		reads.put("x1", "0");
		reads.put("x2", "0");
		cases.add(new Case("xread", (c) -> c.xread(StreamReadOptions.none().count(2), reads), "x1", "x2"));
		cases.add(new Case("xgroupCreate", (c) -> c.xgroupCreate("x1", "g", "$"), "x1"));
		cases.add(new Case("xgroupCreate MKSTREAM", (c) -> c.xgroupCreate("x2", "g", "0", true, 0), "x2"));
		cases.add(new Case("xreadgroup",
				(c) -> c.xreadgroup("g", "c", StreamReadOptions.none().noAck(), Map.of("x1", ">")), "x1"));
		cases.add(new Case("xgroupSetid", (c) -> c.xgroupSetid("x1", "g", "0"), "x1"));
		cases.add(new Case("xgroupSetid ENTRIESREAD", (c) -> c.xgroupSetid("x1", "g", "0", 1), "x1"));
		cases.add(new Case("xgroupCreateconsumer", (c) -> c.xgroupCreateconsumer("x1", "g", "c2"), "x1"));
		cases.add(new Case("xgroupDelconsumer", (c) -> c.xgroupDelconsumer("x1", "g", "c2"), "x1"));
		cases.add(new Case("xack", (c) -> c.xack("x1", "g", "1-0"), "x1"));
		cases.add(new Case("xpending", (c) -> c.xpending("x1", "g"), "x1"));
		cases.add(new Case("xpending range", (c) -> c.xpending("x1", "g",
				PendingQuery.range("-", "+", 5).minIdle(Duration.ofMillis(5)).consumer("c")), "x1"));
		cases.add(new Case("xclaim", (c) -> c.xclaim("x1", "g", "c", Duration.ZERO,
				ClaimOptions.none().retryCount(1).force().lastId("1-0"), "1-0"), "x1"));
		cases.add(new Case("xclaimJustId", (c) -> c.xclaimJustId("x1", "g", "c", Duration.ZERO,
				ClaimOptions.none().idle(Duration.ofMillis(5)), "1-0"), "x1"));
		cases.add(new Case("xautoclaim", (c) -> c.xautoclaim("x1", "g", "c", Duration.ZERO, "0-0", 5), "x1"));
		cases.add(
				new Case("xautoclaimJustId", (c) -> c.xautoclaimJustId("x1", "g", "c", Duration.ZERO, "0-0", 5), "x1"));
		cases.add(new Case("xinfoStream", (c) -> c.xinfoStream("x1"), "x1"));
		cases.add(new Case("xinfoStreamFull", (c) -> c.xinfoStreamFull("x1", 5), "x1"));
		cases.add(new Case("xinfoGroups", (c) -> c.xinfoGroups("x1"), "x1"));
		cases.add(new Case("xinfoConsumers", (c) -> c.xinfoConsumers("x1", "g"), "x1"));
		cases.add(new Case("xgroupDestroy", (c) -> c.xgroupDestroy("x1", "g"), "x1"));
		// blocking commands and pub/sub: the client only, never in a batch
		Duration wait = Duration.ofMillis(20);
		cases.add(Case.client("blmpop", (c) -> c.blmpop(wait, ListSide.RIGHT, 3, "b1", "b2"), "b1", "b2"));
		cases.add(Case.client("bzmpop", (c) -> c.bzmpop(wait, ScoreSide.MIN, 3, "b3", "b4"), "b3", "b4"));
		cases.add(Case.client("xreadBlock", (c) -> c.xreadBlock(wait, StreamReadOptions.none(), reads), "x1", "x2"));
		cases.add(Case.client("xreadgroupBlock",
				(c) -> c.xreadgroupBlock("g", "c", wait, StreamReadOptions.none(), Map.of("x2", ">")), "x2"));
		cases.add(Case.client("blpop", (c) -> c.blpop(wait, "b1", "b2"), "b1", "b2"));
		cases.add(Case.client("brpop", (c) -> c.brpop(wait, "b1", "b2"), "b1", "b2"));
		cases.add(Case.client("blmove", (c) -> c.blmove("b1", "b2", ListSide.RIGHT, ListSide.LEFT, wait), "b1", "b2"));
		cases.add(Case.client("bzpopmin", (c) -> c.bzpopmin(wait, "b3", "b4"), "b3", "b4"));
		cases.add(Case.client("bzpopmax", (c) -> c.bzpopmax(wait, "b3", "b4"), "b3", "b4"));
		cases.add(new Case("publish", (c) -> ((RedipyClient) c).publish("news", "k1"), List.of(),
				Set.of(PREFIX + "news"), false));
		// flushall last: it empties the prefix
		cases.add(new Case("flushall", Commands::flushall, List.of(), Set.of(PREFIX + "*"), true));
		return cases;
	}

	/**
	 * One call of the API.
	 *
	 * @param label what it is
	 * @param call the call, on the client or a batch
	 * @param keys the keys it passes, in the order Redis receives them
	 * @param prefixedOthers arguments that rightly carry the prefix without being keys
	 * @param batchable whether it can be queued in a batch
	 */
	private record Case(String label, Consumer<Commands> call, List<String> keys, Set<String> prefixedOthers,
			boolean batchable) {

		Case(String label, Consumer<Commands> call, String... keys) {
			this(label, call, List.of(keys), Set.of(), true);
		}

		static Case client(String label, Consumer<RedipyClient> call, String... keys) {
			return new Case(label, (c) -> call.accept((RedipyClient) c), List.of(keys), Set.of(), false);
		}

	}

	/**
	 * A command as Lettuce received it.
	 *
	 * @param name the command's name
	 * @param arguments its arguments
	 * @param firstKey Lettuce's first key, as text
	 */
	private record Sent(String name, List<MarkedArguments.Argument> arguments, String firstKey) {

		List<String> keys() {
			return this.arguments.stream()
				.filter(MarkedArguments.Argument::key)
				.map(MarkedArguments.Argument::text)
				.toList();
		}

		List<String> texts() {
			return this.arguments.stream().map(MarkedArguments.Argument::text).toList();
		}

	}

	private static List<Method> methods(Class<?> type) {
		return Arrays.stream(type.getMethods()).filter((m) -> !Modifier.isStatic(m.getModifiers())).toList();
	}

	private static Method method(String name, Class<?>... parameters) {
		try {
			return RedipyClient.class.getMethod(name, parameters);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The client, noting which API methods the test calls. */
	private static RedipyClient recordCalls(RedipyClient client, Set<Method> called) {
		InvocationHandler handler = (proxy, method, args) -> {
			called.add(method);
			return invoke(method, client, args);
		};
		return (RedipyClient) Proxy.newProxyInstance(RedisKeyMarkingTests.class.getClassLoader(),
				new Class<?>[] { RedipyClient.class }, handler);
	}

	/**
	 * The API's commands queued in a batch: each method calls its batch twin (same name
	 * and parameters) and returns a dummy result.
	 */
	private static Commands forwardTo(Batch batch, Set<Method> called) {
		InvocationHandler handler = (proxy, method, args) -> {
			called.add(method);
			invoke(Batch.class.getMethod(method.getName(), method.getParameterTypes()), batch, args);
			Class<?> result = method.getReturnType();
			if (result == long.class) {
				return 0L;
			}
			if (result == double.class) {
				return 0.0;
			}
			if (result == boolean.class) {
				return false;
			}
			return null;
		};
		return (Commands) Proxy.newProxyInstance(RedisKeyMarkingTests.class.getClassLoader(),
				new Class<?>[] { Commands.class }, handler);
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * A connection factory whose connections record every command dispatched on their
	 * native Lettuce connection, which is where Lettuce (and its cluster routing) sees
	 * the arguments.
	 */
	static LettuceConnectionFactory recordingFactory(RedisServer server, List<Sent> sent) {
		RedisStandaloneConfiguration config = new RedisStandaloneConfiguration(server.host(), server.port());
		LettuceClientConfiguration client = LettuceClientConfiguration.builder()
			.commandTimeout(Duration.ofSeconds(3))
			.build();
		LettuceConnectionFactory factory = new LettuceConnectionFactory(config, client) {

			@Override
			protected LettuceConnection doCreateLettuceConnection(
					StatefulRedisConnection<byte[], byte[]> sharedConnection, LettuceConnectionProvider provider,
					long timeout, int database) {
				return new LettuceConnection(sharedConnection, provider, timeout, database) {

					@Override
					public RedisClusterAsyncCommands<byte[], byte[]> getNativeConnection() {
						return recording(super.getNativeConnection(), sent);
					}

				};
			}

		};
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

	@SuppressWarnings("unchecked")
	private static RedisClusterAsyncCommands<byte[], byte[]> recording(RedisClusterAsyncCommands<byte[], byte[]> real,
			List<Sent> sent) {
		Set<Class<?>> interfaces = new LinkedHashSet<>();
		for (Class<?> type = real.getClass(); type != null; type = type.getSuperclass()) {
			interfaces.addAll(Arrays.asList(type.getInterfaces()));
		}
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().equals("dispatch") && args.length == 3 && args[0] instanceof ProtocolKeyword keyword
					&& args[2] instanceof CommandArgs<?, ?> arguments) {
				ByteBuffer first = arguments.getFirstEncodedKey();
				sent.add(new Sent(new String(keyword.getBytes(), StandardCharsets.US_ASCII),
						MarkedArguments.of(arguments),
						(first != null) ? StandardCharsets.UTF_8.decode(first).toString() : null));
			}
			return invoke(method, real, args);
		};
		return (RedisClusterAsyncCommands<byte[], byte[]>) Proxy.newProxyInstance(
				RedisKeyMarkingTests.class.getClassLoader(), interfaces.toArray(new Class<?>[0]), handler);
	}

}
