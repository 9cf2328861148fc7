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

		EVAL, EVALSHA, EVAL_RO, EVALSHA_RO, SCRIPT, FCALL, FCALL_RO, FUNCTION;

		@Override
		public @Nullable Reply run(Call c) {
			return switch (this) {
				case EVAL -> eval(c, false, false);
				case EVALSHA -> eval(c, true, false);
				case EVAL_RO -> eval(c, false, true);
				case EVALSHA_RO -> eval(c, true, true);
				case SCRIPT -> script(c);
				case FCALL -> fcall(c, false);
				case FCALL_RO -> fcall(c, true);
				case FUNCTION -> function(c);
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

	private static Reply fcall(Call c, boolean readOnly) {
		MemoryStore store = c.store();
		String name = c.text(1);
		boolean exists = store.atomically(() -> store.lua().functionExists(name));
		if (!exists) {
			throw Errors.error("ERR Function not found");
		}
		Long numkeys = StringOps.parseLong(new String(c.args[2], java.nio.charset.StandardCharsets.ISO_8859_1));
		if (numkeys == null) {
			throw Errors.error("ERR Bad number of keys provided");
		}
		if (numkeys > c.size() - 3) {
			throw Errors.error("ERR Number of keys can't be greater than number of args");
		}
		if (numkeys < 0) {
			throw Errors.error("ERR Number of keys can't be negative");
		}
		byte[][] keys = Arrays.copyOfRange(c.args, 3, 3 + numkeys.intValue());
		byte[][] args = Arrays.copyOfRange(c.args, 3 + numkeys.intValue(), c.size());
		int db = c.session.db;
		return store.atomically(() -> store.lua().fcall(db, name, readOnly, keys, args, c.args));
	}

	private static Reply function(Call c) {
		String sub = c.word(1);
		MemoryStore store = c.store();
		switch (sub) {
			case "LOAD": {
				boolean replace = false;
				int at = 2;
				while (at < c.size() - 1) {
					if (!c.is(at, "REPLACE")) {
						throw Errors.error("ERR Unknown option given: " + c.text(at));
					}
					replace = true;
					at++;
				}
				boolean withReplace = replace;
				byte[] code = c.args[at];
				return RespCommands.bulk(store.atomically(() -> store.lua().functionLoad(code, withReplace)));
			}
			case "DELETE": {
				String name = c.text(2);
				store.atomically(() -> {
					store.lua().functionDelete(name);
					return null;
				});
				return Reply.OK;
			}
			case "LIST": {
				boolean withCode = false;
				String pattern = null;
				for (int i = 2; i < c.size(); i++) {
					if (!withCode && c.is(i, "WITHCODE")) {
						withCode = true;
						continue;
					}
					if (pattern == null && c.is(i, "LIBRARYNAME")) {
						if (i >= c.size() - 1) {
							throw Errors.error("ERR library name argument was not given");
						}
						pattern = c.text(++i);
						continue;
					}
					throw Errors.error("ERR Unknown argument " + c.text(i));
				}
				boolean code = withCode;
				String glob = pattern;
				return store.atomically(() -> store.lua().functionList(code, glob));
			}
			case "FLUSH":
				if (c.size() > 3) {
					throw syntax(c);
				}
				if (c.size() == 3 && !c.is(2, "SYNC") && !c.is(2, "ASYNC")) {
					throw Errors.error("ERR FUNCTION FLUSH only supports SYNC|ASYNC option");
				}
				store.atomically(() -> {
					store.lua().functionFlush();
					return null;
				});
				return Reply.OK;
			case "DUMP":
				return new Reply.Bulk(store.atomically(() -> store.lua().functionDump()));
			case "RESTORE": {
				if (c.size() > 4) {
					throw syntax(c);
				}
				String policy = "APPEND";
				if (c.size() == 4) {
					policy = c.word(3);
					if (!policy.equals("APPEND") && !policy.equals("REPLACE") && !policy.equals("FLUSH")) {
						throw Errors
							.error("ERR Wrong restore policy given, value should be either FLUSH, APPEND or REPLACE.");
					}
				}
				String chosen = policy;
				byte[] payload = c.args[2];
				store.atomically(() -> {
					store.lua().functionRestore(payload, chosen);
					return null;
				});
				return Reply.OK;
			}
			case "STATS": {
				LuaScripting lua = store.luaIfAny();
				if (lua == null) {
					return store.atomically(() -> store.lua().functionStats());
				}
				return lua.functionStats();
			}
			case "KILL": {
				LuaScripting lua = store.luaIfAny();
				return (lua != null) ? lua.kill(false) : Reply.error("NOTBUSY No scripts in execution right now.");
			}
			case "HELP":
				return bulks(List.of("FUNCTION <subcommand> [<arg> [value] [opt] ...]. Subcommands are:",
						"LOAD [REPLACE] <FUNCTION CODE>",
						"    Create a new library with the given library name and code.", "DELETE <LIBRARY NAME>",
						"    Delete the given library.", "LIST [LIBRARYNAME PATTERN] [WITHCODE]",
						"    Return general information on all the libraries:", "    * Library name",
						"    * The engine used to run the Library", "    * Library description", "    * Functions list",
						"    * Library code (if WITHCODE is given)",
						"    It also possible to get only function that matches a pattern using LIBRARYNAME argument.",
						"STATS", "    Return information about the current function running:", "    * Function name",
						"    * Command used to run the function", "    * Duration in MS that the function is running",
						"    If no function is running, return nil",
						"    In addition, returns a list of available engines.", "KILL",
						"    Kill the current running function.", "FLUSH [ASYNC|SYNC]", "    Delete all the libraries.",
						"    When called without the optional mode argument, the behavior is determined by the",
						"    lazyfree-lazy-user-flush configuration directive. Valid modes are:",
						"    * ASYNC: Asynchronously flush the libraries.",
						"    * SYNC: Synchronously flush the libraries.", "DUMP",
						"    Return a serialized payload representing the current libraries, can be restored using FUNCTION RESTORE command",
						"RESTORE <PAYLOAD> [FLUSH|APPEND|REPLACE]",
						"    Restore the libraries represented by the given payload, it is possible to give a restore policy to",
						"    control how to handle existing libraries (default APPEND):",
						"    * FLUSH: delete all existing libraries.",
						"    * APPEND: appends the restored libraries to the existing libraries. On collision, abort.",
						"    * REPLACE: appends the restored libraries to the existing libraries, On collision, replace the old",
						"      libraries with the new libraries (notice that even on this option there is a chance of failure",
						"      in case of functions name collision with another library).", "HELP",
						"    Print this help."));
			default:
				throw Errors.error("ERR unknown subcommand '" + c.text(1) + "'. Try FUNCTION HELP.");
		}
	}

	private static RuntimeException syntax(Call c) {
		return Errors
			.error("ERR unknown subcommand or wrong number of arguments for '" + c.text(1) + "'. Try FUNCTION HELP.");
	}

}
