package io.redipy.differential;

import io.redipy.RedipyClient;
import io.redipy.server.RespBackend;

/**
 * The script differential test with a third oracle: the Lua the DSL compiler generates,
 * run by redipy's Redis backend on the memory store's own Lua engine (through its RESP
 * endpoint, RESP3), must give the same results, errors and data as the DSL interpreter on
 * the memory backend and as a real Redis. It checks the compiler, and the Lua engine,
 * without a server of Redis's.
 */
class LuaOracleScriptDifferentialTests extends ScriptDifferentialTests {

	@Override
	protected RedipyClient third() {
		return RespBackend.of(3).client("sd:");
	}

}
