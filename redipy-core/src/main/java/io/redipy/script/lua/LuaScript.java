package io.redipy.script.lua;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.redipy.CommandException;
import io.redipy.ScriptException;
import io.redipy.api.ScoredMember;
import io.redipy.script.ir.ByteOrder;
import io.redipy.script.ir.Program;
import io.redipy.script.ir.Type;
import io.redipy.script.ir.Values;
import org.jspecify.annotations.Nullable;

/**
 * A script compiled to Lua: its text and SHA1 (computed once), and how its keys,
 * arguments, result and errors cross to and from Redis.
 */
public final class LuaScript {

	private static final Pattern SCRIPT_SUFFIX = Pattern
		.compile("^(.*?)(?: script: [0-9a-f]{40}, on @user_script:(\\d+)\\.)?$", Pattern.DOTALL);

	private final Program program;

	private final String text;

	private final String sha1;

	private final String[] lines;

	LuaScript(Program program, String text) {
		this.program = program;
		this.text = text;
		this.sha1 = sha1(text);
		this.lines = text.split("\n", -1);
	}

	private static String sha1(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Returns the Lua text.
	 * @return the text
	 */
	public String text() {
		return this.text;
	}

	/**
	 * Returns the SHA1 of the text, as {@code EVALSHA} takes it.
	 * @return 40 hex digits
	 */
	public String sha1() {
		return this.sha1;
	}

	/**
	 * Returns the {@code KEYS} of a call.
	 * @param prefix the client's key prefix
	 * @param names the keys' names in declaration order
	 * @return the prefixed keys as bytes
	 */
	public List<byte[]> keys(String prefix, String[] names) {
		List<byte[]> keys = new ArrayList<>(names.length);
		for (String name : names) {
			keys.add((prefix + name).getBytes(StandardCharsets.UTF_8));
		}
		return keys;
	}

	/**
	 * Returns the {@code ARGV} of a call: the prefix, then each argument.
	 * @param prefix the client's key prefix
	 * @param args the arguments as script values, in declaration order
	 * @return the arguments as bytes
	 */
	public List<byte[]> argv(String prefix, Object[] args) {
		List<byte[]> argv = new ArrayList<>(args.length + 1);
		argv.add(prefix.getBytes(StandardCharsets.UTF_8));
		for (int i = 0; i < args.length; i++) {
			Type type = this.program.args().get(i).type();
			Object value = args[i];
			String text;
			if (value == null) {
				text = "n";
			}
			else {
				text = switch (type.kind()) {
					case STRING -> (String) value;
					case INTEGER -> Long.toString((Long) value);
					case DOUBLE -> Double.toString((Double) value);
					case BOOLEAN -> ((Boolean) value) ? "1" : "0";
					default -> Json.write(value);
				};
				if (type.nullable()) {
					text = "v" + text;
				}
			}
			argv.add(text.getBytes(StandardCharsets.UTF_8));
		}
		return argv;
	}

	/**
	 * Turns the script's reply into its result.
	 * @param reply the bulk reply (JSON), or {@code null}
	 * @return the result as the API returns it
	 */
	public @Nullable Object decode(byte @Nullable [] reply) {
		if (reply == null) {
			return null;
		}
		Object value = Json.read(new String(reply, StandardCharsets.UTF_8), this.program.result());
		return Values.toJava(value, this.program.result());
	}

	/**
	 * Turns an error reply of the script into the exception both backends raise.
	 * @param message the error reply
	 * @param cause the driver's exception
	 * @return the exception
	 */
	public ScriptException failure(String message, @Nullable Throwable cause) {
		Matcher matcher = SCRIPT_SUFFIX.matcher(message);
		String reason = message;
		String context = null;
		if (matcher.matches()) {
			reason = matcher.group(1);
			if (matcher.group(2) != null) {
				context = context(Integer.parseInt(matcher.group(2)));
			}
		}
		String marker = Prelude.FAILURE_MARKER + " ";
		if (reason.startsWith(marker)) {
			// the script language's own failure: no command caused it, as on the memory
			// backend
			ScriptException failure = new ScriptException(this.program.name(), reason.substring(marker.length()),
					context, null);
			if (cause != null) {
				failure.addSuppressed(cause);
			}
			return failure;
		}
		return new ScriptException(this.program.name(), reason, context, CommandException.of(reason, cause));
	}

	private String context(int line) {
		StringBuilder context = new StringBuilder("  at line ").append(line).append(" of the generated Lua:");
		for (int i = Math.max(1, line - 1); i <= Math.min(this.lines.length, line + 1); i++) {
			context.append('\n').append((i == line) ? "  > " : "    ").append(this.lines[i - 1]);
		}
		return context.toString();
	}

	@Override
	public String toString() {
		return this.text;
	}

	/**
	 * The JSON that crosses the Lua boundary: written and read with the declared types.
	 */
	static final class Json {

		private Json() {
		}

		static String write(Object value) {
			StringBuilder out = new StringBuilder();
			write(value, out);
			return out.toString();
		}

		private static void write(@Nullable Object value, StringBuilder out) {
			if (value == null) {
				out.append("null");
			}
			else if (value instanceof String text) {
				string(text, out);
			}
			else if (value instanceof Long || value instanceof Boolean) {
				out.append(value);
			}
			else if (value instanceof Double number) {
				out.append(Double.toString(number));
			}
			else if (value instanceof ScoredMember member) {
				out.append('[');
				string(member.member(), out);
				out.append(',').append(Double.toString(member.score())).append(']');
			}
			else if (value instanceof List<?> list) {
				out.append('[');
				for (int i = 0; i < list.size(); i++) {
					if (i > 0) {
						out.append(',');
					}
					write(list.get(i), out);
				}
				out.append(']');
			}
			else if (value instanceof Map<?, ?> map) {
				out.append('{');
				boolean first = true;
				for (Map.Entry<?, ?> entry : map.entrySet()) {
					if (!first) {
						out.append(',');
					}
					first = false;
					string((String) entry.getKey(), out);
					out.append(':');
					write(entry.getValue(), out);
				}
				out.append('}');
			}
			else {
				throw new IllegalArgumentException("not a script value: " + value);
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

		static @Nullable Object read(String text, Type type) {
			Reader reader = new Reader(text);
			Object value = reader.value(type);
			reader.skipSpace();
			if (reader.pos != text.length()) {
				throw new IllegalStateException("trailing data in script result");
			}
			return value;
		}

		/** A reader for the JSON the Lua prelude writes. */
		private static final class Reader {

			private final String text;

			private int pos;

			Reader(String text) {
				this.text = text;
			}

			void skipSpace() {
				while (this.pos < this.text.length() && Character.isWhitespace(this.text.charAt(this.pos))) {
					this.pos++;
				}
			}

			private char peek() {
				skipSpace();
				return this.text.charAt(this.pos);
			}

			private void expect(char c) {
				if (peek() != c) {
					throw new IllegalStateException("malformed script result at " + this.pos + ": expected " + c);
				}
				this.pos++;
			}

			@Nullable Object value(Type type) {
				if (this.text.startsWith("null", this.pos + leadingSpace())) {
					skipSpace();
					this.pos += 4;
					return null;
				}
				return switch (type.kind()) {
					case STRING -> string();
					case INTEGER -> Long.parseLong(number());
					case DOUBLE -> Double.parseDouble(number());
					case BOOLEAN -> {
						boolean value = this.text.startsWith("true", this.pos + leadingSpace());
						skipSpace();
						this.pos += value ? 4 : 5;
						yield value;
					}
					case SCORED -> {
						expect('[');
						String member = string();
						expect(',');
						double score = Double.parseDouble(number());
						expect(']');
						yield new ScoredMember(member, score);
					}
					case LIST -> {
						List<Object> list = new ArrayList<>();
						expect('[');
						if (peek() != ']') {
							do {
								list.add(value(type.element()));
							}
							while (next());
						}
						expect(']');
						yield list;
					}
					case MAP -> {
						Map<String, Object> map = new TreeMap<>(ByteOrder::compare);
						expect('{');
						if (peek() != '}') {
							do {
								String key = string();
								expect(':');
								map.put(key, value(type.element()));
							}
							while (next());
						}
						expect('}');
						yield map;
					}
				};
			}

			private int leadingSpace() {
				int i = this.pos;
				while (i < this.text.length() && Character.isWhitespace(this.text.charAt(i))) {
					i++;
				}
				return i - this.pos;
			}

			private boolean next() {
				if (peek() == ',') {
					this.pos++;
					return true;
				}
				return false;
			}

			private String number() {
				skipSpace();
				int start = this.pos;
				while (this.pos < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.pos)) >= 0) {
					this.pos++;
				}
				return this.text.substring(start, this.pos);
			}

			private String string() {
				expect('"');
				StringBuilder out = new StringBuilder();
				while (true) {
					char c = this.text.charAt(this.pos++);
					if (c == '"') {
						return out.toString();
					}
					if (c == '\\') {
						char e = this.text.charAt(this.pos++);
						switch (e) {
							case 'u' -> {
								out.append((char) Integer.parseInt(this.text.substring(this.pos, this.pos + 4), 16));
								this.pos += 4;
							}
							case 'n' -> out.append('\n');
							case 't' -> out.append('\t');
							case 'r' -> out.append('\r');
							case 'b' -> out.append('\b');
							case 'f' -> out.append('\f');
							default -> out.append(e);
						}
					}
					else {
						out.append(c);
					}
				}
			}

		}

	}

}
