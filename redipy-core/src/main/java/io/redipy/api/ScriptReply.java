package io.redipy.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import io.redipy.CommandException;
import org.jspecify.annotations.Nullable;

/**
 * The reply of a Lua script ({@code EVAL}, {@code EVALSHA} and their read-only forms), as
 * a RESP2 client reads it: nil, an integer, a bulk string (bytes) or an array of these,
 * an array holding an error where the script put one.
 *
 * <p>
 * <b>Why RESP2, on both backends.</b> The Redis backend's connection (Lettuce, which
 * Spring Data Redis leaves on its default) negotiates RESP3, so a script's
 * {@code {map=...}}, {@code {set=...}}, {@code {double=...}}, booleans (under
 * {@code redis.setresp(3)}) and {@code {big_number=...}} reach a direct call typed; but
 * inside a batch ({@code MULTI}/{@code EXEC}) Lettuce's transaction output flattens maps
 * and sets into arrays and cannot read a boolean at all, and a connection configured for
 * RESP2 gets the RESP2 forms everywhere. Only the RESP2 form is the same in every case,
 * so it is the one both backends give: a direct call's RESP3 reply is downgraded as Redis
 * downgrades a reply for a RESP2 client, and a batch that holds a script runs its
 * transaction in RESP2 ({@code HELLO 2} before, {@code HELLO 3} after, in the same round
 * trip). The forms:
 * <ul>
 * <li>Lua strings, {@code {ok=...}} status replies and verbatim strings are {@link Bulk}s
 * of their bytes (Lettuce does not tell a status from a bulk string, and gives a verbatim
 * string without its format);</li>
 * <li>Lua numbers are {@link Int}s (truncated towards zero), {@code true} is
 * {@code Int(1)} and {@code false} is {@link Nil} (under {@code redis.setresp(3)},
 * {@code false} is {@code Int(0)}, as Redis writes {@code #f} for RESP2);</li>
 * <li>{@code {double=x}} is a {@link Bulk} of Redis's {@code %.17g} text ({@code inf},
 * {@code -inf}; NaN reads {@code nan} whatever its sign, as RESP3 carries it, except in a
 * batch on Redis, where the negative NaN of Lua's {@code 0/0} reads {@code -nan});
 * {@code {big_number=...}} a {@link Bulk} of its digits;</li>
 * <li>a table is an {@link Array} of its elements up to the first nil; {@code {map=t}} a
 * flat {@link Array} of keys and values, {@code {set=t}} an {@link Array} of its members,
 * in Lua's iteration order;</li>
 * <li>an {@code {err=...}} inside a table is an {@link Error} element (one returned as
 * the whole reply is thrown, see {@link ScriptingCommands}).</li>
 * </ul>
 *
 * <p>
 * The accessors ({@link #asLong()}, {@link #asText()}, {@link #asList()}, ...) read the
 * expected shape and throw an {@link IllegalStateException} naming the shape found when
 * it is another; on an {@link Error} element they throw its {@link CommandException}.
 * Instances are immutable; {@code equals} compares contents (bytes for bulk strings).
 */
public sealed interface ScriptReply {

	/** The nil reply. */
	Nil NIL = new Nil();

	/**
	 * Returns whether this is {@link Nil}.
	 * @return whether it is
	 */
	default boolean isNil() {
		return this instanceof Nil;
	}

	/**
	 * Returns the value of an {@link Int}.
	 * @return the integer
	 * @throws IllegalStateException if this is not an integer
	 * @throws CommandException if this is an {@link Error} element
	 */
	default long asLong() {
		if (this instanceof Int integer) {
			return integer.value();
		}
		throw mismatch("an integer");
	}

	/**
	 * Returns the bytes of a {@link Bulk}, or {@code null} for {@link Nil}.
	 * @return a copy of the bytes, or {@code null}
	 * @throws IllegalStateException if this is neither
	 * @throws CommandException if this is an {@link Error} element
	 */
	default byte @Nullable [] asBytes() {
		if (this instanceof Bulk bulk) {
			return bulk.bytes();
		}
		if (this instanceof Nil) {
			return null;
		}
		throw mismatch("a bulk string");
	}

	/**
	 * Returns the text of a {@link Bulk} (see {@link Bulk#text()}), or {@code null} for
	 * {@link Nil}.
	 * @return the text, or {@code null}
	 * @throws IllegalStateException if this is neither, or the bytes are not UTF-8
	 * @throws CommandException if this is an {@link Error} element
	 */
	default @Nullable String asText() {
		if (this instanceof Bulk bulk) {
			return bulk.text();
		}
		if (this instanceof Nil) {
			return null;
		}
		throw mismatch("a bulk string");
	}

