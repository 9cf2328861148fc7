package io.redipy.cluster;

import java.util.Arrays;
import java.util.Map;

import io.redipy.CrossSlotException;
import io.redipy.InvalidArgumentException;
import io.redipy.MemoryOptions;
import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.ScriptException;
import io.redipy.api.Batch;
import io.redipy.command.Slots;
import io.redipy.script.Dsl;
import io.redipy.script.IntExpr;
import io.redipy.script.Kind;
import io.redipy.script.RegisteredScript;
import io.redipy.script.Script;
import io.redipy.script.StringExpr;
import io.redipy.test.RedisExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What a Redis Cluster refuses, the same on the Redis backend on a local cluster and on
 * the memory backend with {@link MemoryOptions#withClusterRules() cluster rules}:
 * commands, batches and scripts whose keys span slots ({@link CrossSlotException},
 * nothing changed), scripts that declare no keys; and what it allows: hash-tagged keys,
 * and the reads and deletes the Redis backend splits by slot.
 */
class ClusterRulesTests {

	@Nested
	class OnMemoryWithClusterRules extends Scenarios {

		private io.redipy.memory.MemoryStore store;

		@Override
		RedipyClient open() {
			this.store = new io.redipy.memory.MemoryStore(java.time.InstantSource.system(),
					io.redipy.memory.MemoryStore.DEFAULT_SCRIPT_TIME_LIMIT, true);
			return Redipy.memory(MemoryOptions.defaults().withStore(this.store).withClusterRules());
		}

		@Override
		RedipyClient tagged() {
			return Redipy.memory(MemoryOptions.defaults().withStore(this.store).withKeyPrefix("{app}:"));
		}

	}

	@Nested
	class OnRedisCluster extends Scenarios {

		private LettuceConnectionFactory factory;

		@Override
		RedipyClient open() {
			this.factory = RedisExtension.cluster().connectionFactory();
			return Redipy.redis(this.factory);
		}

		@Override
		RedipyClient tagged() {
			return Redipy.redis(this.factory, io.redipy.RedisOptions.defaults().withKeyPrefix("{app}:"));
		}

		@Override
		@AfterEach
		void close() {
			super.close();
			this.factory.destroy();
		}

	}

	@Test
	void withoutClusterRulesTheMemoryBackendRunsWhatACLusterRefuses() {
		RedipyClient client = Redipy.memory();
		String a = ClusterKeys.spread().get(0);
		String b = ClusterKeys.otherSlotThan(a);
		client.set(a, "1");
		client.rename(a, b);
		assertThat(client.get(b)).isEqualTo("1");
	}

	abstract static class Scenarios {

		RedipyClient client;

		abstract RedipyClient open();

		@BeforeEach
		void start() {
			this.client = open();
			this.client.flushall();
		}

		@AfterEach
		void close() {
			this.client.flushall();
			this.client.close();
		}

		@Test
		void atomicCommandsWhoseKeysSpanSlotsAreRefusedAndChangeNothing() {
			String a = ClusterKeys.spread().get(0);
			String b = ClusterKeys.otherSlotThan(a);
			this.client.set(a, "1");
			assertThatExceptionOfType(CrossSlotException.class).isThrownBy(() -> this.client.rename(a, b))
				.withMessageContaining("RENAME has keys in several Redis Cluster slots")
				.withMessageContaining(a + " → " + Slots.of(a))
				.withMessageContaining("hash tag")
				.satisfies((ex) -> assertThat(ex.slots()).containsEntry(a, Slots.of(a)).containsEntry(b, Slots.of(b)));
			assertThatExceptionOfType(CrossSlotException.class)
				.isThrownBy(() -> this.client.mset(Map.of(a, "x", b, "y")));
			assertThatExceptionOfType(CrossSlotException.class).isThrownBy(() -> this.client.sinterstore(a, b));
			assertThatExceptionOfType(CrossSlotException.class).isThrownBy(() -> this.client.sunion(a, b));
			assertThatExceptionOfType(CrossSlotException.class)
				.isThrownBy(() -> this.client.lmove(a, b, io.redipy.api.ListSide.LEFT, io.redipy.api.ListSide.LEFT));
			assertThat(this.client.get(a)).isEqualTo("1");
			assertThat(this.client.exists(b)).isZero();
		}

		@Test
		void readsAndDeletesAcrossSlotsRun() {
			String a = ClusterKeys.spread().get(0);
			String b = ClusterKeys.otherSlotThan(a);
			this.client.set(a, "1");
			assertThat(this.client.mget(a, b)).isEqualTo(Arrays.asList("1", null));
			assertThat(this.client.exists(a, b)).isEqualTo(1);
			assertThat(this.client.del(a, b)).isEqualTo(1);
		}

		@Test
		void keysWithACommonHashTagWorkAsOnOneRedis() {
			this.client.set("{order:42}:items", "3");
			this.client.rename("{order:42}:items", "{order:42}:count");
			assertThat(this.client.mget("{order:42}:count", "{order:42}:items")).isEqualTo(Arrays.asList("3", null));
			this.client.sadd("{s}:a", "x", "y");
			this.client.sadd("{s}:b", "y");
			assertThat(this.client.sinterstore("{s}:c", "{s}:a", "{s}:b")).isEqualTo(1);
			Batch batch = this.client.batch();
			batch.set("{s}:d", "1");
			batch.incr("{s}:d");
			batch.exec();
			assertThat(this.client.get("{s}:d")).isEqualTo("2");
		}

		@Test
		void aBatchWhoseKeysSpanSlotsIsRefusedAndAppliesNothing() {
			String a = ClusterKeys.spread().get(0);
			String b = ClusterKeys.otherSlotThan(a);
			Batch batch = this.client.batch();
			batch.set(a, "1");
			batch.set(b, "2");
			assertThatExceptionOfType(CrossSlotException.class).isThrownBy(batch::exec)
				.withMessageContaining("the batch has keys in several Redis Cluster slots");
			assertThat(this.client.exists(a, b)).isZero();
		}

		@Test
		void keyspaceCommandsInABatchNeedAHashTaggedPrefix() {
			this.client.set("k", "v");
			Batch batch = this.client.batch();
			batch.set("k", "w");
			batch.dbsize();
			assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(batch::exec)
				.withMessageContaining("DBSIZE in a batch on a Redis Cluster");
			assertThat(this.client.get("k")).isEqualTo("v");
			try (RedipyClient tagged = tagged()) {
				tagged.set("x", "1");
				Batch ok = tagged.batch();
				ok.set("y", "2");
				io.redipy.api.Response<Long> size = ok.dbsize();
				ok.exec();
				assertThat(size.get()).isEqualTo(2);
				assertThat(tagged.keys("*")).containsExactlyInAnyOrder("x", "y");
				assertThat(tagged.dbsize()).isEqualTo(2);
				tagged.flushall();
				assertThat(tagged.dbsize()).isZero();
			}
		}

		@Test
		void luaScriptsNeedTheirKeysInOneSlotAndRunOnItsNode() {
			String a = ClusterKeys.spread().get(0);
			String b = ClusterKeys.otherSlotThan(a);
			String set = "return redis.call('SET', KEYS[1], ARGV[1])";
			assertThatExceptionOfType(CrossSlotException.class)
				.isThrownBy(() -> this.client.eval(set, java.util.List.of(a, b), java.util.List.of("x")))
				.withMessageContaining("EVAL has keys in several Redis Cluster slots");
			String sha = this.client.scriptLoad(set);
			assertThatExceptionOfType(CrossSlotException.class)
				.isThrownBy(() -> this.client.evalshaRo(sha, java.util.List.of(a, b), java.util.List.of("x")))
				.withMessageContaining("EVALSHA_RO has keys in several Redis Cluster slots");
			assertThat(this.client.exists(a, b)).isZero();
			// each key's call runs on the node of its slot
			for (String key : ClusterKeys.spread()) {
				assertThat(this.client.evalsha(sha, java.util.List.of(key), java.util.List.of("v")).asText())
					.isEqualTo("OK");
				assertThat(this.client.eval("return redis.call('GET', KEYS[1])", java.util.List.of(key),
						java.util.List.of()))
					.isEqualTo(io.redipy.api.ScriptReply.Bulk.of("v"));
			}
			assertThat(this.client
				.eval("return redis.call('MSET', KEYS[1], 'x', KEYS[2], 'y')", java.util.List.of("{t}:1", "{t}:2"),
						java.util.List.of())
				.asText()).isEqualTo("OK");
			assertThat(this.client.mget("{t}:1", "{t}:2")).containsExactly("x", "y");
			Batch batch = this.client.batch();
			batch.eval(set, java.util.List.of(a), java.util.List.of("batch"));
			batch.eval(set, java.util.List.of(b), java.util.List.of("batch"));
			assertThatExceptionOfType(CrossSlotException.class).isThrownBy(batch::exec)
				.withMessageContaining("the batch has keys in several Redis Cluster slots");
			assertThat(this.client.get(a)).isEqualTo("v");
		}

		@Test
		void aLuaScriptTouchingAKeyOfAnotherNodeFails() throws Exception {
			String a = ClusterKeys.spread().get(6);
			String b = ClusterKeys.spread().get(7);
			String script = "redis.call('SET', KEYS[1], '1') return redis.call('GET', ARGV[1])";
			String sha = java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-1")
					.digest(script.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			assertThatExceptionOfType(io.redipy.CommandException.class)
				.isThrownBy(() -> this.client.eval(script, java.util.List.of(a), java.util.List.of(b)))
				.withMessage("ERR Script attempted to access a non local key in a cluster node script: " + sha
						+ ", on @user_script:1.");
			// what it did before stays
			assertThat(this.client.get(a)).isEqualTo("1");
			assertThat(
					this.client.eval("return {redis.pcall('GET', ARGV[1])}", java.util.List.of(a), java.util.List.of(b))
						.asList())
				.containsExactly(new io.redipy.api.ScriptReply.Error(
						"ERR Script attempted to access a non local key in a cluster node"));
			assertThat(this.client.eval(script, java.util.List.of("{n}:1"), java.util.List.of("{n}:2")).isNil())
				.isTrue();
		}

		@Test
		void luaFunctionsLoadOnEveryMasterAndRunOnTheNodeOfTheirKeys() {
			java.util.List<String> none = java.util.List.of();
			this.client.functionLoad("#!lua name=clusterlib\n"
					+ "redis.register_function('put', function(keys, args) return redis.call('SET', keys[1], args[1]) end)\n"
					+ "redis.register_function('peek', function(keys, args) return redis.call('GET', args[1]) end)\n"
					+ "redis.register_function{function_name = 'anywhere', callback = function() return 1 end,"
					+ " flags = {'no-cluster'}}", true);
			try {
				String a = ClusterKeys.spread().get(6);
				String b = ClusterKeys.spread().get(7);
				assertThatExceptionOfType(CrossSlotException.class)
					.isThrownBy(() -> this.client.fcall("put", java.util.List.of(a, b), java.util.List.of("x")))
					.withMessageContaining("FCALL has keys in several Redis Cluster slots");
				assertThat(this.client.exists(a, b)).isZero();
				// the library is on every node
				for (String key : ClusterKeys.spread()) {
					assertThat(this.client.fcall("put", java.util.List.of(key), java.util.List.of("v")).asText())
						.isEqualTo("OK");
				}
				assertThatExceptionOfType(io.redipy.CommandException.class)
					.isThrownBy(() -> this.client.fcallRo("peek", java.util.List.of(a), java.util.List.of(b)))
					.withMessage("ERR Can not execute a script with write flag using *_ro command.");
				assertThatExceptionOfType(io.redipy.CommandException.class)
					.isThrownBy(() -> this.client.fcall("peek", java.util.List.of(a), java.util.List.of(b)))
					.withMessage("ERR Script attempted to access a non local key in a cluster node script: peek,"
							+ " on @user_function:3.");
				assertThatExceptionOfType(io.redipy.CommandException.class)
					.isThrownBy(() -> this.client.fcall("anywhere", none, none))
					.withMessage("ERR Can not run script on cluster, 'no-cluster' flag is set.");
			}
			finally {
				this.client.functionFlush();
			}
		}

		/** A client on the same backend whose key prefix has a hash tag. */
		abstract RedipyClient tagged();

		@Test
		void scriptsNeedDeclaredKeysInOneSlot() {
			Script<Long> add = Script.define("add", Kind.INTEGER, (s) -> {
				IntExpr sum = s.let("sum", Dsl.string(s.key("total")).incrby(s.arg("n", Kind.INTEGER)));
				s.exec(Dsl.string(s.key("copy")).set(sum.asString()));
				s.returns(sum);
			});
			RegisteredScript<Long> registered = this.client.register(add);
			assertThat(registered.call(Map.of("total", "{a}:total", "copy", "{a}:copy"), Map.of("n", 5L))).isEqualTo(5);
			String other = ClusterKeys.otherSlotThan("{a}:total");
			assertThatExceptionOfType(CrossSlotException.class)
				.isThrownBy(() -> registered.call(Map.of("total", "{a}:total", "copy", other), Map.of("n", 1L)));
			assertThat(this.client.get("{a}:total")).isEqualTo("5");
			assertThat(this.client.exists(other)).isZero();
			Script<Long> keyless = Script.define("keyless", Kind.INTEGER, (s) -> s.returns(Dsl.lit(1L)));
			assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.register(keyless))
				.withMessageContaining("Script 'keyless' declares no keys");
			// the whole keyspace is out of a script's reach on a cluster: it runs
			// on one node
			Script<Long> counting = Script.define("counting", Kind.INTEGER, (s) -> {
				s.exec(Dsl.string(s.key("k")).set(Dsl.lit("v")));
				s.returns(Dsl.keyspace().dbsize());
			});
			assertThatExceptionOfType(InvalidArgumentException.class).isThrownBy(() -> this.client.register(counting))
				.withMessageContaining("Script 'counting' calls DBSIZE, which works on the whole keyspace");
		}

		@Test
		void oneCallsShardChannelsShareASlotAndEachSlotIsSubscribedApart() throws Exception {
			String a = ClusterKeys.spread().get(0);
			String b = ClusterKeys.otherSlotThan(a);
			try (io.redipy.api.Subscription subscription = this.client.ssubscribe(a)) {
				assertThatExceptionOfType(CrossSlotException.class).isThrownBy(() -> subscription.ssubscribe(a, b))
					.withMessageContaining("SSUBSCRIBE has keys in several Redis Cluster slots");
				assertThat(subscription.shardChannels()).containsExactly(a);
				subscription.ssubscribe(b);
				assertThat(this.client.spublish(a, "1")).isEqualTo(1);
				assertThat(this.client.spublish(b, "2")).isEqualTo(1);
				java.util.Set<String> got = new java.util.HashSet<>();
				for (int i = 0; i < 2; i++) {
					io.redipy.api.Message message = subscription.poll(java.time.Duration.ofSeconds(5));
					assertThat(message).isNotNull();
					got.add(message.channel() + "=" + message.message());
				}
				assertThat(got).containsExactlyInAnyOrder(a + "=1", b + "=2");
			}
		}

		@Test
		void aClientWithAHashTaggedPrefixRunsScriptsWithoutKeysAndWithKeyspaceCommands() {
			Script<Long> counting = Script.define("counting", Kind.INTEGER, (s) -> {
				s.exec(Dsl.string(Dsl.lit("made")).set(Dsl.lit("v")));
				s.returns(Dsl.keyspace().dbsize());
			});
			try (RedipyClient tagged = tagged()) {
				tagged.flushall();
				tagged.set("before", "1");
				assertThat(tagged.register(counting).call(Map.of())).isEqualTo(2);
				assertThat(tagged.keys("*")).containsExactlyInAnyOrder("before", "made");
				tagged.flushall();
			}
		}

		@Test
		void aKeyAScriptComputesMustShareItsDeclaredKeysSlot() {
			// the script writes its declared key, then one whose name it is given
			Script<String> copy = Script.define("copy", Kind.STRING.orNull(), (s) -> {
				s.exec(Dsl.string(s.key("from")).set(Dsl.lit("1")));
				StringExpr target = s.arg("to", Kind.STRING);
				s.exec(Dsl.string(target).set(Dsl.lit("2")));
				s.returns(Dsl.string(target).get());
			});
			RegisteredScript<String> registered = this.client.register(copy);
			assertThat(registered.call(Map.of("from", "{c}:from"), Map.of("to", "{c}:to"))).isEqualTo("2");
			for (String elsewhere : new String[] { ClusterKeys.otherSlotThan("{c}:from"), sameNodeOtherSlot() }) {
				assertThatExceptionOfType(ScriptException.class)
					.isThrownBy(() -> registered.call(Map.of("from", "{c}:again"), Map.of("to", elsewhere)))
					.satisfies((ex) -> {
						assertThat(ex.reason()).isEqualTo(CrossSlotException.OUTSIDE_SCRIPT_SLOT);
						assertThat(ex.getCause()).isInstanceOf(CrossSlotException.class);
					});
				// as Redis does not roll a script back, its first write stays
				assertThat(this.client.get("{c}:again")).isEqualTo("1");
				assertThat(this.client.exists(elsewhere)).isZero();
				this.client.del("{c}:again");
			}
		}

		/**
		 * A key in another slot than {@code {c}:from}'s on the same node of the test
		 * cluster, whose slots are split in three equal ranges.
		 */
		private static String sameNodeOtherSlot() {
			int slot = Slots.of("{c}:from");
			int third = Slots.COUNT / 3;
			for (int i = 0;; i++) {
				String key = "near" + i;
				int other = Slots.of(key);
				if (other != slot && Math.min(other / third, 2) == Math.min(slot / third, 2)
						&& Math.abs(other - slot) > 2) {
					return key;
				}
			}
		}

		@Test
		void aBatchWithAScriptWhoseKeysAreInAnotherSlotIsRefused() {
			Script<Long> bump = Script.define("bump", Kind.INTEGER,
					(s) -> s.returns(Dsl.string(s.key("counter")).incrby(Dsl.lit(1L))));
			RegisteredScript<Long> registered = this.client.register(bump);
			String other = ClusterKeys.otherSlotThan("{b}:x");
			Batch batch = this.client.batch();
			batch.set("{b}:x", "1");
			registered.queue(batch, Map.of("counter", other), Map.of());
			assertThatExceptionOfType(CrossSlotException.class).isThrownBy(batch::exec)
				.withMessageContaining("the batch has keys in several Redis Cluster slots");
			assertThat(this.client.exists("{b}:x", other)).isZero();
		}

	}

}
