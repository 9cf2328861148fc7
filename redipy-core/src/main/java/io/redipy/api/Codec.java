package io.redipy.api;

/**
 * Turns a Java type into the bytes Redis stores and back, for the typed view of the
 * commands ({@link TypedCommands}, obtained with
 * {@link io.redipy.RedipyClient#withCodecs}). The role of Lettuce's {@code RedisCodec}
 * and Spring's {@code RedisSerializer}: redipy works on bytes, a codec is the view.
 *
 * <p>
 * A codec must be thread-safe and should be a bijection on the values it is used for:
 * {@code decode(encode(x))} equals {@code x}, so that what a command returns compares
 * equal to what was written. Neither method is ever called with {@code null}; a missing
 * value stays {@code null} without a call. An exception thrown by {@link #encode} is
 * thrown before the command runs; one thrown by {@link #decode} reaches the caller after
 * the command ran.
 *
 * @param <T> the Java type
 */
public interface Codec<T> {

	/**
	 * Returns the bytes of a value.
	 * @param value the value, never {@code null}
	 * @return its bytes, never {@code null}; the caller does not change them
	 */
	byte[] encode(T value);

	/**
	 * Returns the value of bytes read from the backend.
	 * @param bytes the bytes, never {@code null}; owned by the codec (not used again)
	 * @return the value
	 */
	T decode(byte[] bytes);

	/**
	 * Returns the codec that passes bytes as they are (not copied).
	 * @return the byte codec
	 */
	static Codec<byte[]> bytes() {
		return BuiltinCodecs.BYTES;
	}

	/**
	 * Returns the codec of text as UTF-8, the encoding of the {@code String} API: bytes
	 * that are not valid UTF-8 decode as U+FFFD, and a lone surrogate encodes as
	 * {@code '?'}, as Java's, Lettuce's and Spring's UTF-8 codecs do.
	 * @return the UTF-8 codec
	 */
	static Codec<String> utf8() {
		return BuiltinCodecs.UTF8;
	}

}
