package io.redipy.command;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * An argument of a command as {@code COMMAND DOCS} describes it: a leaf (a key, a string,
 * a number, a pattern, a token) or a group of arguments (one of them, or all of them in a
 * block).
 *
 * <p>
 * Internal: part of the memory store's endpoint.
 *
 * @param name the name, such as {@code "seconds"} or {@code "condition"}
 * @param type the type
 * @param token the word that precedes the argument (or is the argument, for a pure
 * token), or {@code null}
 * @param keySpecIndex for a key, the index of the key spec that finds it; otherwise -1
 * @param since the version that added the argument, or {@code null}
 * @param deprecatedSince the version that deprecated the argument, or {@code null}
 * @param optional whether the argument may be left out
 * @param multiple whether the argument may be repeated
 * @param multipleToken whether a repeated argument repeats its token too
 * @param arguments the arguments of a group; empty for a leaf
 */
public record Argument(String name, ArgumentType type, @Nullable String token, int keySpecIndex, @Nullable String since,
		@Nullable String deprecatedSince, boolean optional, boolean multiple, boolean multipleToken,
		List<Argument> arguments) {

	/**
	 * Checks the argument and copies its children.
	 * @param name the name
	 * @param type the type
	 * @param token the token or {@code null}
	 * @param keySpecIndex the key spec's index, -1 unless a key
	 * @param since the version or {@code null}
	 * @param deprecatedSince the version or {@code null}
	 * @param optional whether optional
	 * @param multiple whether repeated
	 * @param multipleToken whether the token repeats
	 * @param arguments the children
	 */
	public Argument {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		arguments = List.copyOf(arguments);
		boolean group = type == ArgumentType.ONEOF || type == ArgumentType.BLOCK;
		if (group == arguments.isEmpty()) {
			throw new IllegalArgumentException("'" + name + "': a group has arguments, a leaf none");
		}
		if ((type == ArgumentType.KEY) ? keySpecIndex < 0 : (keySpecIndex >= 0 && type != ArgumentType.PATTERN)) {
			// a pattern may name keys of a spec too (SORT's BY and GET)
			throw new IllegalArgumentException(
					"'" + name + "': a key, and only a key or a pattern, has a key spec index");
		}
		if (type == ArgumentType.PURE_TOKEN && token == null) {
			throw new IllegalArgumentException("'" + name + "': a pure token needs its token");
		}
	}

}
