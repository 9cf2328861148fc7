package io.redipy.script;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a backend's client does to run a registered script. Internal to redipy's backends.
 */
public interface ScriptRunner {

	/**
	 * Runs a script atomically.
	 * @param <R> the result type
	 * @param script the registered script
	 * @param keys the keys' names by declared name
	 * @param args the arguments by declared name
	 * @return the result
	 */
	<R> @Nullable R runScript(RegisteredScript<R> script, Map<String, String> keys, Map<String, ?> args);

}
