package io.redipy.memory;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.redipy.ManualClock;
import io.redipy.command.Engine;
import io.redipy.command.Output;
import io.redipy.command.Reply;
import io.redipy.command.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Lua script that runs past its time limit, as Redis has it: other clients get
 * {@code BUSY}, {@code SCRIPT KILL} ends a script that wrote nothing (even one that
 * catches errors, or loops in a coroutine) and refuses one that wrote. The time limit is
 * read on the store's clock, which the tests move: nothing here waits for time to pass,
 * only for the script's thread to notice.
 */
@Timeout(60)
class LuaBusyTests {

	private final ManualClock clock = new ManualClock();

	private final MemoryStore store = new MemoryStore(this.clock, Duration.ofSeconds(5));

	private final Engine engine = this.store.engine(null);

	private final Client other = new Client();

	private CompletableFuture<Reply> script;

	@AfterEach
	void endScript() throws Exception {
		LuaScripting lua = this.store.luaIfAny();
		if (lua != null) {
			lua.abort();
		}
		if (this.script != null) {
			this.script.get(30, TimeUnit.SECONDS);
		}
	}

	/**
	 * Starts a script on a connection of its own, in another thread, and waits until it
	 * runs.
	 */
	private void start(String script) throws InterruptedException {
		Client runner = new Client();
		this.script = CompletableFuture.supplyAsync(() -> runner.send("EVAL", script, "0"));
		while (this.store.luaIfAny() == null || this.store.luaIfAny().running() == null) {
			assertThat(this.script).isNotDone();
			Thread.sleep(1);
		}
	}

	/**
	 * Moves the clock past the limit: another client's command, which waited meanwhile,
	 * gets BUSY once the script's hook sees the time.
	 */
	private void timeOut() {
		this.clock.advance(Duration.ofSeconds(6));
		assertThat(this.other.send("GET", "k")).isEqualTo(Reply.error(LuaScripting.BUSY_EVAL));
	}

