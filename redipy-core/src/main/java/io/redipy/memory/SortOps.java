package io.redipy.memory;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.redipy.memory.Keyspace.Entry;
import org.jspecify.annotations.Nullable;

/**
 * {@code SORT} and {@code SORT_RO} as Redis 7.0's {@code sortCommandGeneric} runs them,
 * for the endpoint, the client API and scripts: the elements of a list, set or sorted set
 * loaded as Redis loads them, weighed by themselves or by the keys a {@code BY} pattern
 * names, sorted with Redis's comparison, cut by {@code LIMIT} as Redis clamps it, mapped
 * through {@code GET} patterns, and returned or stored as a list.
 */
final class SortOps {

	/** Redis's reply when a weight does not read as a double. */
	static final String NOT_DOUBLE = "ERR One or more scores can't be converted into double";

	/** Redis Cluster's refusal of a {@code BY} pattern that names keys. */
	static final String BY_IN_CLUSTER = "ERR BY option of SORT denied in Cluster mode.";

	/** Redis Cluster's refusal of any {@code GET}. */
	static final String GET_IN_CLUSTER = "ERR GET option of SORT denied in Cluster mode.";

	private SortOps() {
	}

	/**
	 * A parsed SORT: the options as Redis's parse leaves them.
	 *
	 * @param by the last {@code BY} pattern, or null
	 * @param dontSort whether some {@code BY} pattern had no {@code *} (Redis's
	 * {@code dontsort} stays set once set)
	 * @param offset {@code LIMIT}'s offset (0 without)
	 * @param count {@code LIMIT}'s count (-1 without)
	 * @param gets the {@code GET} patterns in order
	 * @param desc whether {@code DESC} came last of {@code ASC} and {@code DESC}
	 * @param alpha whether {@code ALPHA} was given
	 * @param store the {@code STORE} key in store form, or null
	 */
	record Request(byte @Nullable [] by, boolean dontSort, long offset, long count, List<byte[]> gets, boolean desc,
			boolean alpha, @Nullable String store) {

		Request {
			gets = List.copyOf(gets);
		}

		/**
		 * Builds a request from API options: a {@code BY} pattern without {@code *} means
		 * no sorting, as in Redis.
		 */
		static Request of(byte @Nullable [] by, long offset, long count, List<byte[]> gets, boolean desc, boolean alpha,
				@Nullable String store) {
			return new Request(by, by != null && !hasStar(by), offset, count, gets, desc, alpha, store);
		}

	}

	/**
	 * The result: the elements (or GET values, null where missing) without STORE, or the
	 * stored list's length with it.
	 *
	 * @param values the reply's values, in store form; null with STORE
	 * @param stored the stored length
	 */
	record Result(@Nullable List<@Nullable String> values, long stored) {
	}

	/** Whether a pattern has a {@code *} before its first NUL (C's strchr). */
	static boolean hasStar(byte[] pattern) {
		for (byte b : pattern) {
			if (b == 0) {
				return false;
			}
			if (b == '*') {
				return true;
			}
		}
		return false;
	}

	/**
	 * Checks a request against Redis Cluster's rules, in the order Redis's parse meets
	 * its options: a {@code BY} pattern with {@code *} and any {@code GET} are refused.
	 * @param byPatterns the BY patterns in argument order
	 */
	static void checkCluster(List<byte[]> byPatterns, boolean anyGet) {
		for (byte[] by : byPatterns) {
			if (hasStar(by)) {
				throw Errors.error(BY_IN_CLUSTER);
			}
		}
		if (anyGet) {
			throw Errors.error(GET_IN_CLUSTER);
		}
	}

	/** One element of the vector Redis sorts. */
	private static final class Item {

		final String element;

		final byte[] bytes;

		double score;

		byte @Nullable [] weight;

		Item(String element) {
			this.element = element;
			this.bytes = Wire.bytes(element);
		}

	}

