package io.redipy.script.lua;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.redipy.CommandException;
import io.redipy.CrossSlotException;
import io.redipy.ScriptException;
import io.redipy.script.ir.Json;
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

	/** Redis 7.0's error for a key in a script whose slot is not the declared keys'. */
	private static final String OTHER_SLOT = "ERR Script attempted to access keys that do not hash to the same slot";

	/**
	 * The same, for a key whose slot lives on another node. (During a migration a node
	 * also says this for a computed key of the script's own slot that has already moved;
	 * that rare case is reported as a cross-slot access too, though a retry would run.)
	 */
	private static final String NON_LOCAL_KEY = "ERR Script attempted to access a non local key in a cluster node";

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
					default -> Json.write(value, type);
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
	 * @param reply the reply as the driver read it: for integer, string and
	 * list-of-string results Redis's own reply (an integer, a bulk string, an array of
	 * bulk strings), for the other types JSON text as a bulk reply; {@code null} for null
	 * @return the result as the API returns it
	 */
	public @Nullable Object decode(@Nullable Object reply) {
		if (reply == null) {
			return null;
		}
		Type type = this.program.result();
		Object value;
		try {
			value = LuaCompiler.repliesNatively(type) ? fromReply(reply, type)
					: Json.read(text(reply), this.program.result());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("malformed result of script '" + this.program.name() + "'", ex);
		}
		return Values.toJava(value, type);
	}

	private static Object fromReply(Object reply, Type type) {
		return switch (type.kind()) {
			case INTEGER -> {
				if (!(reply instanceof Long number)) {
					throw new IllegalArgumentException("expected an integer reply");
				}
				yield number;
			}
			case LIST -> {
				if (!(reply instanceof List<?> items)) {
					throw new IllegalArgumentException("expected an array reply");
				}
				List<Object> list = new ArrayList<>(items.size());
				for (Object item : items) {
					list.add(text(item));
				}
				yield list;
			}
			default -> text(reply);
		};
	}

	private static String text(@Nullable Object reply) {
		if (reply instanceof String text) {
			// a store-form client's reply: bytes that are not UTF-8 already escaped
			return text;
		}
		if (!(reply instanceof byte[] bytes)) {
			throw new IllegalArgumentException("expected a bulk reply");
		}
		// decoding never leaves a lone surrogate: nothing to normalize
		return new String(bytes, StandardCharsets.UTF_8);
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
		if (reason.startsWith(OTHER_SLOT) || reason.startsWith(NON_LOCAL_KEY)) {
			// a cluster node refused a key outside the declared keys' slot: the words the
			// memory backend's cluster rules use, with the server's as the cause
			CrossSlotException outside = CrossSlotException.outsideScriptSlot(List.of(),
					CommandException.of(reason, cause));
			return new ScriptException(this.program.name(), CrossSlotException.OUTSIDE_SCRIPT_SLOT, context, outside);
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

}
