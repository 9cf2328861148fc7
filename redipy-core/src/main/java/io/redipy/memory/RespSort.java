package io.redipy.memory;

import java.util.ArrayList;
import java.util.List;

import io.redipy.command.Reply;
import io.redipy.memory.RespCommands.Call;
import io.redipy.memory.RespCommands.Handler;
import org.jspecify.annotations.Nullable;

import static io.redipy.memory.RespCommands.add;
import static io.redipy.memory.RespCommands.bulks;
import static io.redipy.memory.RespCommands.integer;

/**
 * The endpoint's {@code SORT} and {@code SORT_RO} (see {@link RespCommands}): the options
 * read as Redis 7.0's {@code sortCommandGeneric} reads them (C-string comparison of the
 * option words, the last of repeated options winning, errors in the order Redis meets
 * them), then {@link SortOps}.
 */
final class RespSort {

	private RespSort() {
	}

	/** The family's handlers (see {@link Handler}). */
	private enum Handlers implements Handler {

		SORT, SORT_RO;

		@Override
		public @Nullable Reply run(Call c) {
			return sort(c, this == SORT_RO);
		}

	}

	/** Adds the commands to the endpoint's table. */
	static void register() {
		add(Handlers.values());
	}

	private static Reply sort(Call c, boolean readOnly) {
		boolean desc = false;
		boolean alpha = false;
		boolean dontSort = false;
		long offset = 0;
		long count = -1;
		byte[] by = null;
		byte[] store = null;
		List<byte[]> gets = new ArrayList<>();
		int argc = c.size();
		for (int j = 2; j < argc; j++) {
			int left = argc - j - 1;
			byte[] arg = c.args[j];
			if (is(arg, "asc")) {
				desc = false;
			}
			else if (is(arg, "desc")) {
				desc = true;
			}
			else if (is(arg, "alpha")) {
				alpha = true;
			}
			else if (is(arg, "limit") && left >= 2) {
				offset = c.integer(j + 1);
				count = c.integer(j + 2);
				j += 2;
			}
			else if (!readOnly && is(arg, "store") && left >= 1) {
				store = c.args[++j];
			}
			else if (is(arg, "by") && left >= 1) {
				by = c.args[++j];
				if (!SortOps.hasStar(by)) {
					dontSort = true;
				}
			}
			else if (is(arg, "get") && left >= 1) {
				gets.add(c.args[++j]);
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		String key = c.text(1);
		String destination = (store != null) ? Wire.text(store, c.store()) : null;
		SortOps.Request request = new SortOps.Request(by, dontSort, offset, count, gets, desc, alpha, destination);
		SortOps.Result result = c.run((db) -> SortOps.sort(db, key, request, c.session.script));
		if (destination != null) {
			return integer(result.stored());
		}
		return bulks(result.values());
	}

	/**
	 * C's strcasecmp of an argument with an option word: the argument compares up to its
	 * first NUL.
	 */
	private static boolean is(byte[] arg, String word) {
		int end = 0;
		while (end < arg.length && arg[end] != 0) {
			end++;
		}
		if (end != word.length()) {
			return false;
		}
		for (int i = 0; i < end; i++) {
			int b = arg[i];
			int lower = (b >= 'A' && b <= 'Z') ? b + 32 : b;
			if (lower != word.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