	@Test
	void busyUntilScriptKillEndsTheScript() throws Exception {
		start("local i = 0 while true do i = i + 1 end");
		// within the limit the script is not timed out: other commands wait for it
		assertThat(this.store.luaIfAny().running().timedOut).isFalse();
		timeOut();
		assertThat(this.other.send("GET", "k")).isEqualTo(Reply.error(LuaScripting.BUSY_EVAL));
		assertThat(this.other.send("SCRIPT", "KILL")).isEqualTo(Reply.OK);
		Reply ended = this.script.get(30, TimeUnit.SECONDS);
		assertThat(ended).isEqualTo(Reply.error("ERR Script killed by user with SCRIPT KILL... script: "
				+ LuaScripting.sha1hex("local i = 0 while true do i = i + 1 end".getBytes(StandardCharsets.UTF_8))
				+ ", on @user_script:1."));
		assertThat(this.other.send("SET", "k", "v")).isEqualTo(Reply.OK);
		assertThat(this.other.send("SCRIPT", "KILL"))
			.isEqualTo(Reply.error("NOTBUSY No scripts in execution right now."));
		// the state serves the next script
		Reply next = this.other.send("EVAL", "return redis.call('get', 'k')", "0");
		assertThat(next).isInstanceOf(Reply.Bulk.class);
		assertThat(((Reply.Bulk) next).bytes()).isEqualTo("v".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aKillCannotBeCaughtByPcall() throws Exception {
		start("while true do pcall(function() while true do end end) end");
		timeOut();
		assertThat(this.other.send("SCRIPT", "KILL")).isEqualTo(Reply.OK);
		assertThat(this.script.get(30, TimeUnit.SECONDS)).isInstanceOf(Reply.Error.class);
		assertThat(((Reply.Error) this.script.get()).message()).startsWith("ERR Script killed by user");
	}

	@Test
	void aLoopInACoroutineIsKilledToo() throws Exception {
		start("local f = coroutine.wrap(function() while true do end end) f()");
		timeOut();
		assertThat(this.other.send("SCRIPT", "KILL")).isEqualTo(Reply.OK);
		assertThat(((Reply.Error) this.script.get(30, TimeUnit.SECONDS)).message())
			.startsWith("ERR Script killed by user");
	}

	@Test
	void aScriptThatWroteIsUnkillable() throws Exception {
		start("redis.call('set', 'w', '1') while true do end");
		timeOut();
		assertThat(this.other.send("SCRIPT", "KILL")).isEqualTo(Reply
			.error("UNKILLABLE Sorry the script already executed write commands against the dataset. You can either "
					+ "wait the script termination or kill the server in a hard way using the SHUTDOWN NOSAVE "
					+ "command."));
		assertThat(this.other.send("GET", "w")).isEqualTo(Reply.error(LuaScripting.BUSY_EVAL));
		// what SHUTDOWN NOSAVE would do: the store's owner ends it
		this.store.luaIfAny().abort();
		assertThat(((Reply.Error) this.script.get(30, TimeUnit.SECONDS)).message())
			.startsWith("ERR Script killed by user");
		assertThat(((Reply.Bulk) this.other.send("GET", "w")).bytes()).isEqualTo("1".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void aBusyFunctionIsShownByFunctionStatsAndEndedByFunctionKill() throws Exception {
		Client loader = new Client();
		assertThat(loader.send("FUNCTION", "LOAD",
				"#!lua name=busy\nredis.register_function('spin', function() while true do end end)"))
			.isInstanceOf(Reply.Bulk.class);
		Client runner = new Client();
		this.script = CompletableFuture.supplyAsync(() -> runner.send("FCALL", "spin", "0"));
		while (this.store.luaIfAny().running() == null) {
			assertThat(this.script).isNotDone();
			Thread.sleep(1);
		}
		this.clock.advance(Duration.ofSeconds(6));
		assertThat(this.other.send("GET", "k")).isEqualTo(Reply.error(LuaScripting.BUSY_FUNCTION));
		// FUNCTION STATS names the function and its command; SCRIPT KILL is refused for
		// it
		Reply stats = this.other.send("FUNCTION", "STATS");
		Reply running = ((Reply.Map) stats).keysAndValues().get(1);
		assertThat(((Reply.Bulk) ((Reply.Map) running).keysAndValues().get(1)).bytes())
			.isEqualTo("spin".getBytes(StandardCharsets.UTF_8));
		assertThat(this.other.send("SCRIPT", "KILL")).isEqualTo(Reply.error(LuaScripting.BUSY_FUNCTION));
		assertThat(this.other.send("FUNCTION", "KILL")).isEqualTo(Reply.OK);
		assertThat(((Reply.Error) this.script.get(30, TimeUnit.SECONDS)).message())
			.isEqualTo("ERR Script killed by user with SCRIPT KILL... script: spin, on @user_function:2.");
		assertThat(this.other.send("FUNCTION", "KILL"))
			.isEqualTo(Reply.error("NOTBUSY No scripts in execution right now."));
	}

	/** A connection to the engine whose replies are read in order. */
	private final class Client {

		private final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();

		private final Session session = LuaBusyTests.this.engine.open(new Output() {

			@Override
			public void reply(Reply reply) {
				Client.this.replies.add(reply);
			}

			@Override
			public void push(Reply.Push message) {
			}

			@Override
			public void close() {
			}

		}, new InetSocketAddress("127.0.0.1", 1), new InetSocketAddress("127.0.0.1", 2));

		Reply send(String... args) {
			byte[][] argv = new byte[args.length][];
			for (int i = 0; i < args.length; i++) {
				argv[i] = args[i].getBytes(StandardCharsets.UTF_8);
			}
			this.session.execute(argv);
			try {
				Reply reply = this.replies.poll(30, TimeUnit.SECONDS);
				assertThat(reply).as("a reply to %s", String.join(" ", args)).isNotNull();
				return reply;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}

	}

}
