package io.redipy.api;

import java.util.List;

/**
 * Lua scripts as Redis 7.0 runs them ({@code EVAL}, {@code EVALSHA}, their read-only
 * forms and {@code SCRIPT}) and Lua functions ({@code FUNCTION LOAD}, {@code FCALL}), on
 * both backends: on Redis by the server, on the memory backend by the store's own Lua 5.1
 * with Redis's environment ({@code redis.call}, {@code cjson}, ...), atomically under the
 * store's lock. For new code, redipy's typed script DSL
 * ({@link io.redipy.RedipyClient#register}) is the recommended way; these are for the Lua
 * that already exists.
 *
 * <p>
 * A script's text and its arguments are sent as UTF-8; its {@code KEYS} are the keys
 * given with the client's key prefix before each (as every command's keys are), its
 * {@code ARGV} the arguments as they are. Function and library names are the store's
 * (Redis's functions belong to the server, not to a database), without the prefix. The
 * reply is a {@link ScriptReply}, the same on both backends (read there why it is the
 * reply a RESP2 client reads).
 *
 * <p>
 * A script that fails, a top-level {@code {err=...}} reply ({@code redis.error_reply}),
 * an error a {@code redis.call} raised, a script that does not compile, {@code NOSCRIPT}
 * and {@code BUSY} throw a {@link io.redipy.CommandException} (of the type
 * {@link io.redipy.CommandException#of(String)} gives) whose message is Redis's exact
 * error text, such as
 * {@code ERR user_script:1: Script attempted to access nonexistent global variable 'x' script: <sha1>, on @user_script:1.}.
 * What the script wrote before it failed stays written, as on Redis.
 *
 * <p>
 * A script runs atomically: on Redis, calls on other connections get {@code BUSY} once it
 * runs past the time limit ({@code lua-time-limit}) until it ends or
 * {@link #scriptKill()} stops it; on the memory backend the API's other calls wait for it
 * (they take the store's lock), while the memory store's RESP endpoint answers
 * {@code BUSY} as Redis does.
 *
 * <p>
 * On a Redis Cluster (and on the memory backend with cluster rules) the keys must hash to
 * one slot, else a {@link io.redipy.CrossSlotException} is thrown before anything runs;
 * the call runs on the node of that slot (a script without keys: on the node of the key
 * prefix's hash tag if it has one, else on any node). A {@code redis.call} on a key that
 * node does not serve fails with
 * {@code ERR Script attempted to access a non local key in a cluster node}; with cluster
 * rules the memory backend takes every slot but the declared keys' (or, without declared
 * keys, the first key's) as another node's, so a test finds what some cluster would
 * refuse.
 */
public interface ScriptingCommands {

	/**
	 * Runs a Lua script ({@code EVAL}), compiling it into the script cache first if it is
	 * not there.
	 * @param script the script's text (a {@code #!lua} shebang line may give flags)
	 * @param keys the keys, {@code KEYS} in the script (with the key prefix)
	 * @param args the arguments, {@code ARGV} in the script
	 * @return the script's reply
	 * @throws io.redipy.CommandException with Redis's error text if the script does not
	 * compile or fails, or replies an error
	 * @throws io.redipy.CrossSlotException on a cluster (or with cluster rules) if the
	 * keys span slots
	 */
	ScriptReply eval(String script, List<String> keys, List<String> args);

	/**
	 * Runs a script of the script cache by its SHA-1 ({@code EVALSHA}).
	 * @param sha1 the SHA-1 of the script's text, in hex (any case), as
	 * {@link #scriptLoad} returns it
	 * @param keys the keys, {@code KEYS} in the script (with the key prefix)
	 * @param args the arguments, {@code ARGV} in the script
	 * @return the script's reply
	 * @throws io.redipy.CommandException
	 * {@code NOSCRIPT No matching script. Please use EVAL.} if the cache does not hold
	 * the script; with Redis's error text if it fails or replies an error
	 * @throws io.redipy.CrossSlotException on a cluster (or with cluster rules) if the
	 * keys span slots
	 */
	ScriptReply evalsha(String sha1, List<String> keys, List<String> args);

	/**
	 * Runs a Lua script that may not write ({@code EVAL_RO}): a write command in it
	 * fails, as does a script whose shebang does not declare {@code no-writes}.
	 * @param script the script's text
	 * @param keys the keys, {@code KEYS} in the script (with the key prefix)
	 * @param args the arguments, {@code ARGV} in the script
	 * @return the script's reply
	 * @throws io.redipy.CommandException with Redis's error text if the script does not
	 * compile or fails (such as
	 * {@code ERR Write commands are not allowed from read-only scripts. ...}), or replies
	 * an error
	 * @throws io.redipy.CrossSlotException on a cluster (or with cluster rules) if the
	 * keys span slots
	 */
	ScriptReply evalRo(String script, List<String> keys, List<String> args);

	/**
	 * Runs a script of the script cache that may not write ({@code EVALSHA_RO}).
	 * @param sha1 the SHA-1 of the script's text, in hex (any case)
	 * @param keys the keys, {@code KEYS} in the script (with the key prefix)
	 * @param args the arguments, {@code ARGV} in the script
	 * @return the script's reply
	 * @throws io.redipy.CommandException {@code NOSCRIPT ...} if the cache does not hold
	 * the script; with Redis's error text if it fails or replies an error
	 * @throws io.redipy.CrossSlotException on a cluster (or with cluster rules) if the
	 * keys span slots
	 */
	ScriptReply evalshaRo(String sha1, List<String> keys, List<String> args);

