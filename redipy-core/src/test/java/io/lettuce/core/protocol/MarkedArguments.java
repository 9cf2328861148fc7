package io.lettuce.core.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Test access to what Lettuce holds for a command's arguments: each argument's bytes and
 * whether it was added as a key. Lettuce exposes only the first key
 * ({@link CommandArgs#getFirstEncodedKey()}), so this reads its package-private list, the
 * same list its cluster routing and its encoder read; it lives in Lettuce's package for
 * that reason only (as Lettuce's own {@code CommandArgsAccessor} does).
 */
public final class MarkedArguments {

	private MarkedArguments() {
	}

	/**
	 * Returns the arguments Lettuce will send, in order.
	 * @param args the arguments of a command
	 * @return each argument's bytes and whether it is marked as a key
	 */
	public static List<Argument> of(CommandArgs<?, ?> args) {
		List<Argument> arguments = new ArrayList<>();
		for (CommandArgs.SingularArgument argument : args.singularArguments) {
			ByteBuf buffer = Unpooled.buffer();
			try {
				argument.encode(buffer);
				arguments.add(new Argument(bulk(buffer), argument instanceof CommandArgs.KeyArgument));
			}
			finally {
				buffer.release();
			}
		}
		return arguments;
	}

	/** Reads one RESP bulk string ({@code $n CRLF bytes CRLF}), as Lettuce encodes it. */
	private static byte[] bulk(ByteBuf buffer) {
		String encoded = buffer.toString(StandardCharsets.ISO_8859_1);
		if (!encoded.startsWith("$") || !encoded.endsWith("\r\n")) {
			throw new IllegalStateException("not one bulk string: " + encoded);
		}
		int header = encoded.indexOf("\r\n");
		int length = Integer.parseInt(encoded.substring(1, header));
		byte[] bytes = new byte[length];
		buffer.getBytes(header + 2, bytes);
		if (header + 2 + length + 2 != encoded.length()) {
			throw new IllegalStateException("not one bulk string: " + encoded);
		}
		return bytes;
	}

	/**
	 * One argument as Lettuce holds it.
	 *
	 * @param bytes what is sent
	 * @param key whether it was added as a key
	 */
	public record Argument(byte[] bytes, boolean key) {

		/**
		 * Returns the bytes as UTF-8 text.
		 * @return the text
		 */
		public String text() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

	}

}
