package io.redipy;

import org.jspecify.annotations.Nullable;

/**
 * A script failed while it ran: a command inside it was rejected (the cause is the same
 * {@link CommandException} subtype the command raises outside scripts), the script raised
 * an error itself, or an operation of the script language failed (division by zero, an
 * index out of range, an integer beyond ±(2^53 - 1)).
 *
 * <p>
 * Effects the script made before it failed stay, on both backends, as Redis does not roll
 * scripts back. On the Redis backend the message also shows the generated Lua line.
 */
public class ScriptException extends RedipyException {

	private static final long serialVersionUID = 1L;

	/** Name of the script that failed. */
	private final String scriptName;

	/** What failed, without the script's name. */
	private final String reason;

	/**
	 * Creates the exception.
	 * @param scriptName the script's name
	 * @param reason what failed, without the script's name
	 * @param context more detail (such as the Lua line), or {@code null}
	 * @param cause the command's exception, or {@code null}
	 */
	public ScriptException(String scriptName, String reason, @Nullable String context, @Nullable Throwable cause) {
		super("Script '" + scriptName + "' failed: " + reason + ((context != null) ? "\n" + context : ""), cause);
		this.scriptName = scriptName;
		this.reason = reason;
	}

	/**
	 * Returns the script's name.
	 * @return the name
	 */
	public String scriptName() {
		return this.scriptName;
	}

	/**
	 * Returns what failed, the same text on both backends.
	 * @return the reason
	 */
	public String reason() {
		return this.reason;
	}

}
