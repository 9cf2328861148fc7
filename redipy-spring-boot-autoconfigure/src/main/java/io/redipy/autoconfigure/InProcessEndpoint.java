package io.redipy.autoconfigure;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalIoHandler;
import io.netty.channel.local.LocalServerChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.redipy.server.RedipyServer;

/**
 * The memory endpoint's in-process door: a Netty {@link LocalServerChannel} whose
 * connections the endpoint's server serves ({@link InProcessTransport}), and the one
 * event-loop thread that both ends of every in-process connection run on, so that a
 * request reaches the store and its reply reaches the client without a socket, a system
 * call or another thread. {@link InProcessRedisClient} connects to it.
 */
final class InProcessEndpoint implements AutoCloseable {

	private static final AtomicInteger ids = new AtomicInteger();

	private final EventLoopGroup group;

	private final LocalAddress address;

	/** The listening channel, once bound on the event loop. */
	private final CompletableFuture<Channel> bound = new CompletableFuture<>();

	/**
	 * Makes the door; its channel is bound on the event-loop thread, beside the
	 * application's start: the first Netty channel of a JVM pays Netty's one-time set-up
	 * (its channel classes, and its channel-id generator, which reads the machine's
	 * identity), 80-120 ms here, which would otherwise hold up the start. Clients wait
	 * for the bind when they connect.
	 * @param server the endpoint's server
	 */
	InProcessEndpoint(RedipyServer server) {
		int id = ids.incrementAndGet();
		this.group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory("redipy-in-process-" + id, true),
				LocalIoHandler.newFactory());
		this.address = new LocalAddress("redipy-memory-endpoint-" + id);
		this.group.execute(() -> bind(server));
	}

	private void bind(RedipyServer server) {
		try {
			new ServerBootstrap().group(this.group)
				.channel(LocalServerChannel.class)
				.childHandler(new ChannelInitializer<LocalChannel>() {
					@Override
					protected void initChannel(LocalChannel channel) {
						channel.pipeline().addLast(new InProcessTransport(server));
					}
				})
				.bind(this.address)
				.addListener((ChannelFutureListener) (future) -> {
					if (future.isSuccess()) {
						this.bound.complete(future.channel());
					}
					else {
						this.bound.completeExceptionally(future.cause());
					}
				});
		}
		catch (RuntimeException ex) {
			this.bound.completeExceptionally(ex);
		}
	}

	/** Completes once clients can connect. */
	CompletableFuture<Channel> bound() {
		return this.bound;
	}

	/** The address clients connect to. */
	LocalAddress address() {
		return this.address;
	}

	/** The event loops in-process client channels register on. */
	EventLoopGroup group() {
		return this.group;
	}

	/**
	 * Closes the door and every in-process connection, and stops the thread; waits for it
	 * briefly.
	 */
	@Override
	public void close() {
		Channel channel = this.bound.getNow(null);
		if (channel != null) {
			channel.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
		}
		// closes the channels still open, the listening one too if it was not bound yet
		this.group.shutdownGracefully(0, 5, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
	}

	@Override
	public String toString() {
		return "InProcessEndpoint[" + this.address + "]";
	}

}