	/**
	 * Returns the elements of an {@link Array}.
	 * @return the elements, immutable
	 * @throws IllegalStateException if this is not an array
	 * @throws CommandException if this is an {@link Error} element
	 */
	default List<ScriptReply> asList() {
		if (this instanceof Array array) {
			return array.elements();
		}
		throw mismatch("an array");
	}

	/**
	 * Returns the elements of an {@link Array} of bulk strings and nils as text.
	 * @return the texts ({@code null} for a nil element), in a new list
	 * @throws IllegalStateException if this is not an array, an element is another shape
	 * or not UTF-8
	 * @throws CommandException if this or an element is an {@link Error}
	 */
	default List<@Nullable String> asTextList() {
		List<@Nullable String> texts = new ArrayList<>();
		for (ScriptReply element : asList()) {
			texts.add(element.asText());
		}
		return texts;
	}

	/**
	 * The exception for an accessor that does not fit this reply.
	 * @param expected what the accessor reads, such as {@code "an integer"}
	 * @return the exception to throw
	 */
	private RuntimeException mismatch(String expected) {
		if (this instanceof Error error) {
			return CommandException.of(error.message());
		}
		return new IllegalStateException("The script replied " + this + ", not " + expected);
	}

	/**
	 * Nil: a Lua {@code nil} or {@code false}, or a command's nil passed on.
	 */
	record Nil() implements ScriptReply {

		@Override
		public String toString() {
			return "nil";
		}

	}

	/**
	 * An integer: a Lua number (truncated) or {@code true} (1).
	 *
	 * @param value the value
	 */
	record Int(long value) implements ScriptReply {

		@Override
		public String toString() {
			return "integer " + this.value;
		}

	}

	/**
	 * A bulk string: any bytes (a Lua string, a status, a double's text, ...).
	 *
	 * @param bytes the bytes (copied in; {@link #bytes()} returns a copy)
	 */
	record Bulk(byte[] bytes) implements ScriptReply {

		/**
		 * Copies the bytes.
		 * @param bytes the bytes
		 */
		public Bulk {
			bytes = bytes.clone();
		}

		/**
		 * Returns a bulk string of the UTF-8 bytes of a text.
		 * @param text the text
		 * @return the bulk string
		 */
		public static Bulk of(String text) {
			return new Bulk(text.getBytes(StandardCharsets.UTF_8));
		}

		/**
		 * Returns a copy of the bytes.
		 * @return the bytes
		 */
		@Override
		public byte[] bytes() {
			return this.bytes.clone();
		}

		/**
		 * Returns the bytes decoded as UTF-8. Bytes that are not UTF-8 are never
		 * replaced: read them with {@link #bytes()}.
		 * @return the text
		 * @throws IllegalStateException if the bytes are not valid UTF-8
		 */
		public String text() {
			try {
				return StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(this.bytes))
					.toString();
			}
			catch (CharacterCodingException ex) {
				throw new IllegalStateException("The script replied a bulk string that is not UTF-8 ("
						+ HexFormat.of().formatHex(this.bytes, 0, Math.min(this.bytes.length, 32))
						+ ((this.bytes.length > 32) ? "..." : "") + "): read its bytes()", ex);
			}
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Bulk bulk && Arrays.equals(this.bytes, bulk.bytes);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.bytes);
		}

		@Override
		public String toString() {
			String text = new String(this.bytes, StandardCharsets.UTF_8);
			boolean exact = Arrays.equals(text.getBytes(StandardCharsets.UTF_8), this.bytes);
			return "bulk " + (exact ? "\"" + text + "\"" : "0x" + HexFormat.of().formatHex(this.bytes));
		}

	}

	/**
	 * An array: a Lua table's elements up to the first nil, or a map's keys and values,
	 * or a set's members.
	 *
	 * @param elements the elements (copied in)
	 */
	record Array(List<ScriptReply> elements) implements ScriptReply {

		/**
		 * Copies the elements.
		 * @param elements the elements
		 */
		public Array {
			elements = List.copyOf(elements);
		}

		@Override
		public String toString() {
			return "array " + this.elements;
		}

	}

	/**
	 * An error inside an array: an {@code {err=...}} table, or a failed
	 * {@code redis.pcall}'s result, that the script put into its reply.
	 *
	 * @param message Redis's error text, starting with its code ({@code ERR ...})
	 */
	record Error(String message) implements ScriptReply {

		/**
		 * Checks the message.
		 * @param message the message
		 */
		public Error {
			Objects.requireNonNull(message, "message");
		}

		/**
		 * Returns the exception the API throws for this error.
		 * @return the exception, of the type {@link CommandException#of(String)} gives
		 */
		public CommandException exception() {
			return CommandException.of(this.message);
		}

		@Override
		public String toString() {
			return "error \"" + this.message + "\"";
		}

	}

}