	/**
	 * Runs a sort.
	 * @param db the database, under the store's lock (a sorted set is converted to its
	 * skip-list encoding, as Redis does, even by SORT_RO)
	 * @param key the key to sort, in store form
	 * @param request the options
	 * @param script whether a script runs it (Redis sorts a set it is asked not to sort)
	 * @return the result
	 */
	static Result sort(Db db, String key, Request request, boolean script) {
		Entry entry = db.readEntry(key);
		Object value = (entry != null) ? entry.value : null;
		if (value != null && !(value instanceof ListValue) && !(value instanceof SetValue)
				&& !(value instanceof ZSetValue)) {
			throw Errors.wrongType();
		}
		boolean dontSort = request.dontSort();
		boolean alpha = request.alpha();
		byte[] by = request.by();
		boolean desc = request.desc();
		String store = request.store();
		if (dontSort && value instanceof SetValue && (store != null || script)) {
			// Redis sorts a set that it would otherwise return in its own order
			dontSort = false;
			alpha = true;
			by = null;
		}
		// converting a listpack to a skiplist reads each score with strtod, and Redis's
		// SORT reads errno without clearing it: a subnormal score leaves ERANGE, which
		// fails every number the sort then parses
		boolean staleRange = false;
		if (value instanceof ZSetValue zset) {
			if (zset.isCompact()) {
				for (ZSetValue.Node x = zset.first(); x != null && !staleRange; x = x.next()) {
					staleRange = x.score() != 0 && Math.abs(x.score()) < Double.MIN_NORMAL;
				}
			}
			zset.expand();
		}
		int size = (value instanceof ListValue list) ? list.size()
				: (value instanceof SetValue set) ? set.size() : (value instanceof ZSetValue zset) ? zset.size() : 0;
		long vectorLength = size;
		long start = Math.min(Math.max(request.offset(), 0), vectorLength);
		long count = Math.min(Math.max(request.count(), -1), vectorLength);
		long end = (count < 0) ? vectorLength - 1 : start + count - 1;
		if (start >= vectorLength) {
			start = vectorLength - 1;
			end = vectorLength - 2;
		}
		if (end >= vectorLength) {
			end = vectorLength - 1;
		}
		boolean ordered = value == null || value instanceof ListValue || value instanceof ZSetValue;
		if (ordered && dontSort && (start != 0 || end != vectorLength - 1)) {
			vectorLength = end - start + 1;
		}
		List<Item> vector = new ArrayList<>((int) vectorLength);
		if (value instanceof ListValue list && dontSort) {
			if (end >= start) {
				int at = (int) (desc ? list.size() - start - 1 : start);
				while (vector.size() < vectorLength && at >= 0 && at < list.size()) {
					vector.add(new Item(list.get(at)));
					at += desc ? -1 : 1;
				}
				end -= start;
				start = 0;
			}
		}
		else if (value instanceof ListValue list) {
			for (int i = 0; i < list.size(); i++) {
				vector.add(new Item(list.get(i)));
			}
		}
		else if (value instanceof SetValue set) {
			for (String member : set.toList()) {
				vector.add(new Item(member));
			}
		}
		else if (value instanceof ZSetValue zset && dontSort) {
			ZSetValue.Node node;
			if (desc) {
				node = (start > 0) ? zset.byRank(zset.size() - start - 1) : zset.last();
			}
			else {
				node = (start > 0) ? zset.byRank(start) : zset.first();
			}
			for (long i = 0; i < vectorLength; i++) {
				vector.add(new Item(node.member()));
				node = desc ? node.previous() : node.next();
			}
			end -= start;
			start = 0;
		}
		else if (value instanceof ZSetValue zset) {
			for (ZSetValue.Node node = zset.first(); node != null; node = node.next()) {
				vector.add(new Item(node.member()));
			}
		}
		boolean notDouble = false;
		if (!dontSort) {
			for (Item item : vector) {
				byte[] weight;
				if (by != null) {
					weight = lookup(db, by, item.bytes);
					if (weight == null) {
						continue;
					}
				}
				else {
					weight = item.bytes;
				}
				if (alpha) {
					if (by != null) {
						item.weight = weight;
					}
				}
				else {
					String text = new String(weight, StandardCharsets.ISO_8859_1);
					int cEnd = RespSetsAndSortedSets.cEnd(text);
					RespSetsAndSortedSets.Strtod parsed = RespSetsAndSortedSets.strtod(text, 0, cEnd);
					item.score = parsed.value();
					if (staleRange || parsed.end() != cEnd || parsed.outOfRange() || Double.isNaN(parsed.value())
							|| inexactSubnormal(text, cEnd, parsed.value())) {
						notDouble = true;
					}
				}
			}
			if (!notDouble) {
				Comparator<Item> comparator = comparator(alpha, by != null, store != null, desc);
				if (by != null && (start != 0 || end != vectorLength - 1)) {
					// Redis's partial quicksort, whose order of elements that compare
					// equal (ALPHA weights that tie) is its own
					Item[] items = vector.toArray(new Item[0]);
					partialSort(items, 0, items.length, comparator, (int) start, (int) end);
					vector = Arrays.asList(items);
				}
				else {
					// glibc's qsort: a stable merge sort
					vector.sort(comparator);
				}
			}
		}
		if (notDouble) {
			throw Errors.error(NOT_DOUBLE);
		}
		List<byte[]> gets = request.gets();
		List<@Nullable String> out = new ArrayList<>();
		for (long j = start; j <= end; j++) {
			Item item = vector.get((int) j);
			if (gets.isEmpty()) {
				out.add(item.element);
			}
			for (byte[] pattern : gets) {
				byte[] found = lookup(db, pattern, item.bytes);
				if (found != null) {
					out.add(Wire.text(found));
				}
				else {
					out.add((store != null) ? "" : null);
				}
			}
		}
		if (store == null) {
			return new Result(out, 0);
		}
		if (!out.isEmpty()) {
			ListValue result = new ListValue();
			for (String element : out) {
				result.addLast(element);
			}
			db.replace(store, result);
			db.notify(KeyEvents.LIST, "sortstore", store);
		}
		else if (db.delete(store)) {
			db.notify(KeyEvents.GENERIC, "del", store);
		}
		return new Result(null, out.size());
	}

