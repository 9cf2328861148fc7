package io.redipy.server;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection's pipeline on an embedded channel: how its replies are flushed and when it
 * stops reading.
 */
class ConnectionTests {

	private static EmbeddedChannel channel(FakeEngine engine) {
		ServerOptions options = ServerOptions.defaults();
		return new EmbeddedChannel(new RespDecoder(options.maxInlineRequest(), options.maxBulkLength()),
				new Connection(engine, options, new AtomicInteger()));
	}

	@Test
	void repliesToOneReadAreWrittenInOneFlush() {
		EmbeddedChannel channel = channel(new FakeEngine());
		channel.writeInbound(Unpooled.copiedBuffer("PING\r\n".repeat(100), StandardCharsets.US_ASCII));
		ByteBuf written = channel.readOutbound();
		assertThat(written.toString(StandardCharsets.US_ASCII)).isEqualTo("+PONG\r\n".repeat(100));
		written.release();
		Object second = channel.readOutbound();
		assertThat(second).as("a second write").isNull();
		channel.finishAndReleaseAll();
	}

	@Test
	void blockedSessionStopsTheReadingOfInput() {
		EmbeddedChannel channel = channel(new FakeEngine());
		assertThat(channel.config().isAutoRead()).isTrue();
		channel.writeInbound(Unpooled.copiedBuffer("LATER 60000 x\r\nPING\r\n", StandardCharsets.US_ASCII));
		assertThat(channel.config().isAutoRead()).isFalse();
		Object answer = channel.readOutbound();
		assertThat(answer).as("nothing answered yet").isNull();
		channel.finishAndReleaseAll();
	}

	@Test
	void sessionIsClosedWithItsConnection() {
		FakeEngine engine = new FakeEngine();
		EmbeddedChannel channel = channel(engine);
		assertThat(engine.openSessions.get()).isEqualTo(1);
		channel.close();
		assertThat(engine.closedSessions.get()).isEqualTo(1);
		channel.finishAndReleaseAll();
	}

}
