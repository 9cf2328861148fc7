package io.redipy.script.lua;

import io.redipy.script.ir.ScriptErrors;

/**
 * The Lua helpers every compiled script starts with ({@code prelude.lua} beside this
 * class), in one private table ({@code redipy}): integer range checks, floor division,
 * byte-order string comparison, deep equality, the Redis reply conversions and the
 * type-directed JSON writer. Error texts come from {@link ScriptErrors}, so both backends
 * fail with the same words.
 */
final class Prelude {

	/** The marker that starts the error replies the script language raises. */
	static final String FAILURE_MARKER = "REDIPY";

	private Prelude() {
	}

	static String text() {
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
