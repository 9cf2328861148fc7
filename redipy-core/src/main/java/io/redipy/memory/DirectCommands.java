package io.redipy.memory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.redipy.api.Expiration;
import io.redipy.api.SetOptions;
import io.redipy.script.interp.Interpreter;
import io.redipy.script.ir.ScriptCommand;
import org.jspecify.annotations.Nullable;

/**
 * Runs a script's commands on the memory store while the script holds its lock: the
 * common single-key commands go straight to the store's operations (one switch, no
 * closure, invoker or API call per command), everything else through the command's
 * invoker on the client API. Both ways give the same results and errors; a test runs
 * every command of {@link #DIRECT} both ways and compares them.
 */
final class DirectCommands implements Interpreter.Runner {

	/** The commands run straight on the store; the others go through their invoker. */
	static final Set<ScriptCommand> DIRECT = EnumSet.of(ScriptCommand.GET, ScriptCommand.SET, ScriptCommand.SETNX,
			ScriptCommand.SET_PX, ScriptCommand.SET_GET, ScriptCommand.GETRANGE, ScriptCommand.GETSET,
			ScriptCommand.GETDEL, ScriptCommand.GETEX, ScriptCommand.APPEND, ScriptCommand.SETRANGE,
			ScriptCommand.EXISTS, ScriptCommand.DEL, ScriptCommand.INCR, ScriptCommand.INCRBY, ScriptCommand.HGET,
			ScriptCommand.HSET, ScriptCommand.HDEL, ScriptCommand.HEXISTS, ScriptCommand.HINCRBY, ScriptCommand.LPUSH,
			ScriptCommand.RPUSH, ScriptCommand.LPOP, ScriptCommand.RPOP, ScriptCommand.LLEN, ScriptCommand.SADD,
			ScriptCommand.SREM, ScriptCommand.SISMEMBER, ScriptCommand.SCARD, ScriptCommand.ZSCORE, ScriptCommand.ZREM,
			ScriptCommand.ZCARD, ScriptCommand.ZPOPMAX, ScriptCommand.ZPOPMIN, ScriptCommand.ZPOPMAX_ONE,
			ScriptCommand.ZPOPMIN_ONE);

	/**
	 * {@link #DIRECT} by ordinal: the command enum is too large for a one-word
	 * {@code EnumSet}, and its {@code contains} showed in the profile of a script call.
	 */
	private static final boolean[] DIRECT_BY_ORDINAL = new boolean[ScriptCommand.values().length];

	static {
		DIRECT.forEach((command) -> DIRECT_BY_ORDINAL[command.ordinal()] = true);
	}

	private final MemoryClient client;

	private final Db db;

	/**
	 * Creates the runner of a client's scripts.
	 * @param client the client's view on the locked state (for its key prefix, and for
	 * the commands that go through their invoker)
	 * @param db the state
	 */
	DirectCommands(MemoryClient client, Db db) {
		this.client = client;
		this.db = db;
	}

	/**
	 * Returns the client view the commands run through.
	 * @return the view
	 */
	MemoryClient client() {
		return this.client;
	}

	@Override
	public @Nullable Object run(ScriptCommand command, Object[] args, @Nullable Object options) {
		if (!DIRECT_BY_ORDINAL[command.ordinal()]) {
			// the client's script view takes and gives strings in store form, as here
			return command.invoker().invoke(this.client, args, options);
		}
		return direct(command, args[0], (args.length > 1) ? args[1] : null, (args.length > 2) ? args[2] : null,
				options);
	}

	@Override
	public @Nullable Object run(ScriptCommand command, int count, @Nullable Object a, @Nullable Object b,
			@Nullable Object c, @Nullable Object options) {
		if (!DIRECT_BY_ORDINAL[command.ordinal()]) {
			return Interpreter.Runner.super.run(command, count, a, b, c, options);
		}
		// every direct command has its key first, and at most three arguments
		return direct(command, a, b, c, options);
	}

