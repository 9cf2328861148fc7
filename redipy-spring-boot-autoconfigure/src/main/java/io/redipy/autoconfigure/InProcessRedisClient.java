package io.redipy.autoconfigure;

import java.net.SocketAddress;

import io.lettuce.core.ConnectionBuilder;
import io.lettuce.core.ConnectionEvents;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelOption;
import io.netty.channel.local.LocalChannel;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * A Lettuce client whose connections, plain and pub/sub, go to the memory endpoint's
 * {@link InProcessEndpoint} over a Netty {@link LocalChannel} instead of a TCP socket.
 * Everything else is Lettuce's own: the handshake ({@code HELLO}, {@code AUTH},
 * {@code CLIENT SETINFO}), the command handler, timeouts and reconnection, which connects
 * to the same in-process address again.
 */
final class InProcessRedisClient extends RedisClient {

	private final InProcessEndpoint endpoint;

	InProcessRedisClient(@Nullable ClientResources resources, RedisURI uri, InProcessEndpoint endpoint) {
		super(resources, uri);
		this.endpoint = endpoint;
	}

	/**
	 * Every connection goes to the in-process address, whatever host the URI names, once
	 * the door is bound.
	 */
	@Override
	protected Mono<SocketAddress> getSocketAddress(RedisURI redisURI) {
		return Mono.fromFuture(this.endpoint.bound(), true).map((channel) -> this.endpoint.address());
	}

	/**
	 * Lettuce's own set-up, then a bootstrap of a {@link LocalChannel} on the endpoint's
	 * event loop in place of the TCP one (Lettuce fixes a bootstrap's channel type before
	 * any customizer runs, so the bootstrap itself is replaced).
	 */
	@Override
	protected void connectionBuilder(Mono<SocketAddress> socketAddressSupplier, ConnectionBuilder connectionBuilder,
			ConnectionEvents connectionEvents, RedisURI redisURI) {
		super.connectionBuilder(socketAddressSupplier, connectionBuilder, connectionEvents, redisURI);
		Bootstrap local = new Bootstrap().group(this.endpoint.group())
			.channel(LocalChannel.class)
			.option(ChannelOption.ALLOCATOR, ByteBufAllocator.DEFAULT)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
					Math.toIntExact(getOptions().getSocketOptions().getConnectTimeout().toMillis()));
		connectionBuilder.bootstrap(local);
	}

}
