package io.redipy.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decoder on its own: how requests split into arguments, byte by byte as well as at
 * once.
 */
class RespDecoderTests {

	private static List<String> decode(String input, boolean byteByByte) {
		EmbeddedChannel channel = new EmbeddedChannel(new RespDecoder(64 * 1024, 512 * 1024 * 1024));
		byte[] bytes = input.getBytes(StandardCharsets.ISO_8859_1);
		if (byteByByte) {
			for (byte b : bytes) {
				channel.writeInbound(Unpooled.wrappedBuffer(new byte[] { b }));
			}
		}
		else {
			channel.writeInbound(Unpooled.wrappedBuffer(bytes));
		}
		List<String> commands = new ArrayList<>();
		Object message;
		while ((message = channel.readInbound()) != null) {
			if (message instanceof RespDecoder.ProtocolError error) {
				commands.add(error.text());
			}
			else {
				List<String> args = new ArrayList<>();
				for (byte[] arg : (byte[][]) message) {
					args.add(new String(arg, StandardCharsets.ISO_8859_1));
				}
				commands.add(args.toString());
			}
		}
		channel.finishAndReleaseAll();
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
		EmbeddedChannel channel = new EmbeddedChannel(new RespDecoder(64 * 1024, 512 * 1024 * 1024, 1000));
		channel.writeInbound(Unpooled.copiedBuffer(
				"*5\r\n" + "$10\r\n0123456789\r\n".repeat(5) + "*1000\r\n" + "$10\r\n0123456789\r\n".repeat(100),
				StandardCharsets.US_ASCII));
		byte[][] first = channel.readInbound();
		assertThat(first).hasNumberOfRows(5);
		Object second = channel.readInbound();
		assertThat(second).as("the command past the limit").isNull();
		assertThat(channel.isOpen()).isFalse();
		channel.finishAndReleaseAll();
	}

}
