package io.redipy.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.redipy.script.ir.Builtin;
import io.redipy.script.ir.Expr;
import io.redipy.script.ir.ScriptCommand;
import io.redipy.script.ir.Type;
import org.jspecify.annotations.Nullable;

/**
 * Literals, constructors and Redis command handles for scripts; meant for
 * {@code import static io.redipy.script.Dsl.*}.
 */
public final class Dsl {

	private Dsl() {
	}

	/**
	 * A string literal (any content: quotes, backslashes, {@code ]]}, NUL and newlines
	 * stay data).
	 * @param value the text
	 * @return the expression
	 */
	public static StringExpr lit(String value) {
		return Ops.lit(value);
	}

	/**
	 * An integer literal within ±(2^53 - 1).
	 * @param value the number
	 * @return the expression
	 */
	public static IntExpr lit(long value) {
		return Ops.lit(value);
	}

	/**
	 * A finite double literal.
	 * @param value the number
	 * @return the expression
	 */
	public static DoubleExpr lit(double value) {
		return Ops.lit(value);
	}

	/**
	 * A boolean literal.
	 * @param value the boolean
	 * @return the expression
	 */
	public static BoolExpr lit(boolean value) {
		return new BoolExpr(new Expr.Lit(value, Type.BOOLEAN));
	}

	/**
	 * The null of a kind.
	 * @param <E> the expression class
	 * @param kind the kind
	 * @return a nullable expression that is null
	 */
	public static <E extends Expression> E nil(Kind<E, ?> kind) {
		Kind<E, ?> nullable = kind.orNull();
		if (kind.type().element() != null) {
			throw new IllegalArgumentException("null lists and maps are not supported; use an empty one");
		}
		return nullable.wrap(new Expr.Lit(null, nullable.type()));
	}

	/**
	 * A new list.
	 * @param <E> the element's expression class
	 * @param element the element kind
	 * @param items the elements
	 * @return the list
	 */
	@SafeVarargs
	public static <E extends Expression> ListExpr<E> listOf(Kind<E, ?> element, E... items) {
		List<Expr> nodes = new ArrayList<>();
		for (E item : items) {
			if (!element.type().accepts(item.type())) {
				throw new IllegalArgumentException("a list of " + element.type() + " cannot hold " + item.describe());
			}
			nodes.add(item.node());
		}
		return new ListExpr<>(new Expr.ListOf(nodes, Type.listOf(element.type())), element);
	}

	/**
	 * A new, empty map.
	 * @param <V> the value's expression class
	 * @param value the value kind
	 * @return the map
	 */
	public static <V extends Expression> MapExpr<V> emptyMap(Kind<V, ?> value) {
		return new MapExpr<>(new Expr.MapOf(List.of(), List.of(), Type.mapOf(value.type())), value);
	}

	/**
	 * The server's time in milliseconds since the epoch (Redis's {@code TIME}; the
	 * store's clock in memory).
	 * @return an integer expression
	 */
	public static IntExpr time() {
		return new IntExpr(new Expr.Call(Builtin.TIME, List.of(), Type.INTEGER));
	}

	/**
	 * Commands on any key: exists, del, type, expire, ttl, persist.
	 * @param key the key's name (declared or computed)
	 * @return the handle
	 */
	public static KeyHandle anyKey(StringExpr key) {
		return new KeyHandle(key);
	}

	/**
	 * Commands on a string value.
	 * @param key the key's name
	 * @return the handle
	 */
	public static StringHandle string(StringExpr key) {
		return new StringHandle(key);
	}

	/**
	 * Commands on a list.
	 * @param key the key's name
	 * @return the handle
	 */
	public static ListHandle list(StringExpr key) {
		return new ListHandle(key);
	}

	/**
	 * Commands on a hash.
	 * @param key the key's name
	 * @return the handle
	 */
	public static HashHandle hash(StringExpr key) {
		return new HashHandle(key);
	}

	/**
	 * Commands on a set.
	 * @param key the key's name
	 * @return the handle
	 */
	public static SetHandle set(StringExpr key) {
		return new SetHandle(key);
	}

	/**
	 * Commands on a sorted set.
	 * @param key the key's name
	 * @return the handle
	 */
	public static ZSetHandle zset(StringExpr key) {
		return new ZSetHandle(key);
	}

	/**
	 * Commands on a geo set (a sorted set of geohash scores).
	 * @param key the key's name
	 * @return the handle
	 */
	public static GeoHandle geo(StringExpr key) {
		return new GeoHandle(key);
	}

	/**
	 * Commands on a stream.
	 * @param key the key's name
	 * @return the handle
	 */
	public static StreamHandle stream(StringExpr key) {
		return new StreamHandle(key);
	}

	/**
	 * Commands on a HyperLogLog.
	 * @param key the key's name
	 * @return the handle
	 */
	public static HyperLogLogHandle hyperLogLog(StringExpr key) {
		return new HyperLogLogHandle(key);
	}

	/**
	 * Commands on several keys at once: exists, del, unlink, mget, sinter, sunion, sdiff,
	 * sintercard.
	 * @param keys the keys' names (each gets the client's prefix)
	 * @return the handle
	 */
	public static KeysHandle keys(ListExpr<StringExpr> keys) {
		return new KeysHandle(keys);
	}

	/**
	 * Commands on the client's keyspace: keys, dbsize, randomkey, ping, mset, msetnx.
	 * @return the handle
	 */
	public static KeyspaceHandle keyspace() {
		return new KeyspaceHandle();
	}

	/** Builds a command node after checking its arguments. */
	static Expr command(ScriptCommand command, StringExpr key, Expression... args) {
		Objects.requireNonNull(key, "key");
		Expression[] all = new Expression[args.length + 1];
		all[0] = key;
		System.arraycopy(args, 0, all, 1, args.length);
		return commandWith(command, null, all);
	}

	/**
	 * Builds a command node with build-time options after checking its arguments (all of
	 * them, keys included, in the order of the command's parameters).
	 */
	static Expr commandWith(ScriptCommand command, @Nullable Object options, Expression... args) {
		List<Expr> nodes = new ArrayList<>();
		if (args.length != command.parameters().size()) {
			throw new IllegalStateException(command + " takes " + command.parameters().size() + " arguments");
		}
		for (int i = 0; i < args.length; i++) {
			Objects.requireNonNull(args[i], "argument");
			Type expected = command.parameters().get(i).type();
			if (!expected.accepts(args[i].type())) {
				throw new IllegalArgumentException(
						command.redisName() + " needs a " + expected + ", got " + args[i].describe());
			}
			nodes.add(args[i].value(command.redisName()));
		}
		return new Expr.Command(command, nodes, command.result(), options);
	}

}
