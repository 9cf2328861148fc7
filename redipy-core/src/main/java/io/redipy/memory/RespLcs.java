package io.redipy.memory;

import java.util.ArrayList;
import java.util.List;

import io.redipy.command.Reply;
import io.redipy.memory.RespCommands.Call;
import io.redipy.memory.RespCommands.Handler;
import org.jspecify.annotations.Nullable;

import static io.redipy.memory.RespCommands.add;
import static io.redipy.memory.RespCommands.bulk;
import static io.redipy.memory.RespCommands.integer;

/**
 * The endpoint's {@code LCS} (see {@link RespCommands}), as Redis 7.0's
 * {@code lcsCommand} runs it: the longest common subsequence of two string values' bytes
 * by the dynamic-programming table, read back from the end, with its matching ranges
 * ({@code IDX}) in the order Redis finds them.
 */
final class RespLcs {

	/** Redis's {@code proto-max-bulk-len}: the most bytes the table may take. */
	private static final long MAX_TABLE_BYTES = 512L * 1024 * 1024;

	private RespLcs() {
	}

	/** The family's handler (see {@link Handler}). */
	private enum Handlers implements Handler {

		LCS;

		@Override
		public @Nullable Reply run(Call c) {
			return lcs(c);
		}

	}

	/** Adds the command to the endpoint's table. */
	static void register() {
		add(Handlers.values());
	}

	private static Reply lcs(Call c) {
		String key1 = c.text(1);
		String key2 = c.text(2);
		byte[][] values = c.run((db) -> values(db, key1, key2));
		boolean len = false;
		boolean idx = false;
		boolean withMatchLen = false;
		long minMatchLen = 0;
		for (int j = 3; j < c.size(); j++) {
			boolean more = j + 1 < c.size();
			if (c.is(j, "IDX")) {
				idx = true;
			}
			else if (c.is(j, "LEN")) {
				len = true;
			}
			else if (c.is(j, "WITHMATCHLEN")) {
				withMatchLen = true;
			}
			else if (c.is(j, "MINMATCHLEN") && more) {
				minMatchLen = Math.max(c.integer(++j), 0);
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		if (len && idx) {
			throw Errors.error("ERR If you want both the length and indexes, please just use IDX.");
		}
		Result result = compute(values[0], values[1], !len || idx, idx, minMatchLen);
		if (len) {
			return integer(result.length());
		}
		if (!idx) {
			return new Reply.Bulk(result.subsequence());
		}
		List<Reply> matches = new ArrayList<>(result.matches().size());
		for (long[] match : result.matches()) {
			List<Reply> parts = new ArrayList<>(3);
			parts.add(new Reply.Array(List.of(integer(match[0]), integer(match[1]))));
			parts.add(new Reply.Array(List.of(integer(match[2]), integer(match[3]))));
			if (withMatchLen) {
				parts.add(integer(match[4]));
			}
			matches.add(new Reply.Array(parts));
		}
		return new Reply.Map(List.of(bulk("matches"), new Reply.Array(matches), bulk("len"), integer(result.length())));
	}

	/**
	 * The two keys' values as LCS reads them: looked up both, then checked (a missing key
	 * is the empty string).
	 */
	static byte[][] values(Db db, String key1, String key2) {
		Keyspace.Entry a = db.readEntry(key1);
		Keyspace.Entry b = db.readEntry(key2);
		if ((a != null && !Strings.isString(a.value)) || (b != null && !Strings.isString(b.value))) {
			throw Errors.error("ERR The specified keys must contain string values");
		}
		return new byte[][] { (a != null) ? Strings.bytes(a.value) : new byte[0],
				(b != null) ? Strings.bytes(b.value) : new byte[0] };
	}

	/**
	 * What LCS computes: the subsequence (when asked for), its length and its matching
	 * ranges ({@code [aStart, aEnd, bStart, bEnd, length]}, from the ends back, at least
	 * the minimum long, when asked for).
	 *
	 * @param subsequence the subsequence's bytes, or null
	 * @param length its length
	 * @param matches the ranges
	 */
	record Result(byte @Nullable [] subsequence, long length, List<long[]> matches) {
	}

	/**
	 * Runs Redis's {@code lcsCommand} on two values: the table of common subsequence
	 * lengths, then the walk back from its end that writes the subsequence and the
	 * ranges.
	 */
	static Result compute(byte[] a, byte[] b, boolean walk, boolean ranges, long minMatchLen) {
		int alen = a.length;
		int blen = b.length;
		long cells = (long) (alen + 1) * (blen + 1);
		if (cells * 4 > MAX_TABLE_BYTES) {
			throw Errors.error("ERR Insufficient memory, transient memory for LCS exceeds proto-max-bulk-len");
		}
		int[] lcs;
		try {
			lcs = new int[(int) cells];
		}
		catch (OutOfMemoryError ex) {
			throw Errors.error("ERR Insufficient memory, failed allocating transient memory for LCS");
		}
		int w = blen + 1;
		for (int i = 1; i <= alen; i++) {
			for (int j = 1; j <= blen; j++) {
				lcs[i * w + j] = (a[i - 1] == b[j - 1]) ? lcs[(i - 1) * w + j - 1] + 1
						: Math.max(lcs[(i - 1) * w + j], lcs[i * w + j - 1]);
			}
		}
		int length = lcs[alen * w + blen];
		if (!walk) {
			return new Result(null, length, List.of());
		}
		byte[] result = new byte[length];
		List<long[]> matches = new ArrayList<>();
		int index = length;
		int arangeStart = alen;
		int arangeEnd = 0;
		int brangeStart = 0;
		int brangeEnd = 0;
		int i = alen;
		int j = blen;
		while (i > 0 && j > 0) {
			boolean emit = false;
			if (a[i - 1] == b[j - 1]) {
				result[index - 1] = a[i - 1];
				if (arangeStart == alen) {
					arangeStart = i - 1;
					arangeEnd = i - 1;
					brangeStart = j - 1;
					brangeEnd = j - 1;
				}
				else if (arangeStart == i && brangeStart == j) {
					arangeStart--;
					brangeStart--;
				}
				else {
					emit = true;
				}
				if (arangeStart == 0 || brangeStart == 0) {
					emit = true;
				}
				index--;
				i--;
				j--;
			}
			else {
				if (lcs[(i - 1) * w + j] > lcs[i * w + j - 1]) {
					i--;
				}
				else {
					j--;
				}
				if (arangeStart != alen) {
					emit = true;
				}
			}
			long matchLen = arangeEnd - arangeStart + 1;
			if (emit) {
				if (ranges && (minMatchLen == 0 || matchLen >= minMatchLen)) {
					matches.add(new long[] { arangeStart, arangeEnd, brangeStart, brangeEnd, matchLen });
				}
				arangeStart = alen;
			}
		}
		return new Result(result, length, matches);
	}

}
