package io.redipy.command;

/**
 * Redis's glob matching without regard to case (stringmatchlen with nocase), for
 * {@code COMMAND LIST FILTERBY PATTERN}. The memory store has its own, case-sensitive
 * matcher for keys; this package must not depend on the store, and command names are
 * short ASCII, so this small copy of the algorithm stays here.
 */
final class NamePattern {

	private NamePattern() {
	}

	/**
	 * Returns whether a name matches a pattern, ASCII case folded.
	 * @param pattern the pattern's bytes
	 * @param name the name's bytes
	 * @return whether it matches
	 */
	static boolean matches(byte[] pattern, byte[] name) {
		return match(pattern, 0, name, 0, new boolean[1]);
	}

	/**
	 * The byte at an index, or 0 past the end (C's terminating NUL, which Redis reads).
	 */
	private static int at(byte[] bytes, int index) {
		return (index < bytes.length) ? bytes[index] : 0;
	}

	private static int lower(int c) {
		return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
	}

	private static boolean match(byte[] p, int pi, byte[] s, int si, boolean[] skipLonger) {
		while (pi < p.length && si < s.length) {
			switch (p[pi]) {
				case '*' -> {
					while (pi < p.length && at(p, pi + 1) == '*') {
						pi++;
					}
					if (p.length - pi == 1) {
						return true;
					}
					while (si < s.length) {
						if (match(p, pi + 1, s, si, skipLonger)) {
							return true;
						}
						if (skipLonger[0]) {
							return false;
						}
						si++;
					}
					// no match for the rest anywhere: a longer match of an earlier star
					// cannot help either
					skipLonger[0] = true;
					return false;
				}
				case '?' -> si++;
				case '[' -> {
					pi++;
					boolean not = at(p, pi) == '^';
					if (not) {
						pi++;
					}
					boolean matched = false;
					while (true) {
						if (at(p, pi) == '\\' && p.length - pi >= 2) {
							pi++;
							if (p[pi] == s[si]) {
								matched = true;
							}
						}
						else if (at(p, pi) == ']') {
							break;
						}
						else if (pi >= p.length) {
							pi--;
							break;
						}
						else if (p.length - pi >= 3 && p[pi + 1] == '-') {
							int start = p[pi];
							int end = p[pi + 2];
							if (start > end) {
								int swap = start;
								start = end;
								end = swap;
							}
							// Redis orders the ends first and folds case after
							start = lower(start);
							end = lower(end);
							int c = lower(s[si]);
							pi += 2;
							if (c >= start && c <= end) {
								matched = true;
							}
						}
						else if (lower(p[pi]) == lower(s[si])) {
							matched = true;
						}
						pi++;
					}
					if (not) {
						matched = !matched;
					}
					if (!matched) {
						return false;
					}
					si++;
				}
				default -> {
					if (p[pi] == '\\' && p.length - pi >= 2) {
						pi++;
					}
					if (lower(p[pi]) != lower(s[si])) {
						return false;
					}
					si++;
				}
			}
			pi++;
			if (si == s.length) {
				while (at(p, pi) == '*') {
					pi++;
				}
				break;
			}
		}
		return pi >= p.length && si == s.length;
	}

}
