package io.redipy.script.ir;

import io.redipy.api.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.redipy.api.ScoredMember;
import org.jspecify.annotations.Nullable;

/**
 * The one place where the rules for script values live: how Java values become script
 * values and back (checked against the declared type), deep equality, and how doubles are
 * written as text. Script values are {@link String}, {@link Long}, {@link Double},
 * {@link Boolean}, {@link ScoredMember}, {@link List} and {@link Map} (keys in UTF-8 byte
 * order), or {@code null}.
 */
public final class Values {

	private Values() {
	}

	/**
	 * Checks a Java value against a type and copies it into a script value.
	 * @param value the value (Integer and Float are widened)
	 * @param type the declared type
	 * @param what the value's name for messages
	 * @return the script value
	 * @throws IllegalArgumentException if the value does not fit the type
	 */
	public static @Nullable Object fromJava(@Nullable Object value, Type type, String what) {
		if (value == null) {
			if (!type.nullable()) {
				throw new IllegalArgumentException(what + " must not be null (type " + type + ")");
			}
			return null;
		}
		switch (type.kind()) {
			case STRING -> {
				if (value instanceof String text) {
					return normalize(text);
				}
			}
			case INTEGER -> {
				if (value instanceof Long || value instanceof Integer || value instanceof Short
						|| value instanceof Byte) {
					long number = ((Number) value).longValue();
					if (Math.abs(number) > ScriptErrors.MAX_INTEGER) {
						throw new IllegalArgumentException(what + " = " + number + " is beyond ±(2^53 - 1)");
					}
					return number;
				}
			}
			case DOUBLE -> {
				if (value instanceof Double || value instanceof Float) {
					double number = ((Number) value).doubleValue();
					if (!Double.isFinite(number)) {
						throw new IllegalArgumentException(what + " = " + number + " is not finite");
					}
					return number;
				}
			}
			case BOOLEAN -> {
				if (value instanceof Boolean) {
					return value;
				}
			}
			case SCORED -> {
				if (value instanceof ScoredMember member) {
					return new ScoredMember(normalize(member.member()), member.score());
				}
			}
			case LIST -> {
				if (value instanceof List<?> list) {
					List<Object> copy = new ArrayList<>(list.size());
					for (int i = 0; i < list.size(); i++) {
						copy.add(fromJava(list.get(i), type.element(), what + "[" + i + "]"));
					}
					return copy;
				}
			}
			case MAP -> {
				if (value instanceof Map<?, ?> map) {
					Map<String, Object> copy = new TreeMap<>(ByteOrder::compare);
					for (Map.Entry<?, ?> entry : map.entrySet()) {
						if (!(entry.getKey() instanceof String key)) {
							throw new IllegalArgumentException(
									what + " has a key that is not a string: " + entry.getKey());
						}
						copy.put(normalize(key), fromJava(entry.getValue(), type.element(), what + "." + key));
					}
					return copy;
				}
			}
		}
		throw new IllegalArgumentException(
				what + " must be a " + type + ", got " + value.getClass().getSimpleName() + " " + value);
	}

	/**
	 * Turns a script value into the Java value the API returns: unmodifiable lists, maps
	 * in key order, strings as a UTF-8 client reads them (bytes that are not UTF-8, see
	 * {@link RawText}, as U+FFFD). The value must belong to nobody else (a finished run's
	 * result, or a decoded reply): a list of immutable items is wrapped, not copied.
	 * @param value the script value
	 * @param type its type
	 * @return the Java value
	 */
	public static @Nullable Object toJava(@Nullable Object value, Type type) {
		if (value == null) {
			return null;
		}
		return switch (type.kind()) {
			case LIST -> {
				Type.Kind element = type.element().kind();
				boolean text = element == Type.Kind.STRING || element == Type.Kind.SCORED;
				if (element != Type.Kind.LIST && element != Type.Kind.MAP && !(text && hasRawText((List<?>) value))) {
					// items are immutable, and the list belongs to the run that ended
					yield Collections.unmodifiableList((List<?>) value);
				}
				List<Object> copy = new ArrayList<>();
				for (Object item : (List<?>) value) {
					copy.add(toJava(item, type.element()));
				}
				yield Collections.unmodifiableList(copy);
			}
			case MAP -> {
				Map<String, Object> copy = new LinkedHashMap<>();
				for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
					copy.put(RawText.toClient((String) entry.getKey()), toJava(entry.getValue(), type.element()));
				}
				yield Collections.unmodifiableMap(copy);
			}
			case STRING -> RawText.toClient((String) value);
			case SCORED -> {
				ScoredMember member = (ScoredMember) value;
				yield RawText.hasEscapes(member.member())
						? new ScoredMember(RawText.toClient(member.member()), member.score()) : member;
			}
			default -> value;
		};
	}

	private static boolean hasRawText(List<?> list) {
		// by index: a script's lists are array lists, and the result of every call
		// passes here
		for (int i = 0; i < list.size(); i++) {
			Object item = list.get(i);
			String text = (item instanceof ScoredMember member) ? member.member() : (String) item;
			if (text != null && RawText.hasEscapes(text)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Deep equality of script values: lists and maps by content, doubles by numeric value
	 * ({@code 0.0 == -0.0}).
	 * @param a a value
	 * @param b another value of the same type
	 * @return whether they are equal
	 */
	public static boolean equal(@Nullable Object a, @Nullable Object b) {
		if (a == null || b == null) {
			return a == b;
		}
		if (a instanceof Double x && b instanceof Double y) {
			return x.doubleValue() == y.doubleValue();
		}
		if (a instanceof ScoredMember x && b instanceof ScoredMember y) {
			return x.member().equals(y.member()) && x.score() == y.score();
		}
		if (a instanceof List<?> x && b instanceof List<?> y) {
			if (x.size() != y.size()) {
				return false;
			}
			for (int i = 0; i < x.size(); i++) {
				if (!equal(x.get(i), y.get(i))) {
					return false;
				}
			}
			return true;
		}
		if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
			if (x.size() != y.size()) {
				return false;
			}
			for (Map.Entry<?, ?> entry : x.entrySet()) {
				if (!y.containsKey(entry.getKey()) || !equal(entry.getValue(), y.get(entry.getKey()))) {
					return false;
				}
			}
			return true;
		}
		return a.equals(b);
	}

	/**
	 * Writes a double as text: an integral value within ±2^53 as an integer
	 * ({@code "3"}), anything else as the shortest C {@code %.Ng} (N from 1 to 17) that
	 * reads back as the same double ({@code "0.1"}, {@code "1e+300"}, {@code "1.5e-07"});
	 * the infinities as {@code "inf"} and {@code "-inf"}, as Lua and Redis write them.
	 * @param value a double (a NaN, which no script value is, as {@code "nan"})
	 * @return the text
	 */
	public static String formatDouble(double value) {
		if (!Double.isFinite(value)) {
			// a score or an increment's result can be infinite
			return Double.isNaN(value) ? "nan" : ((value > 0) ? "inf" : "-inf");
		}
		if (value == Math.rint(value) && Math.abs(value) <= ScriptErrors.MAX_INTEGER) {
			return Long.toString((long) value);
		}
		return io.redipy.api.Numbers.shortest(value);
	}

	/** C's {@code printf("%.Ng")}: N significant digits, trailing zeros removed. */
	static String formatG(double value, int precision) {
		return io.redipy.api.Numbers.formatG(value, precision);
	}

	/** Text as it is after a UTF-8 round trip: lone surrogates become '?'. */
	static String normalize(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (Character.isSurrogate(text.charAt(i))) {
				return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
			}
		}
		return text;
	}

}