	/** Runs a command of {@link #DIRECT} on the store: a is its key, b and c the rest. */
	private @Nullable Object direct(ScriptCommand command, @Nullable Object a, @Nullable Object b, @Nullable Object c,
			@Nullable Object options) {
		Db db = this.db;
		String key = this.client.k((String) a);
		// strings in store form, as Lua has them (see Strings): a script that copies
		// bytes that are not UTF-8 copies them exactly
		return switch (command) {
			case GET -> db.getString(key);
			case SET -> StringOps.setValue(db, key, text(b),
					(options != null) ? (SetOptions) options : SetOptions.always(), false);
			case SETNX -> StringOps.setValue(db, key, text(b), SetOptions.ifMissing(), false);
			case SET_PX ->
				StringOps.setValue(db, key, text(b), SetOptions.always().px(Duration.ofMillis((Long) c)), false);
			case SET_GET ->
				StringOps.set(db, key, text(b), (options != null) ? (SetOptions) options : SetOptions.always(), true);
			case GETSET -> StringOps.set(db, key, text(b), SetOptions.always(), true);
			case GETRANGE -> StringOps.getrange(db, key, (Long) b, (Long) c);
			case GETDEL -> StringOps.getdel(db, key);
			case GETEX ->
				StringOps.getex(db, key, java.util.Objects.requireNonNull((Expiration) options, "expiration"));
			case APPEND -> StringOps.append(db, key, text(b));
			case SETRANGE -> StringOps.setrange(db, key, (Long) b, text(c));
			case EXISTS -> KeyOps.exists(db, new String[] { key }) == 1;
			case DEL -> KeyOps.del(db, new String[] { key }) == 1;
			case INCR -> StringOps.incrby(db, key, 1);
			case INCRBY -> StringOps.incrby(db, key, (Long) b);
			case HGET -> HashOps.hget(db, key, text(b));
			case HSET -> HashOps.hset(db, key, text(b), text(c));
			case HDEL -> HashOps.hdel(db, key, texts(b));
			case HEXISTS -> HashOps.hget(db, key, text(b)) != null;
			case HINCRBY -> HashOps.hincrby(db, key, text(b), (Long) c);
			case LPUSH -> ListOps.push(db, key, texts(b), true, false);
			case RPUSH -> ListOps.push(db, key, texts(b), false, false);
			case LPOP -> ListOps.pop(db, key, true);
			case RPOP -> ListOps.pop(db, key, false);
			case LLEN -> ListOps.llen(db, key);
			case SADD -> SetOps.sadd(db, key, texts(b));
			case SREM -> SetOps.srem(db, key, texts(b));
			case SISMEMBER -> SetOps.smismember(db, key, texts(b)).get(0);
			case SCARD -> SetOps.scard(db, key);
			case ZSCORE -> ZSetOps.zmscore(db, key, texts(b)).get(0);
			case ZREM -> ZSetOps.zrem(db, key, texts(b));
			case ZCARD -> ZSetOps.zcard(db, key);
			case ZPOPMAX -> owned(ZSetOps.zpop(db, key, (Long) b, true));
			case ZPOPMIN -> owned(ZSetOps.zpop(db, key, (Long) b, false));
			case ZPOPMAX_ONE -> ZSetOps.zpopOne(db, key, true);
			case ZPOPMIN_ONE -> ZSetOps.zpopOne(db, key, false);
			default -> throw new IllegalStateException("not run directly: " + command);
		};
	}

	/** A string argument in store form, noted in the store when it is not UTF-8. */
	private String text(@Nullable Object value) {
		return this.client.v("value", (String) value);
	}

	private String[] texts(@Nullable Object value) {
		return new String[] { text(value) };
	}

	/** A list result as a script value the script may change: new ones are used as is. */
	@SuppressWarnings("unchecked")
	private static List<Object> owned(List<?> list) {
		return (list instanceof ArrayList) ? (List<Object>) list : new ArrayList<>(list);
	}

}