	/**
	 * Whether glibc's strtod sets {@code ERANGE} for a subnormal result, which it does
	 * when the text's value is not exactly the subnormal double (Redis's SORT, unlike
	 * string2d, fails on any {@code ERANGE}).
	 */
	static boolean inexactSubnormal(String text, int end, double value) {
		if (value == 0 || Double.isInfinite(value) || Math.abs(value) >= Double.MIN_NORMAL) {
			return false;
		}
		String number = text.substring(0, end).strip();
		boolean negative = number.startsWith("-");
		if (negative || number.startsWith("+")) {
			number = number.substring(1);
		}
		BigDecimal exact;
		try {
			if (number.length() > 1 && number.charAt(0) == '0'
					&& (number.charAt(1) == 'x' || number.charAt(1) == 'X')) {
				exact = hexValue(number.substring(2));
			}
			else {
				exact = new BigDecimal(number);
			}
		}
		catch (NumberFormatException | ArithmeticException ex) {
			return true;
		}
		return exact.compareTo(new BigDecimal(Math.abs(value))) != 0;
	}

	/** The exact value of hexadecimal digits with a binary exponent ({@code 1.8p-3}). */
	private static BigDecimal hexValue(String text) {
		int p = Math.max(text.indexOf('p'), text.indexOf('P'));
		String mantissa = (p >= 0) ? text.substring(0, p) : text;
		long exponent = (p >= 0) ? Long.parseLong(text.substring(p + 1).replace("+", "")) : 0;
		int dot = mantissa.indexOf('.');
		String digits = (dot >= 0) ? mantissa.substring(0, dot) + mantissa.substring(dot + 1) : mantissa;
		if (dot >= 0) {
			exponent -= 4L * (mantissa.length() - dot - 1);
		}
		BigDecimal value = new BigDecimal(new BigInteger(digits.isEmpty() ? "0" : digits, 16));
		if (exponent >= 0) {
			return value.multiply(new BigDecimal(BigInteger.TWO.pow((int) exponent)));
		}
		return value.divide(new BigDecimal(BigInteger.TWO.pow((int) -exponent)));
	}

