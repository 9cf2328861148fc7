package io.redipy.memory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.redipy.api.Expiration;
import io.redipy.api.ScoredMember;
import io.redipy.api.SetOptions;
import io.redipy.script.ir.RawText;
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
		if (!DIRECT.contains(command)) {
			return command.invoker().invoke(this.client, clientArgs(args), options);
		}
		Db db = this.db;
		String key = this.client.k(RawText.toClient((String) args[0]));
		return switch (command) {
			// string values as their bytes, as Lua has them (see RawText): a script that
			// copies a value that is not UTF-8 copies it exactly
			case GET -> scriptText(db.getStringValue(key));
			case SET -> StringOps.setValue(db, key, Strings.fromScript((String) args[1]),
					(options != null) ? (SetOptions) options : SetOptions.always(), false);
			case SETNX ->
				StringOps.setValue(db, key, Strings.fromScript((String) args[1]), SetOptions.ifMissing(), false);
			case SET_PX -> StringOps.setValue(db, key, Strings.fromScript((String) args[1]),
					SetOptions.always().px(Duration.ofMillis((Long) args[2])), false);
			case SET_GET -> scriptText(StringOps.setValue(db, key, Strings.fromScript((String) args[1]),
					(options != null) ? (SetOptions) options : SetOptions.always(), true));
			case GETSET -> scriptText(
					StringOps.setValue(db, key, Strings.fromScript((String) args[1]), SetOptions.always(), true));
			case GETRANGE -> RawText.decode(StringOps.getrangeBytes(db, key, (Long) args[1], (Long) args[2]));
			case GETDEL -> {
				Object value = db.getStringValue(key);
				if (value != null) {
					db.delete(key);
				}
				yield scriptText(value);
			}
			case GETEX -> scriptText(StringOps.getexValue(db, key,
					java.util.Objects.requireNonNull((Expiration) options, "expiration")));
			case APPEND -> append(db, key, (String) args[1]);
			case SETRANGE -> StringOps.setrangeBytes(db, key, (Long) args[1], RawText.encode((String) args[2]));
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

	/** APPEND of a script string: its bytes, when they are not all UTF-8. */
	private static long append(Db db, String key, String value) {
		if (!RawText.hasEscapes(value)) {
			return StringOps.append(db, key, value);
		}
		// not empty: at the end of the value, as SETRANGE writes bytes
		return StringOps.setrangeBytes(db, key, StringOps.strlen(db, key), RawText.encode(value));
	}

	private static @Nullable String scriptText(@Nullable Object value) {
		return (value != null) ? Strings.scriptText(value) : null;
	}

	private static String text(Object value) {
		return MemoryClient.v("value", RawText.toClient((String) value));
	}

	/**
	 * The arguments of a command that keeps text, not bytes: script strings with bytes
	 * that are not UTF-8 as a UTF-8 client reads them (U+FFFD), not as the '?' the client
	 * API makes of lone surrogates. The arguments are the call's own.
	 */
	private static Object[] clientArgs(Object[] args) {
		for (int i = 0; i < args.length; i++) {
			args[i] = clientValue(args[i]);
		}
		return args;
	}

	private static @Nullable Object clientValue(@Nullable Object value) {
		if (value instanceof String text) {
			return RawText.toClient(text);
		}
		if (value instanceof ScoredMember member) {
			return RawText.hasEscapes(member.member())
					? new ScoredMember(RawText.toClient(member.member()), member.score()) : member;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = null;
			for (int i = 0; i < list.size(); i++) {
				Object item = list.get(i);
				Object converted = clientValue(item);
				if (converted != item && copy == null) {
					copy = new ArrayList<>(list);
				}
				if (copy != null) {
					copy.set(i, converted);
				}
			}
			return (copy != null) ? copy : list;
		}
		if (value instanceof java.util.Map<?, ?> map) {
			boolean raw = false;
			for (java.util.Map.Entry<?, ?> entry : map.entrySet()) {
				raw |= clientValue(entry.getKey()) != entry.getKey()
						|| clientValue(entry.getValue()) != entry.getValue();
			}
			if (!raw) {
				return map;
			}
			java.util.Map<Object, Object> copy = new java.util.TreeMap<>(
					(a, b) -> io.redipy.api.ByteOrder.compare((String) a, (String) b));
			map.forEach((k, v) -> copy.put(clientValue(k), clientValue(v)));
			return copy;
		}
		return value;
	}

	private static String[] texts(Object value) {
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
