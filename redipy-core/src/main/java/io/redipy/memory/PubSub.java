package io.redipy.memory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.redipy.api.AbstractSubscription;
import io.redipy.api.Message;
import io.redipy.api.MessageListener;
import io.redipy.script.ir.RawText;
import org.jspecify.annotations.Nullable;

/**
 * The memory store's publish/subscribe hub, for channels, patterns and Redis 7.0's shard
 * channels (a namespace apart from the channels). Independent of the store's lock:
 * publishing only queues messages, and listeners run on their subscriptions' own threads.
 */
final class PubSub {

	private final CopyOnWriteArrayList<Subscriber> subscriptions = new CopyOnWriteArrayList<>();

	/**
	 * Something that receives messages: a subscription of the API, or an endpoint
	 * session.
	 */
	interface Subscriber {

		/**
		 * Takes a message if it subscribed to its channel or a matching pattern.
		 * @param channel the channel, in store form
		 * @param message the message, in store form
		 * @return how many of its subscriptions matched
		 */
		int offer(String channel, String message);

		/** Adds its channels, in store form with any prefix, to a collection. */
		void channels(java.util.Collection<String> into);

		/** Returns how many patterns it subscribed to. */
		int patternCount();

		/**
		 * Takes a message of a shard channel if it subscribed to it.
		 * @param channel the shard channel, in store form
		 * @param message the message, in store form
		 * @return 1 if it took it, else 0
		 */
		int offerShard(String channel, String message);

		/** Adds its shard channels, in store form with any prefix, to a collection. */
		void shardChannels(java.util.Collection<String> into);

	}

	/** Adds a subscriber. */
	void add(Subscriber subscriber) {
		this.subscriptions.addIfAbsent(subscriber);
	}

	/** Removes a subscriber. */
	void remove(Subscriber subscriber) {
		this.subscriptions.remove(subscriber);
	}

	/**
	 * {@code PUBSUB CHANNELS} and {@code SHARDCHANNELS}: the channels, or shard channels,
	 * with a subscriber, matching a glob if given.
	 */
	java.util.Set<String> channels(@Nullable String pattern, boolean shard) {
		java.util.Set<String> all = new java.util.LinkedHashSet<>();
		for (Subscriber subscriber : this.subscriptions) {
			if (shard) {
				subscriber.shardChannels(all);
			}
			else {
				subscriber.channels(all);
			}
		}
		if (pattern != null) {
			Glob glob = new Glob(pattern);
			all.removeIf((channel) -> !glob.matches(channel));
		}
		return all;
	}

	/**
	 * {@code PUBSUB NUMSUB} and {@code SHARDNUMSUB}: how many subscribers a channel, or a
	 * shard channel, has.
	 */
	long subscribers(String channel, boolean shard) {
		long count = 0;
		java.util.List<String> names = new java.util.ArrayList<>();
		for (Subscriber subscriber : this.subscriptions) {
			names.clear();
			if (shard) {
				subscriber.shardChannels(names);
			}
			else {
				subscriber.channels(names);
			}
			if (names.contains(channel)) {
				count++;
			}
		}
		return count;
	}

	/** {@code PUBSUB NUMPAT}: how many pattern subscriptions there are. */
	long patterns() {
		long count = 0;
		for (Subscriber subscriber : this.subscriptions) {
			count += subscriber.patternCount();
		}
		return count;
	}

	/**
	 * Queues a message for every matching channel and pattern subscription.
	 * @param channel the full channel (with its client's prefix)
	 * @param message the message
	 * @return how many subscriptions matched, counted as Redis does
	 */
	long publish(String channel, String message) {
		long receivers = 0;
		for (Subscriber subscription : this.subscriptions) {
			receivers += subscription.offer(channel, message);
		}
		return receivers;
	}

	/**
	 * Queues a message for every subscriber of a shard channel.
	 * @param channel the full shard channel (with its client's prefix)
	 * @param message the message
	 * @return how many subscribers took it
	 */
	long spublish(String channel, String message) {
		long receivers = 0;
		for (Subscriber subscription : this.subscriptions) {
			receivers += subscription.offerShard(channel, message);
		}
		return receivers;
	}

