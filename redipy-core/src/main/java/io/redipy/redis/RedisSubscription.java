package io.redipy.redis;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import io.redipy.api.AbstractSubscription;
import io.redipy.api.Message;
import io.redipy.api.MessageListener;
import io.redipy.script.ir.RawText;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.RedisConnection;

/**
 * A subscription on Redis: Spring Data Redis's subscription on a pub/sub connection of
 * its own, opened at the first channel or pattern and again when Redis ended it (it does
 * when nothing is left subscribed); shard channels on a Lettuce pub/sub connection of
 * their own, as Spring Data Redis has no {@code SSUBSCRIBE}. Messages arrive on the
 * driver's thread and are only queued there.
 */
final class RedisSubscription extends AbstractSubscription
		implements org.springframework.data.redis.connection.MessageListener {

	private final Supplier<RedisConnection> connections;

	private final String prefix;

	/** Adds the escaped prefix to a pattern. */
	private final UnaryOperator<String> prefixPattern;

	private final int escapedPrefixLength;

	private @Nullable RedisConnection connection;

	/** Opens the connection of the shard channels. */
	private final Supplier<StatefulRedisPubSubConnection<byte[], byte[]>> shardConnections;

	/** Whether one call's shard channels must share a slot: on a cluster. */
	private final boolean cluster;

	/** The connection of the shard channels, opened at the first one. */
	private @Nullable StatefulRedisPubSubConnection<byte[], byte[]> shardConnection;

	RedisSubscription(RedisBackend backend, String prefix, UnaryOperator<String> prefixPattern,
			@Nullable MessageListener listener, int capacity, Runnable onClose) {
		super(listener, capacity, onClose);
		this.connections = backend::subscriberConnection;
		this.shardConnections = backend::shardSubscriberConnection;
		this.cluster = backend.isCluster();
		this.prefix = prefix;
		this.prefixPattern = prefixPattern;
		this.escapedPrefixLength = prefixPattern.apply("").length();
		start();
	}

	@Override
	public void onMessage(org.springframework.data.redis.connection.Message message, byte @Nullable [] pattern) {
		String channel = new String(message.getChannel(), StandardCharsets.UTF_8);
		if (!channel.startsWith(this.prefix)) {
			return;
		}
		String name = channel.substring(this.prefix.length());
		String body = new String(message.getBody(), StandardCharsets.UTF_8);
		String matched = (pattern != null && pattern.length > 0)
				? new String(pattern, StandardCharsets.UTF_8).substring(this.escapedPrefixLength) : null;
		deliver(new Message(name, matched, body));
	}

	private byte[][] channelBytes(String[] channels) {
		byte[][] bytes = new byte[channels.length][];
		for (int i = 0; i < channels.length; i++) {
			bytes[i] = RawText.encode(this.prefix + channels[i]);
		}
		return bytes;
	}

	private byte[][] patternBytes(String[] patterns) {
		byte[][] bytes = new byte[patterns.length][];
		for (int i = 0; i < patterns.length; i++) {
			bytes[i] = RawText.encode(this.prefixPattern.apply(patterns[i]));
		}
		return bytes;
	}

	/** The live connection's subscription, or null when a new connection is needed. */
	private org.springframework.data.redis.connection.@Nullable Subscription live() {
		RedisConnection current = this.connection;
		if (current != null && current.isSubscribed()) {
			return current.getSubscription();
		}
		closeConnection();
		return null;
	}

	@Override
	protected void doSubscribe(String[] channels) {
		if (channels.length == 0) {
			return;
		}
		byte[][] names = channelBytes(channels);
		run(() -> {
			var subscription = live();
			if (subscription != null) {
				subscription.subscribe(names);
			}
			else {
				open().subscribe(this, names);
			}
		});
	}

	@Override
	protected void doPsubscribe(String[] patterns) {
		if (patterns.length == 0) {
			return;
		}
		byte[][] names = patternBytes(patterns);
		run(() -> {
			var subscription = live();
			if (subscription != null) {
				subscription.pSubscribe(names);
			}
			else {
				open().pSubscribe(this, names);
			}
		});
	}

	@Override
	protected void doUnsubscribe(String[] channels) {
		var subscription = live();
		if (subscription != null) {
			run(() -> subscription.unsubscribe(channelBytes(channels)));
		}
	}

	@Override
	protected void doPunsubscribe(String[] patterns) {
		var subscription = live();
		if (subscription != null) {
			run(() -> subscription.pUnsubscribe(patternBytes(patterns)));
		}
	}

	@Override
	protected void doSsubscribe(String[] shardChannels) {
		byte[][] names = channelBytes(shardChannels);
		if (this.cluster) {
			List<String> keys = java.util.Arrays.stream(shardChannels).map((name) -> this.prefix + name).toList();
			if (!io.redipy.command.Slots.shareOne(keys)) {
				// one SSUBSCRIBE goes to one node
				throw new io.redipy.CrossSlotException("SSUBSCRIBE", keys);
			}
		}
		StatefulRedisPubSubConnection<byte[], byte[]> shards = this.shardConnection;
		if (shards == null || !shards.isOpen()) {
			shards = this.shardConnections.get();
			shards.addListener(new RedisPubSubAdapter<>() {
				@Override
				public void smessage(byte[] channel, byte[] message) {
					deliverShard(channel, message);
				}
			});
			this.shardConnection = shards;
		}
		StatefulRedisPubSubConnection<byte[], byte[]> open = shards;
		run("SSUBSCRIBE", () -> open.sync().ssubscribe(names));
	}

	@Override
	protected void doSunsubscribe(String[] shardChannels) {
		StatefulRedisPubSubConnection<byte[], byte[]> shards = this.shardConnection;
		if (shards != null && shards.isOpen()) {
			byte[][] names = channelBytes(shardChannels);
			run("SUNSUBSCRIBE", () -> shards.sync().sunsubscribe(names));
		}
	}

	private void deliverShard(byte[] channel, byte[] message) {
		String name = new String(channel, StandardCharsets.UTF_8);
		if (name.startsWith(this.prefix)) {
			deliver(new Message(name.substring(this.prefix.length()), null, new String(message, StandardCharsets.UTF_8),
					true));
		}
	}

	@Override
	protected void doClose() {
		closeConnection();
		StatefulRedisPubSubConnection<byte[], byte[]> shards = this.shardConnection;
		this.shardConnection = null;
		if (shards != null) {
			java.util.Set<String> subscribed = shardChannels();
			try {
				if (shards.isOpen() && !subscribed.isEmpty()) {
					// the server confirms: a SPUBLISH sent after close() returns reaches
					// nobody here (closing the connection alone is seen by the server
					// later); Lettuce refuses SUNSUBSCRIBE without names, and on a
					// cluster one SUNSUBSCRIBE names channels of one slot
					java.util.Collection<List<String>> groups = this.cluster ? subscribed.stream()
						.collect(java.util.stream.Collectors
							.groupingBy((name) -> io.redipy.command.Slots.of(this.prefix + name)))
						.values() : List.of(List.copyOf(subscribed));
					for (List<String> group : groups) {
						shards.sync().sunsubscribe(channelBytes(group.toArray(String[]::new)));
					}
				}
			}
			catch (io.lettuce.core.RedisException ignored) {
				// the connection failed: it is gone either way
			}
			try {
				shards.close();
			}
			catch (RuntimeException ignored) {
				// the connection is gone either way
			}
		}
	}

	private RedisConnection open() {
		RedisConnection opened = this.connections.get();
		this.connection = opened;
		return opened;
	}

	private void closeConnection() {
		RedisConnection current = this.connection;
		this.connection = null;
		if (current != null) {
			try {
				current.close();
			}
			catch (RuntimeException ignored) {
				// the connection is gone either way
			}
		}
	}

	private static void run(Runnable action) {
		run("SUBSCRIBE", action);
	}

	private static void run(String command, Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException ex) {
			throw RedisBackend.translate(ex, command);
		}
	}

}
