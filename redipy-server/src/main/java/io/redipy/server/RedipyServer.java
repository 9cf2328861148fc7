package io.redipy.server;

import java.net.InetSocketAddress;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.redipy.command.Engine;

/**
 * A Redis endpoint: a TCP server that speaks RESP2 and RESP3 (and Redis's inline
 * commands) and hands each command to a session of an {@link Engine}, so that any Redis
 * client — redis-cli, Lettuce, Jedis, Spring's {@code RedisTemplate} — can use the
 * engine's store.
 *
 * <p>
 * A server listens on loopback unless its {@link ServerOptions#bindAddress()} says
 * otherwise, and it binds another address only for an engine that
 * {@linkplain Engine#requiresAuthentication() requires authentication}. Thread-safe;
 * {@link #close()} stops it and closes its connections.
 */
public final class RedipyServer implements AutoCloseable {

	private final EventLoopGroup group;

	private final Channel serverChannel;

	private final ChannelGroup channels;

	private final AtomicInteger clients;

	private RedipyServer(EventLoopGroup group, Channel serverChannel, ChannelGroup channels, AtomicInteger clients) {
		this.group = group;
		this.serverChannel = serverChannel;
		this.channels = channels;
		this.clients = clients;
	}

	/**
	 * Starts a server for an engine; it listens when this method returns.
	 * @param engine the engine whose sessions serve the connections
	 * @param options where to listen and the limits to apply
	 * @return the running server
	 * @throws IllegalStateException if the bind address is not a loopback address and the
	 * engine does not require authentication, or if the address cannot be bound
	 */
	public static RedipyServer start(Engine engine, ServerOptions options) {
		Objects.requireNonNull(engine, "engine");
		Objects.requireNonNull(options, "options");
		if (!options.bindAddress().isLoopbackAddress() && !engine.requiresAuthentication()) {
			throw new IllegalStateException("Refusing to listen on " + options.bindAddress().getHostAddress()
					+ ": the engine does not require authentication, so its data would be open to the network."
					+ " Listen on a loopback address or configure a password.");
		}
		EventLoopGroup group = new MultiThreadIoEventLoopGroup(options.eventLoopThreads(),
				new DefaultThreadFactory("redipy-server", true), NioIoHandler.newFactory());
		ChannelGroup channels = new DefaultChannelGroup("redipy-server", GlobalEventExecutor.INSTANCE);
		AtomicInteger clients = new AtomicInteger();
		long idleMillis = options.idleTimeout().toMillis();
		ServerBootstrap bootstrap = new ServerBootstrap().group(group)
			.channel(NioServerSocketChannel.class)
			// Redis's default tcp-backlog.
			.option(ChannelOption.SO_BACKLOG, 511)
			// heap arrays, not Netty's pooled allocator (see HeapAllocator)
			.option(ChannelOption.ALLOCATOR, HeapAllocator.INSTANCE)
			.childOption(ChannelOption.ALLOCATOR, HeapAllocator.INSTANCE)
			.childOption(ChannelOption.TCP_NODELAY, true)
			.childHandler(new ChannelInitializer<SocketChannel>() {
				@Override
				protected void initChannel(SocketChannel channel) {
					channels.add(channel);
					ChannelPipeline pipeline = channel.pipeline();
					if (idleMillis > 0) {
						pipeline.addLast(new IdleStateHandler(0, 0, idleMillis, TimeUnit.MILLISECONDS));
					}
					pipeline.addLast(new RespDecoder(options.maxInlineRequest(), options.maxBulkLength()));
					pipeline.addLast(new Connection(engine, options, clients));
				}
			});
		try {
			Channel serverChannel = bootstrap.bind(new InetSocketAddress(options.bindAddress(), options.port()))
				.syncUninterruptibly()
				.channel();
			return new RedipyServer(group, serverChannel, channels, clients);
		}
		catch (RuntimeException ex) {
			group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
			throw new IllegalStateException("Could not listen on " + options.bindAddress().getHostAddress() + ":"
					+ options.port() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Returns the port the server listens on (the one chosen when the options said 0).
	 * @return the port
	 */
	public int port() {
		return address().getPort();
	}

	/**
	 * Returns the address the server listens on.
	 * @return the address and port
	 */
	public InetSocketAddress address() {
		return (InetSocketAddress) this.serverChannel.localAddress();
	}

	/** Returns the allocators the open connections take their buffers from. */
	Set<ByteBufAllocator> allocators() {
		Set<ByteBufAllocator> allocators = new HashSet<>();
		this.channels.forEach((channel) -> allocators.add(channel.config().getAllocator()));
		return allocators;
	}

	/** Returns how many connections are open, refused ones included until they close. */
	int connections() {
		return this.clients.get();
	}

	/**
	 * Stops listening, closes every connection (their sessions end) and stops the
	 * server's threads. Does nothing the second time.
	 */
	@Override
	public void close() {
		this.serverChannel.close().syncUninterruptibly();
		this.channels.close().awaitUninterruptibly();
		this.group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
	}

}
