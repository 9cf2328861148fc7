package io.redipy.script.ir;

import io.redipy.api.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.redipy.api.ScoredMember;
import org.jspecify.annotations.Nullable;

/**
 * JSON as the script language writes and reads it, directed by the static type: the same
 * text as the Lua prelude's writer (map keys in UTF-8 byte order, doubles as
 * {@code %.17g}, infinities as {@code ±1e999}), and a strict reader that accepts only
 * text of the given type ({@code []} is a list, {@code {}} a map, integers must be whole
 * and within ±(2^53 - 1)).
 */
public final class Json {

	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

	private Json() {
	}

	/**
	 * Writes a script value as JSON.
	 * @param value the value
	 * @param type its type
	 * @return the text
	 */
	public static String write(@Nullable Object value, Type type) {
		StringBuilder out = new StringBuilder();
		write(value, type, out);
		return out.toString();
	}

	private static void write(@Nullable Object value, Type type, StringBuilder out) {
		if (value == null) {
			out.append("null");
			return;
		}
		switch (type.kind()) {
			case STRING -> string((String) value, out);
			case INTEGER -> out.append((long) (Long) value);
			case DOUBLE -> number((Double) value, out);
			case BOOLEAN -> out.append(value);
			case SCORED -> {
				ScoredMember member = (ScoredMember) value;
				out.append('[');
				string(member.member(), out);
				out.append(',');
				number(member.score(), out);
				out.append(']');
			}
			case LIST -> {
				out.append('[');
				List<?> list = (List<?>) value;
				for (int i = 0; i < list.size(); i++) {
					if (i > 0) {
						out.append(',');
					}
					write(list.get(i), type.element(), out);
				}
				out.append(']');
			}
			case MAP -> {
				Map<String, Object> sorted = new TreeMap<>(ByteOrder::compare);
				((Map<?, ?>) value).forEach((k, v) -> sorted.put((String) k, v));
				out.append('{');
				boolean first = true;
				for (Map.Entry<String, Object> entry : sorted.entrySet()) {
					if (!first) {
						out.append(',');
					}
					first = false;
					string(entry.getKey(), out);
					out.append(':');
					write(entry.getValue(), type.element(), out);
				}
				out.append('}');
			}
		}
	}

	private static void number(double value, StringBuilder out) {
		if (Double.isInfinite(value)) {
			out.append((value > 0) ? "1e999" : "-1e999");
		}
		else {
			out.append(Values.formatG(value, 17));
		}
	}

	private static void string(String text, StringBuilder out) {
		out.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		out.append('"');
	}

	/**
	 * Reads JSON text of a type as a script value.
	 * @param text the text
	 * @param type the expected type (top-level {@code null} only if it is nullable)
	 * @return the script value
	 * @throws IllegalArgumentException if the text is not JSON of that type
	 */
	public static @Nullable Object read(String text, Type type) {
		Reader reader = new Reader(text);
		Object value = reader.value(type);
		if (value == null && !type.nullable()) {
			throw new IllegalArgumentException("null");
		}
		reader.space();
		if (reader.pos != text.length()) {
			throw new IllegalArgumentException("trailing text");
		}
		return value;
	}

	/** A strict, type-directed JSON reader. */
	private static final class Reader {

		private final String text;

		private int pos;

		Reader(String text) {
			this.text = text;
		}

		void space() {
			while (this.pos < this.text.length() && " \t\r\n".indexOf(this.text.charAt(this.pos)) >= 0) {
				this.pos++;
			}
		}

		private boolean take(String token) {
			space();
			if (this.text.startsWith(token, this.pos)) {
				this.pos += token.length();
				return true;
			}
			return false;
		}

		private void expect(String token) {
			if (!take(token)) {
				throw new IllegalArgumentException("expected " + token + " at " + this.pos);
			}
		}