	/**
	 * Opens a subscription of the API.
	 * @param prefix the client's key prefix
	 * @param clusterRules whether one call's shard channels must share a slot
	 * @param listener the listener, or null for polling
	 * @param capacity the queue's capacity
	 * @param onClose run when it closes
	 * @return the subscription
	 */
	AbstractSubscription subscribe(String prefix, boolean clusterRules, @Nullable MessageListener listener,
			int capacity, Runnable onClose) {
		MemorySubscription subscription = new MemorySubscription(prefix, clusterRules, listener, capacity, onClose);
		this.subscriptions.add(subscription);
		return subscription;
	}

	/** One subscriber; names are kept with the prefix for channels, without for globs. */
	private final class MemorySubscription extends AbstractSubscription implements Subscriber {

		private final String prefix;

		private final Set<String> channels = ConcurrentHashMap.newKeySet();

		private final Map<String, Glob> patterns = new ConcurrentHashMap<>();

		private final Set<String> shardChannels = ConcurrentHashMap.newKeySet();

		private final boolean clusterRules;

		MemorySubscription(String prefix, boolean clusterRules, @Nullable MessageListener listener, int capacity,
				Runnable onClose) {
			super(listener, capacity, onClose);
			this.prefix = prefix;
			this.clusterRules = clusterRules;
			start();
		}

		@Override
		public int offerShard(String channel, String message) {
			if (!this.shardChannels.contains(channel)) {
				return 0;
			}
			deliver(new Message(RawText.toClient(channel.substring(this.prefix.length())), null,
					RawText.toClient(message), true));
			return 1;
		}

		@Override
		public void shardChannels(java.util.Collection<String> into) {
			into.addAll(this.shardChannels);
		}

		@Override
		protected void doSsubscribe(String[] shardChannels) {
			java.util.List<String> names = new java.util.ArrayList<>(shardChannels.length);
			for (String channel : shardChannels) {
				names.add(this.prefix + Strings.normalize(channel));
			}
			if (this.clusterRules && !io.redipy.command.Slots.shareOne(names)) {
				// as a cluster: one SSUBSCRIBE goes to one node
				throw new io.redipy.CrossSlotException("SSUBSCRIBE", names);
			}
			this.shardChannels.addAll(names);
		}

		@Override
		protected void doSunsubscribe(String[] shardChannels) {
			for (String channel : shardChannels) {
				this.shardChannels.remove(this.prefix + Strings.normalize(channel));
			}
		}

		@Override
		public void channels(java.util.Collection<String> into) {
			into.addAll(this.channels);
		}

		@Override
		public int patternCount() {
			return this.patterns.size();
		}

		@Override
		public int offer(String channel, String message) {
			if (!channel.startsWith(this.prefix)) {
				return 0;
			}
			int receivers = 0;
			String name = channel.substring(this.prefix.length());
			// a script may publish bytes that are not UTF-8: this subscriber reads text
			String shown = RawText.toClient(name);
			String text = RawText.toClient(message);
			if (this.channels.contains(channel)) {
				deliver(new Message(shown, null, text));
				receivers++;
			}
			for (Map.Entry<String, Glob> pattern : this.patterns.entrySet()) {
				if (pattern.getValue().matches(name)) {
					deliver(new Message(shown, pattern.getKey(), text));
					receivers++;
				}
			}
			return receivers;
		}

		@Override
		protected void doSubscribe(String[] channels) {
			for (String channel : channels) {
				this.channels.add(this.prefix + Strings.normalize(channel));
			}
		}

		@Override
		protected void doPsubscribe(String[] patterns) {
			for (String pattern : patterns) {
				this.patterns.put(pattern, new Glob(Strings.normalize(pattern)));
			}
		}

		@Override
		protected void doUnsubscribe(String[] channels) {
			for (String channel : channels) {
				this.channels.remove(this.prefix + Strings.normalize(channel));
			}
		}

		@Override
		protected void doPunsubscribe(String[] patterns) {
			for (String pattern : patterns) {
				this.patterns.remove(pattern);
			}
		}

		@Override
		protected void doClose() {
			PubSub.this.subscriptions.remove(this);
			this.channels.clear();
			this.patterns.clear();
			this.shardChannels.clear();
		}

	}

}