	/**
	 * Redis's pqsort (Bentley and McIlroy's quicksort, which only descends into the parts
	 * that overlap the range {@code [from, to]}), step for step, so that elements that
	 * compare equal end up where Redis leaves them.
	 */
	private static <T> void partialSort(T[] v, int a, int n, Comparator<? super T> cmp, int from, int to) {
		while (true) {
			if (n < 7) {
				for (int pm = a + 1; pm < a + n; pm++) {
					for (int pl = pm; pl > a && cmp.compare(v[pl - 1], v[pl]) > 0; pl--) {
						swap(v, pl, pl - 1);
					}
				}
				return;
			}
			int pm = a + n / 2;
			if (n > 7) {
				int pl = a;
				int pn = a + n - 1;
				if (n > 40) {
					int d = n / 8;
					pl = median(v, pl, pl + d, pl + 2 * d, cmp);
					pm = median(v, pm - d, pm, pm + d, cmp);
					pn = median(v, pn - 2 * d, pn - d, pn, cmp);
				}
				pm = median(v, pl, pm, pn, cmp);
			}
			swap(v, a, pm);
			int pa = a + 1;
			int pb = a + 1;
			int pc = a + n - 1;
			int pd = a + n - 1;
			while (true) {
				int c;
				while (pb <= pc && (c = cmp.compare(v[pb], v[a])) <= 0) {
					if (c == 0) {
						swap(v, pa, pb);
						pa++;
					}
					pb++;
				}
				while (pb <= pc && (c = cmp.compare(v[pc], v[a])) >= 0) {
					if (c == 0) {
						swap(v, pc, pd);
						pd--;
					}
					pc--;
				}
				if (pb > pc) {
					break;
				}
				swap(v, pb, pc);
				pb++;
				pc--;
			}
			int pn = a + n;
			int r = Math.min(pa - a, pb - pa);
			swapRuns(v, a, pb - r, r);
			r = Math.min(pd - pc, pn - pd - 1);
			swapRuns(v, pb, pn - r, r);
			r = pb - pa;
			if (r > 1 && overlaps(a, a + r - 1, from, to)) {
				partialSort(v, a, r, cmp, from, to);
			}
			r = pd - pc;
			if (r > 1) {
				a = pn - r;
				n = r;
				if (overlaps(a, a + r - 1, from, to)) {
					continue;
				}
			}
			return;
		}
	}

	private static boolean overlaps(int first, int last, int from, int to) {
		return !((from < first && to < first) || (from > last && to > last));
	}

	private static <T> int median(T[] v, int a, int b, int c, Comparator<? super T> cmp) {
		return (cmp.compare(v[a], v[b]) < 0)
				? ((cmp.compare(v[b], v[c]) < 0) ? b : ((cmp.compare(v[a], v[c]) < 0) ? c : a))
				: ((cmp.compare(v[b], v[c]) > 0) ? b : ((cmp.compare(v[a], v[c]) < 0) ? a : c));
	}

	private static <T> void swap(T[] v, int i, int j) {
		T t = v[i];
		v[i] = v[j];
		v[j] = t;
	}

	private static <T> void swapRuns(T[] v, int i, int j, int n) {
		for (int k = 0; k < n; k++) {
			swap(v, i + k, j + k);
		}
	}

