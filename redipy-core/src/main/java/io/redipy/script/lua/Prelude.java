package io.redipy.script.lua;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.redipy.script.ir.ScriptErrors;

/**
 * The Lua helpers compiled scripts start with ({@code prelude.lua} beside this class), in
 * one private table ({@code redipy}): integer range checks, floor division, byte-order
 * string comparison, deep equality, the Redis reply conversions and the type-directed
 * JSON writer. Error texts come from {@link ScriptErrors}, so both backends fail with the
 * same words. A script gets only the helpers its body calls, and the ones those call:
 * Redis runs the whole text on every call, and defining all of them cost more than some
 * scripts' own work.
 */
final class Prelude {

	/** The marker that starts the error replies the script language raises. */
	static final String FAILURE_MARKER = "REDIPY";

	private static final Pattern REFERENCE = Pattern.compile("\\bredipy\\.([A-Za-z_][A-Za-z_0-9]*)");

	private Prelude() {
	}

	/** One helper: its name, its text and the helpers it calls. */
	private record Helper(String name, String text, Set<String> calls) {
	}

	/**
	 * Returns the prelude a script body needs: the table, the constants, and the helpers
	 * the body calls, directly or through other helpers, in the prelude's order.
	 * @param body the compiled body
	 * @return the prelude's text
	 */
	static String text(String body) {
		Set<String> needed = new HashSet<>();
		Deque<String> pending = new ArrayDeque<>(references(body));
		while (!pending.isEmpty()) {
			String name = pending.pop();
			Helper helper = HELPERS.get(name);
			if (helper != null && needed.add(name)) {
				pending.addAll(helper.calls());
			}
		}
		StringBuilder text = new StringBuilder(HEAD);
		HELPERS.values().stream().filter((h) -> needed.contains(h.name())).forEach((h) -> text.append(h.text()));
		return text.toString();
	}

	private static Set<String> references(String text) {
		Set<String> names = new LinkedHashSet<>();
		Matcher matcher = REFERENCE.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static String filled() {
		return TEMPLATE.replace("%MAX%", Long.toString(ScriptErrors.MAX_INTEGER))
			.replace("%E_INT%", LuaWriter.quote(ScriptErrors.INTEGER_OUT_OF_RANGE))
			.replace("%E_FINITE%", LuaWriter.quote(ScriptErrors.NOT_FINITE))
			.replace("%E_DIV%", LuaWriter.quote(ScriptErrors.DIVISION_BY_ZERO))
			.replace("%E_INDEX%", LuaWriter.quote(ScriptErrors.INDEX_OUT_OF_RANGE))
			.replace("%E_NULL%", LuaWriter.quote(ScriptErrors.NULL_VALUE))
			.replace("%E_JSON%", LuaWriter.quote(ScriptErrors.JSON_MISMATCH))
			.replace("%MAXARGS%", Integer.toString(ScriptErrors.MAX_COMMAND_ARGUMENTS))
			.replace("%E_ARGS%", LuaWriter.quote(ScriptErrors.TOO_MANY_ARGUMENTS))
			.replace("%MARKER%", LuaWriter.quote(FAILURE_MARKER + " "));
	}

	private static final String TEMPLATE = load();

	/** What comes before the first helper: the table and the constants. */
	private static final String HEAD;

	/** The helpers by name, in the prelude's order. */
	private static final Map<String, Helper> HELPERS = new LinkedHashMap<>();

	static {
		String text = filled();
		int first = text.indexOf("\nfunction redipy.") + 1;
		HEAD = text.substring(0, first);
		// a helper runs from "function redipy.name(" to the first "end" at the start of a
		// line
		int at = first;
		while (at < text.length()) {
			int end = text.indexOf("\nend\n", at);
			if (!text.startsWith("function redipy.", at) || end < 0) {
				throw new IllegalStateException("prelude.lua: expected a helper at " + at);
			}
			String helper = text.substring(at, end + 5);
			String name = helper.substring("function redipy.".length(), helper.indexOf('('));
			Set<String> calls = references(helper.substring(helper.indexOf('(')));
			calls.remove(name);
			HELPERS.put(name, new Helper(name, helper, calls));
			at = end + 5;
		}
	}

	private static String load() {
		try (var in = Prelude.class.getResourceAsStream("prelude.lua")) {
			if (in == null) {
				throw new IllegalStateException("prelude.lua is missing from the classpath");
			}
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
