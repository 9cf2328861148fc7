package io.redipy.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decoder on its own: how requests split into arguments, byte by byte as well as at
 * once.
 */
class RespDecoderTests {

	private static List<String> decode(String input, boolean byteByByte) {
		return decode(new RespDecoder(64 * 1024, 512 * 1024 * 1024), input, byteByByte ? 1 : Integer.MAX_VALUE);
	}

	/**
	 * Feeds the input in pieces of at most {@code piece} bytes through one reused array,
	 * as an event loop feeds its read array, and decodes after each piece.
	 */
	private static List<String> decode(RespDecoder decoder, String input, int piece) {
		byte[] bytes = input.getBytes(StandardCharsets.ISO_8859_1);
		byte[] array = new byte[Math.min(bytes.length, piece)];
		List<String> commands = new ArrayList<>();
		for (int from = 0; from < bytes.length; from += piece) {
			int length = Math.min(piece, bytes.length - from);
			// whatever the previous piece left in the array must not matter
			java.util.Arrays.fill(array, (byte) '?');
			System.arraycopy(bytes, from, array, 0, length);
			decoder.feed(array, length);
			Object message;
			while ((message = decoder.next()) != null) {
				if (message instanceof RespDecoder.ProtocolError error) {
					commands.add(error.text());
				}
				else if (message == RespDecoder.OVERSIZED) {
					commands.add("OVERSIZED");
				}
				else {
					List<String> args = new ArrayList<>();
					for (byte[] arg : (byte[][]) message) {
						args.add(new String(arg, StandardCharsets.ISO_8859_1));
					}
					commands.add(args.toString());
				}
			}
			decoder.keepTail();
		}
		return commands;
	}

	private static void check(String input, String... expected) {
		assertThat(decode(input, false)).as("at once").containsExactly(expected);
		assertThat(decode(input, true)).as("byte by byte").containsExactly(expected);
	}

	@Test
	void multibulkRequestsInOneBuffer() {
		check("*1\r\n$4\r\nPING\r\n*2\r\n$4\r\nECHO\r\n$0\r\n\r\n", "[PING]", "[ECHO, ]");
	}

	@Test
	void bulkTrailerIsSkippedUnchecked() {
		check("*1\r\n$4\r\nPINGxxPING\r\n", "[PING]", "[PING]");
	}

	@Test
	void inlineQuotingAsSdssplitargs() {
		check("SET \"a b\" 'c\\'d' \"\\x41\\n\" e\"f g\"\r\n", "[SET, a b, c'd, A\n, ef g]");
	}

	@Test
	void protocolErrorEndsDecoding() {
		check("PING\r\n*x\r\nPING\r\n", "[PING]", "ERR Protocol error: invalid multibulk length");
	}

	@Test
	void bigBulkArrivesInPieces() {
		String big = "x".repeat(100_000);
		assertThat(decode("*2\r\n$4\r\nECHO\r\n$100000\r\n" + big + "\r\n", true))
			.containsExactly("[ECHO, " + big + "]");
	}

	@Test
	void commandBeyondTheQueryLimitClosesTheConnection() {
		RespDecoder decoder = new RespDecoder(64 * 1024, 512 * 1024 * 1024, 1000);
		List<String> decoded = decode(decoder, "*5\r\n" + "$10\r\n0123456789\r\n".repeat(5) + "*1000\r\n"
				+ "$10\r\n0123456789\r\n".repeat(100) + "PING\r\n", Integer.MAX_VALUE);
		assertThat(decoded).hasSize(2);
		assertThat(decoded.get(0)).startsWith("[0123456789, ");
		assertThat(decoded.get(1)).as("the command past the limit, then nothing").isEqualTo("OVERSIZED");
	}

	@Test
	void framesSplitAtEveryPieceSizeDecodeAlike() {
		String input = "*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\nv\r\nv\0\r\nPING a\r\n*1\r\n$4\r\nPING\r\n"
				+ "*2\r\n$4\r\nECHO\r\n$40000\r\n" + "y".repeat(40_000) + "\r\nECHO \"q\\x41\"\n";
		List<String> whole = decode(new RespDecoder(64 * 1024, 512 * 1024 * 1024), input, Integer.MAX_VALUE);
		assertThat(whole).hasSize(5);
		for (int piece : new int[] { 1, 2, 3, 5, 7, 13, 64, 1000, 4096, 39_999, 65_536 }) {
			assertThat(decode(new RespDecoder(64 * 1024, 512 * 1024 * 1024), input, piece)).as("pieces of %d", piece)
				.isEqualTo(whole);
		}
	}

	@Test
	void onlyTheTailOfAnIncompleteFrameIsHeld() {
		RespDecoder decoder = new RespDecoder(64 * 1024, 512 * 1024 * 1024);
		byte[] bytes = "PING\r\nPING\r\n*2\r\n$4\r\nECHO\r\n$3\r\nab".getBytes(StandardCharsets.US_ASCII);
		decoder.feed(bytes, bytes.length);
		assertThat(decoder.next()).isNotNull();
		assertThat(decoder.next()).isNotNull();
		assertThat(decoder.next()).as("the ECHO is not complete").isNull();
		decoder.keepTail();
		// the count and the first argument are decoded: only the second's bytes wait
		assertThat(decoder.held()).isEqualTo("ab".length());
		byte[] rest = "c\r\n".getBytes(StandardCharsets.US_ASCII);
		decoder.feed(rest, rest.length);
		assertThat((byte[][]) decoder.next()).hasNumberOfRows(2);
		decoder.keepTail();
		assertThat(decoder.held()).isZero();
	}

}
