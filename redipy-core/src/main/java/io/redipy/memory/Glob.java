package io.redipy.memory;

import io.redipy.script.ir.RawText;

/**
 * Redis's glob matching ({@code stringmatchlen}) over the bytes of store-form strings
 * (see {@link Strings}): {@code *}, {@code ?}, {@code [abc]}, {@code [^a]}, {@code [a-z]}
 * and {@code \x}, with Redis's handling of unclosed classes and its guard against
 * exponential backtracking.
 */
final class Glob {

	private final byte[] pattern;

	private final boolean matchesAll;

	Glob(String pattern) {
		this.pattern = RawText.encode(pattern);
		this.matchesAll = pattern.equals("*");
	}

	boolean matches(String text) {
		if (this.matchesAll) {
			return true;
		}
		byte[] bytes = isAscii(text) ? asciiBytes(text) : RawText.encode(text);
		return match(this.pattern, 0, bytes, 0, new boolean[1]);
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

	@SuppressWarnings("deprecation")
	private static byte[] asciiBytes(String text) {
		byte[] bytes = new byte[text.length()];
		text.getBytes(0, text.length(), bytes, 0);
		return bytes;
	}

	private static int at(byte[] bytes, int index) {
		return (index < bytes.length) ? bytes[index] : 0;
	}

	private static boolean match(byte[] p, int pi, byte[] s, int si, boolean[] skipLonger) {
		while (pi < p.length && si < s.length) {
			switch (p[pi]) {
				case '*' -> {
					while (pi + 1 < p.length && p[pi + 1] == '*') {
						pi++;
					}
					if (pi + 1 == p.length) {
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
						int remaining = p.length - pi;
						if (at(p, pi) == '\\' && remaining >= 2) {
							pi++;
							if (p[pi] == s[si]) {
								matched = true;
							}
						}
						else if (at(p, pi) == ']') {
							break;
						}
						else if (remaining <= 0) {
							pi--;
							break;
						}
						else if (remaining >= 3 && p[pi + 1] == '-') {
							int start = p[pi];
							int end = p[pi + 2];
							int c = s[si];
							if (start > end) {
								int t = start;
								start = end;
								end = t;
							}
							pi += 2;
							if (c >= start && c <= end) {
								matched = true;
							}
						}
						else if (p[pi] == s[si]) {
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
				case '\\' -> {
					if (p.length - pi >= 2) {
						pi++;
					}
					if (p[pi] != s[si]) {
						return false;
					}
					si++;
				}
				default -> {
					if (p[pi] != s[si]) {
						return false;
					}
					si++;
				}
			}
			pi++;
			if (si == s.length) {
				while (pi < p.length && p[pi] == '*') {
					pi++;
				}
				break;
			}
		}
		return pi == p.length && si == s.length;
	}

}
