package io.redipy.script.lua;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The one place that writes Lua text: lines with indentation, string literals in which
 * every byte that is not plain printable ASCII is a decimal escape (so no content can end
 * the literal or become code), and unique local names.
 */
final class LuaWriter {

	private final StringBuilder text = new StringBuilder();

	private final Set<String> names = new HashSet<>();

	private int indent;

	private int lines;

	LuaWriter line(String line) {
		this.text.append("  ".repeat(this.indent)).append(line).append('\n');
		this.lines++;
		return this;
	}

	LuaWriter raw(String block) {
		for (String line : block.split("\n", -1)) {
			if (!line.isEmpty()) {
				line(line);
			}
		}
		return this;
	}

	void indent() {
		this.indent++;
	}

	void dedent() {
		this.indent--;
	}

	int lines() {
		return this.lines;
	}

	/** A fresh local name derived from a user name: letters, digits and _ only. */
	String name(String wanted) {
		String base = wanted.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT);
		if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
			base = "v_" + base;
		}
		String name = base;
		for (int i = 2; !this.names.add(name) || LUA_KEYWORDS.contains(name); i++) {
			name = base + "_" + i;
		}
		return name;
	}

	private static final Set<String> LUA_KEYWORDS = Set.of("and", "break", "do", "else", "elseif", "end", "false",
			"for", "function", "if", "in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until",
			"while", "redipy", "redis", "cjson", "KEYS", "ARGV", "P", "V", "string", "table", "math", "tonumber",
			"tostring", "type", "ipairs", "pairs", "error", "unpack");

	/** A Lua string literal for any text. */
	static String quote(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
				out.append((char) c);
			}
			else {
				out.append('\\').append(c);
				// a digit right after a decimal escape would join it: pad to three digits
				if (c < 100) {
					out.setLength(out.length() - Integer.toString(c).length());
					out.append(String.format(Locale.ROOT, "%03d", c));
				}
			}
		}
		return out.append('"').toString();
	}

	@Override
	public String toString() {
		return this.text.toString();
	}

}