	/**
	 * Compiles a script into the script cache without running it ({@code SCRIPT LOAD}):
	 * on a Redis Cluster, on every master.
	 * @param script the script's text
	 * @return its SHA-1 in lower-case hex, the name {@link #evalsha} takes
	 * @throws io.redipy.CommandException with Redis's error text if it does not compile
	 * ({@code ERR Error compiling script (new function): user_script:1: ...})
	 */
	String scriptLoad(String script);

	/**
	 * Tells which scripts the script cache holds ({@code SCRIPT EXISTS}). On a Redis
	 * Cluster, where {@link #eval} caches a script on the node it runs on only: with a
	 * hash-tagged key prefix, whether the tag's node (where the client's scripts run)
	 * holds it, else whether every master does.
	 * @param sha1s the SHA-1s, in hex (any case), at least one
	 * @return for each SHA-1 in order, whether the cache holds its script
	 */
	List<Boolean> scriptExists(String... sha1s);

	/**
	 * Empties the script cache ({@code SCRIPT FLUSH}, synchronously): on a Redis Cluster,
	 * on every master. {@link #evalsha} then answers {@code NOSCRIPT} until the script is
	 * loaded again. Scripts registered through the DSL load themselves again when called.
	 */
	void scriptFlush();

	/**
	 * Stops the script that runs past its time limit ({@code SCRIPT KILL}), if it has not
	 * written: its caller gets an error, and other clients, which got {@code BUSY}, are
	 * served again. The Redis backend sends it on a connection of its own (Redis does not
	 * read the connection the script's caller waits on); on a Redis Cluster to the node
	 * of the key prefix's hash tag if it has one, else to every master (it succeeds if
	 * one killed a script).
	 * @throws io.redipy.CommandException
	 * {@code NOTBUSY No scripts in execution right now.} if no script runs, or
	 * {@code UNKILLABLE ...} if the script has written
	 */
	void scriptKill();

	/**
	 * Calls a function of a loaded library ({@code FCALL}).
	 * @param function the function's name (as its library registered it; any case)
	 * @param keys the keys, the function's first argument (with the key prefix)
	 * @param args the arguments, its second argument
	 * @return the function's reply
	 * @throws io.redipy.CommandException {@code ERR Function not found} if no library has
	 * the function; with Redis's error text if it fails or replies an error
	 * @throws io.redipy.CrossSlotException on a cluster (or with cluster rules) if the
	 * keys span slots
	 */
	ScriptReply fcall(String function, List<String> keys, List<String> args);

	/**
	 * Calls a function that may not write ({@code FCALL_RO}): one its library registered
	 * with the {@code no-writes} flag.
	 * @param function the function's name
	 * @param keys the keys, the function's first argument (with the key prefix)
	 * @param args the arguments, its second argument
	 * @return the function's reply
	 * @throws io.redipy.CommandException {@code ERR Function not found};
	 * {@code ERR Can not execute a script with write flag using *_ro command.} for a
	 * function without {@code no-writes}; with Redis's error text if it fails or replies
	 * an error
	 * @throws io.redipy.CrossSlotException on a cluster (or with cluster rules) if the
	 * keys span slots
	 */
	ScriptReply fcallRo(String function, List<String> keys, List<String> args);

	/**
	 * Loads a library of functions ({@code FUNCTION LOAD}): on a Redis Cluster, on every
	 * master. Its code starts with {@code #!lua name=<library>} and registers its
	 * functions with {@code redis.register_function}.
	 * @param code the library's code
	 * @return the library's name
	 * @throws io.redipy.CommandException with Redis's error text if the code is not a
	 * library ({@code ERR Missing library metadata}, a compile error, ...), or if a
	 * library of that name is loaded ({@code ERR Library '<name>' already exists})
	 */
	default String functionLoad(String code) {
		return functionLoad(code, false);
	}

	/**
	 * Loads a library of functions ({@code FUNCTION LOAD [REPLACE]}), replacing one of
	 * the same name if asked to: on a Redis Cluster, on every master. A library that
	 * fails to load leaves the loaded ones as they were.
	 * @param code the library's code
	 * @param replace whether a library of the same name is replaced
	 * @return the library's name
	 * @throws io.redipy.CommandException with Redis's error text if the code is not a
	 * library, or if a library of that name is loaded and {@code replace} is false, or if
	 * another library has one of its functions
	 * ({@code ERR Function <name> already exists})
	 */
	String functionLoad(String code, boolean replace);

	/**
	 * Deletes a library and its functions ({@code FUNCTION DELETE}): on a Redis Cluster,
	 * on every master.
	 * @param library the library's name (case-sensitive)
	 * @throws io.redipy.CommandException {@code ERR Library not found} if no library has
	 * the name
	 */
	void functionDelete(String library);

	/**
	 * Deletes every library ({@code FUNCTION FLUSH}, synchronously): on a Redis Cluster,
	 * on every master.
	 */
	void functionFlush();

	/**
	 * Stops the function that runs past its time limit ({@code FUNCTION KILL}), if it has
	 * not written; sent as {@link #scriptKill()} is.
	 * @throws io.redipy.CommandException
	 * {@code NOTBUSY No scripts in execution right now.} if no function runs (a script of
	 * {@code EVAL} does not count), or {@code UNKILLABLE ...} if the function has written
	 */
	void functionKill();

}
