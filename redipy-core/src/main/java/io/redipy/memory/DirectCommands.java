package io.redipy.memory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.redipy.api.Expiration;
import io.redipy.api.ScoredMember;
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

	@Override
	public @Nullable Object run(ScriptCommand command, Object[] args, @Nullable Object options) {
		if (!DIRECT_BY_ORDINAL[command.ordinal()]) {
			// the client's script view takes and gives strings in store form, as here
			return command.invoker().invoke(this.client, args, options);
		}
		Db db = this.db;
		String key = this.client.k((String) args[0]);
		// strings in store form, as Lua has them (see Strings): a script that copies
		// bytes
		// that are not UTF-8 copies them exactly
		return switch (command) {
			case GET -> db.getString(key);
			case SET -> StringOps.setValue(db, key, text(args[1]),
					(options != null) ? (SetOptions) options : SetOptions.always(), false);
			case SETNX -> StringOps.setValue(db, key, text(args[1]), SetOptions.ifMissing(), false);
			case SET_PX -> StringOps.setValue(db, key, text(args[1]),
					SetOptions.always().px(Duration.ofMillis((Long) args[2])), false);
			case SET_GET -> StringOps.set(db, key, text(args[1]),
					(options != null) ? (SetOptions) options : SetOptions.always(), true);
			case GETSET -> StringOps.set(db, key, text(args[1]), SetOptions.always(), true);
			case GETRANGE -> StringOps.getrange(db, key, (Long) args[1], (Long) args[2]);
			case GETDEL -> StringOps.getdel(db, key);
			case GETEX ->
				StringOps.getex(db, key, java.util.Objects.requireNonNull((Expiration) options, "expiration"));
			case APPEND -> StringOps.append(db, key, text(args[1]));
			case SETRANGE -> StringOps.setrange(db, key, (Long) args[1], text(args[2]));
			case EXISTS -> KeyOps.exists(db, new String[] { key }) == 1;
			case DEL -> KeyOps.del(db, new String[] { key }) == 1;
			case INCR -> StringOps.incrby(db, key, 1);
			case INCRBY -> StringOps.incrby(db, key, (Long) args[1]);
			case HGET -> HashOps.hget(db, key, text(args[1]));
			case HSET -> HashOps.hset(db, key, text(args[1]), text(args[2]));
			case HDEL -> HashOps.hdel(db, key, texts(args[1]));
			case HEXISTS -> HashOps.hget(db, key, text(args[1])) != null;
			case HINCRBY -> HashOps.hincrby(db, key, text(args[1]), (Long) args[2]);
			case LPUSH -> ListOps.push(db, key, texts(args[1]), true, false);
			case RPUSH -> ListOps.push(db, key, texts(args[1]), false, false);
			case LPOP -> ListOps.pop(db, key, true);
			case RPOP -> ListOps.pop(db, key, false);
			case LLEN -> ListOps.llen(db, key);
			case SADD -> SetOps.sadd(db, key, texts(args[1]));
			case SREM -> SetOps.srem(db, key, texts(args[1]));
			case SISMEMBER -> SetOps.smismember(db, key, texts(args[1])).get(0);
			case SCARD -> SetOps.scard(db, key);
			case ZSCORE -> ZSetOps.zmscore(db, key, texts(args[1])).get(0);
			case ZREM -> ZSetOps.zrem(db, key, texts(args[1]));
			case ZCARD -> ZSetOps.zcard(db, key);
			case ZPOPMAX -> owned(ZSetOps.zpop(db, key, (Long) args[1], true));
			case ZPOPMIN -> owned(ZSetOps.zpop(db, key, (Long) args[1], false));
			case ZPOPMAX_ONE -> first(ZSetOps.zpop(db, key, 1, true));
			case ZPOPMIN_ONE -> first(ZSetOps.zpop(db, key, 1, false));
			default -> throw new IllegalStateException("not run directly: " + command);
		};
	}

	/** A string argument in store form, noted in the store when it is not UTF-8. */
	private String text(Object value) {
		return this.client.v("value", (String) value);
	}

	private String[] texts(Object value) {
		return new String[] { text(value) };
	}

	/** A list result as a script value the script may change: new ones are used as is. */
	@SuppressWarnings("unchecked")
	private static List<Object> owned(List<?> list) {
		return (list instanceof ArrayList) ? (List<Object>) list : new ArrayList<>(list);
	}

	private static @Nullable ScoredMember first(List<ScoredMember> popped) {
		return popped.isEmpty() ? null : popped.get(0);
	}

}
