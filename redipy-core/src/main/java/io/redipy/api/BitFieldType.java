package io.redipy.api;

/**
 * The type of an integer in a bitmap, as {@code BITFIELD} names it: signed ({@code i1} to
 * {@code i64}) or unsigned ({@code u1} to {@code u63}; Redis has no {@code u64}).
 *
 * @param signed whether the integer is signed (two's complement)
 * @param bits its width in bits
 */
public record BitFieldType(boolean signed, int bits) {

	/**
	 * Checks the width against what Redis accepts.
	 * @param signed whether the integer is signed
	 * @param bits its width
	 * @throws IllegalArgumentException if Redis has no such type
	 */
	public BitFieldType {
		if (bits < 1 || bits > (signed ? 64 : 63)) {
			throw new IllegalArgumentException("A " + (signed ? "signed" : "unsigned") + " bitfield has 1 to "
					+ (signed ? 64 : 63) + " bits, not " + bits);
		}
	}

	/**
	 * A signed integer type ({@code i<bits>}).
	 * @param bits the width, 1 to 64
	 * @return the type
	 */
	public static BitFieldType signed(int bits) {
		return new BitFieldType(true, bits);
	}

	/**
	 * An unsigned integer type ({@code u<bits>}).
	 * @param bits the width, 1 to 63
	 * @return the type
	 */
	public static BitFieldType unsigned(int bits) {
		return new BitFieldType(false, bits);
	}

	/**
	 * The type as Redis reads it: {@code i8}, {@code u16}.
	 * @return the type's name
	 */
	@Override
	public String toString() {
		return (this.signed ? "i" : "u") + this.bits;
	}

}