	/** Redis's sortCompare for the options of one sort. */
	private static Comparator<Item> comparator(boolean alpha, boolean byPattern, boolean store, boolean desc) {
		Comparator<Item> compare;
		if (!alpha) {
			compare = (a, b) -> {
				if (a.score > b.score) {
					return 1;
				}
				if (a.score < b.score) {
					return -1;
				}
				return Arrays.compareUnsigned(a.bytes, b.bytes);
			};
		}
		else if (byPattern) {
			compare = (a, b) -> {
				if (a.weight == null || b.weight == null) {
					return (a.weight == b.weight) ? 0 : (a.weight == null) ? -1 : 1;
				}
				return store ? Arrays.compareUnsigned(a.weight, b.weight) : collate(a.weight, b.weight);
			};
		}
		else {
			compare = (a, b) -> store ? Arrays.compareUnsigned(a.bytes, b.bytes) : collate(a.bytes, b.bytes);
		}
		return desc ? (a, b) -> -compare.compare(a, b) : compare;
	}

	/**
	 * Redis's strcoll under the C (and glibc's C.UTF-8) collation: the bytes as unsigned
	 * up to the first NUL of each.
	 */
	private static int collate(byte[] a, byte[] b) {
		int i = 0;
		while (true) {
			int x = (i < a.length) ? a[i] & 0xff : 0;
			int y = (i < b.length) ? b[i] & 0xff : 0;
			if (x != y) {
				return x - y;
			}
			if (x == 0) {
				return 0;
			}
			i++;
		}
	}

	/**
	 * Redis's lookupKeyByPattern: {@code #} is the element itself; else the first
	 * {@code *} is replaced by the element and the key's string value is read, or with
	 * {@code ->field} after the {@code *} the field of the key's hash; null when the
	 * pattern has no {@code *}, the key is missing or of another type, or the field is
	 * missing. Patterns are read as C strings where Redis reads them so (a NUL ends the
	 * search for {@code *} and {@code ->}).
	 */
	static byte @Nullable [] lookup(Db db, byte[] pattern, byte[] element) {
		int cEnd = 0;
		while (cEnd < pattern.length && pattern[cEnd] != 0) {
			cEnd++;
		}
		if (pattern.length > 0 && pattern[0] == '#' && (pattern.length == 1 || pattern[1] == 0)) {
			return element;
		}
		int star = -1;
		for (int i = 0; i < cEnd; i++) {
			if (pattern[i] == '*') {
				star = i;
				break;
			}
		}
		if (star < 0) {
			return null;
		}
		int arrow = -1;
		for (int i = star + 1; i + 1 < cEnd; i++) {
			if (pattern[i] == '-' && pattern[i + 1] == '>') {
				arrow = i;
				break;
			}
		}
		int fieldLength = 0;
		byte[] field = null;
		if (arrow >= 0 && arrow + 2 < cEnd) {
			fieldLength = pattern.length - arrow - 2;
			field = Arrays.copyOfRange(pattern, arrow + 2, pattern.length);
		}
		int postfixLength = pattern.length - (star + 1) - ((fieldLength > 0) ? fieldLength + 2 : 0);
		byte[] name = new byte[star + element.length + postfixLength];
		System.arraycopy(pattern, 0, name, 0, star);
		System.arraycopy(element, 0, name, star, element.length);
		System.arraycopy(pattern, star + 1, name, star + element.length, postfixLength);
		Entry entry = db.readEntry(Wire.text(name));
		if (entry == null) {
			return null;
		}
		if (field != null) {
			if (!(entry.value instanceof HashValue hash)) {
				return null;
			}
			String found = hash.get(Wire.text(field));
			return (found != null) ? Wire.bytes(found) : null;
		}
		if (!Strings.isString(entry.value)) {
			return null;
		}
		return Wire.valueBytes(Strings.stored(entry.value));
	}

}
