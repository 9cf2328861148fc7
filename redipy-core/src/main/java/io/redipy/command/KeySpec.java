package io.redipy.command;

import java.util.Objects;
import java.util.Set;

/**
 * A Redis 7 key spec: where a command's keys are in its argument vector (first the
 * position to start from, then how to find the keys from there) and how the command uses
 * them.
 *
 * <p>
 * Internal: part of the memory store's endpoint.
 *
 * @param flags how the keys are used
 * @param begin where the search starts
 * @param find how the keys are found from there
 */
public record KeySpec(Set<KeySpecFlag> flags, BeginSearch begin, FindKeys find) {

	/**
	 * Copies the flags.
	 * @param flags the flags
	 * @param begin the start
	 * @param find the search
	 */
	public KeySpec {
		flags = Set.copyOf(flags);
		Objects.requireNonNull(begin, "begin");
		Objects.requireNonNull(find, "find");
	}

	/**
	 * Where the search for keys starts.
	 */
	public sealed interface BeginSearch {

	}

	/**
	 * The search starts at a fixed position.
	 *
	 * @param index the position, counting the command name as 0
	 */
	public record Index(int index) implements BeginSearch {

	}

	/**
	 * The search starts after a keyword, looked for from a position on (from the end
	 * backwards when negative).
	 *
	 * @param keyword the keyword, compared without regard to case
	 * @param startFrom where the look-up starts
	 */
	public record Keyword(String keyword, int startFrom) implements BeginSearch {

	}

	/**
	 * Neither where the search starts nor how the keys are found can be told from the
	 * vector's shape (SORT's BY, GET and STORE): Redis finds such keys with the command's
	 * own look-up.
	 */
	public record Unknown() implements BeginSearch, FindKeys {

	}

	/**
	 * How the keys are found from where the search starts.
	 */
	public sealed interface FindKeys {

	}

	/**
	 * The keys are a range.
	 *
	 * @param lastKey the last key relative to the start, or counted from the end of the
	 * arguments when negative (-1 the last argument)
	 * @param keyStep the distance between keys
	 * @param limit with lastKey -1, only this part of the remaining arguments (2: half);
	 * 0 for all
	 */
	public record Range(int lastKey, int keyStep, int limit) implements FindKeys {

	}

	/**
	 * An argument tells how many keys there are.
	 *
	 * @param keyNumIndex where that count is, relative to the start
	 * @param firstKey where the first key is, relative to the start
	 * @param keyStep the distance between keys
	 */
	public record KeyNum(int keyNumIndex, int firstKey, int keyStep) implements FindKeys {

	}

}