		@Nullable Object value(Type type) {
			if (take("null")) {
				return null;
			}
			return switch (type.kind()) {
				case STRING -> string();
				case BOOLEAN -> {
					if (take("true")) {
						yield true;
					}
					expect("false");
					yield false;
				}
				case INTEGER -> {
					double number = number();
					if (number != Math.rint(number) || Math.abs(number) > ScriptErrors.MAX_INTEGER) {
						throw new IllegalArgumentException("not an integer");
					}
					yield (long) number;
				}
				case DOUBLE -> number();
				case SCORED -> {
					expect("[");
					String member = string();
					expect(",");
					double score = number();
					expect("]");
					yield new ScoredMember(member, score);
				}
				case LIST -> {
					List<Object> list = new ArrayList<>();
					expect("[");
					if (!take("]")) {
						do {
							list.add(element(type.element()));
						}
						while (take(","));
						expect("]");
					}
					yield list;
				}
				case MAP -> {
					Map<String, Object> map = new TreeMap<>(ByteOrder::compare);
					expect("{");
					if (!take("}")) {
						do {
							String key = string();
							expect(":");
							map.put(key, element(type.element()));
						}
						while (take(","));
						expect("}");
					}
					yield map;
				}
			};
		}

		private Object element(Type type) {
			Object value = value(type);
			if (value == null) {
				throw new IllegalArgumentException("null element");
			}
			return value;
		}

		private double number() {
			space();
			Matcher matcher = NUMBER.matcher(this.text).region(this.pos, this.text.length());
			if (!matcher.lookingAt()) {
				throw new IllegalArgumentException("expected a number at " + this.pos);
			}
			this.pos = matcher.end();
			return Double.parseDouble(matcher.group());
		}

		/** The value of an ASCII hex digit, -1 for any other character. */
		private static int hexDigit(char c) {
			if (c >= '0' && c <= '9') {
				return c - '0';
			}
			if (c >= 'a' && c <= 'f') {
				return c - 'a' + 10;
			}
			if (c >= 'A' && c <= 'F') {
				return c - 'A' + 10;
			}
			return -1;
		}

		private String string() {
			expect("\"");
			StringBuilder out = new StringBuilder();
			// the high half of a surrogate pair from a backslash-u escape, waiting
			// for its low half: as in the Lua prelude, an escaped surrogate without
			// its other half becomes '?' (as UTF-8 encoding writes it), while the
			// text's own chars (which may be escaped bytes, see RawText) stay as
			// they are
			char high = 0;
			while (true) {
				if (this.pos >= this.text.length()) {
					throw new IllegalArgumentException("unterminated string");
				}
				char c = this.text.charAt(this.pos++);
				if (high != 0 && !(c == '\\' && this.text.startsWith("u", this.pos))) {
					out.append('?');
					high = 0;
				}
				if (c == '"') {
					return out.toString();
				}
				if (c < 0x20) {
					throw new IllegalArgumentException("control character in string");
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				if (this.pos >= this.text.length()) {
					throw new IllegalArgumentException("unterminated escape");
				}
				char e = this.text.charAt(this.pos++);
				switch (e) {
					case '"', '\\', '/' -> out.append(e);
					case 'b' -> out.append('\b');
					case 'f' -> out.append('\f');
					case 'n' -> out.append('\n');
					case 'r' -> out.append('\r');
					case 't' -> out.append('\t');
					case 'u' -> {
						if (this.pos + 4 > this.text.length()) {
							throw new IllegalArgumentException("short unicode escape");
						}
						// by hand: the Lua side writes every quote and backslash this
						// way,
						// and a regular expression per escape cost microseconds a reply
						int code = 0;
						for (int i = 0; i < 4; i++) {
							int digit = hexDigit(this.text.charAt(this.pos + i));
							if (digit < 0) {
								throw new IllegalArgumentException("bad unicode escape");
							}
							code = (code << 4) | digit;
						}
						this.pos += 4;
						char unit = (char) code;
						if (high != 0 && Character.isLowSurrogate(unit)) {
							out.append(high).append(unit);
							high = 0;
						}
						else {
							if (high != 0) {
								out.append('?');
								high = 0;
							}
							if (Character.isHighSurrogate(unit)) {
								high = unit;
							}
							else {
								out.append(Character.isLowSurrogate(unit) ? '?' : unit);
							}
						}
					}
					default -> throw new IllegalArgumentException("bad escape \\" + e);
				}
			}
		}

	}

}
