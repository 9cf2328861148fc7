package io.redipy.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.redipy.command.Reply;
import io.redipy.memory.RespCommands.Call;
import io.redipy.memory.RespCommands.Handler;
import org.jspecify.annotations.Nullable;

import static io.redipy.memory.RespCommands.add;
import static io.redipy.memory.RespCommands.bulks;

/**
 * The endpoint's Lua commands (see {@link RespCommands}): {@code EVAL}, {@code EVALSHA},
 * their read-only forms and {@code SCRIPT}, as Redis 7.0's eval.c runs them, on the
 * store's Lua ({@link LuaScripting}).
 */
final class RespScripting {

	private RespScripting() {
	}

	/** The family's handlers (see {@link Handler}). */
	private enum Handlers implements Handler {

		EVAL, EVALSHA, EVAL_RO, EVALSHA_RO, SCRIPT;

		@Override
		public @Nullable Reply run(Call c) {
			return switch (this) {
				case EVAL -> eval(c, false, false);
				case EVALSHA -> eval(c, true, false);
				case EVAL_RO -> eval(c, false, true);
				case EVALSHA_RO -> eval(c, true, true);
				case SCRIPT -> script(c);
			};
		}

	}

	/** Adds the commands to the endpoint's table. */
	static void register() {
		add(Handlers.values());
	}

	private static Reply eval(Call c, boolean sha, boolean readOnly) {
		if (sha && c.args[1].length != 40) {
			return Reply.error(LuaScripting.NOSCRIPT);
		}
		long numkeys = c.integer(2);
		if (numkeys > c.size() - 3) {
			throw Errors.error("ERR Number of keys can't be greater than number of args");
		}
		if (numkeys < 0) {
			throw Errors.error("ERR Number of keys can't be negative");
		}
		byte[][] keys = Arrays.copyOfRange(c.args, 3, 3 + (int) numkeys);
		byte[][] args = Arrays.copyOfRange(c.args, 3 + (int) numkeys, c.size());
		MemoryStore store = c.store();
		int db = c.session.db;
		return store.atomically(() -> store.lua().eval(db, c.args[1], sha, readOnly, keys, args));
	}

	private static Reply script(Call c) {
		String sub = c.word(1);
		MemoryStore store = c.store();
		switch (sub) {
			case "LOAD":
				return new Reply.Bulk(Wire.bytes(store.atomically(() -> store.lua().load(c.args[2]))));
			case "EXISTS": {
				List<Reply> found = new ArrayList<>();
				store.atomically(() -> {
					LuaScripting lua = store.lua();
					for (int j = 2; j < c.size(); j++) {
						found.add(new Reply.Int(
								lua.exists(new String(c.args[j], java.nio.charset.StandardCharsets.ISO_8859_1)) ? 1
										: 0));
					}
					return null;
				});
				return new Reply.Array(found);
			}
			case "FLUSH":
				if (c.size() == 3 && !c.is(2, "SYNC") && !c.is(2, "ASYNC") || c.size() > 3) {
					throw Errors.error("ERR SCRIPT FLUSH only support SYNC|ASYNC option");
				}
				store.atomically(() -> {
					store.lua().flush();
					return null;
				});
				return Reply.OK;
			case "KILL": {
				LuaScripting lua = store.luaIfAny();
				return (lua != null) ? lua.kill(true) : Reply.error("NOTBUSY No scripts in execution right now.");
			}
			case "HELP":
				return bulks(List.of("SCRIPT <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
						"DEBUG (YES|SYNC|NO)", "    Set the debug mode for subsequent scripts executed.",
						"EXISTS <sha1> [<sha1> ...]",
						"    Return information about the existence of the scripts in the script cache.",
						"FLUSH [ASYNC|SYNC]", "    Flush the Lua scripts cache. Very dangerous on replicas.",
						"    When called without the optional mode argument, the behavior is determined by the",
						"    lazyfree-lazy-user-flush configuration directive. Valid modes are:",
						"    * ASYNC: Asynchronously flush the scripts cache.",
						"    * SYNC: Synchronously flush the scripts cache.", "KILL",
						"    Kill the currently executing Lua script.", "LOAD <script>",
						"    Load a script into the scripts cache without executing it.", "HELP",
						"    Print this help."));
			default:
				throw Errors.error("ERR unknown subcommand '" + c.text(1) + "'. Try SCRIPT HELP.");
		}
	}

}
