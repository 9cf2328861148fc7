package io.redipy.api;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.redipy.RedipyException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of a {@link Subscription} that every backend shares: the bounded queue, the
 * delivery thread for a listener, the subscribed names and closing. Internal to redipy's
 * backends.
 *
 * <p>
 * A backend calls {@link #deliver(Message)} from whatever thread receives a message (it
 * never blocks), and implements the {@code do*} methods, which run under this object's
 * monitor, so changes to one subscription are serialized.
 */
public abstract class AbstractSubscription implements Subscription {

	private static final Logger logger = LoggerFactory.getLogger(Subscription.class);

	private static final AtomicInteger threadNumber = new AtomicInteger();

	/** Wakes a poller or the delivery thread at close. */
	private static final Message CLOSED = new Message("", null, "");

	private final BlockingQueue<Message> queue;

	private final @Nullable MessageListener listener;

	private final @Nullable Thread delivery;

	private final AtomicLong dropped = new AtomicLong();

	private final Set<String> channels = Collections.synchronizedSet(new LinkedHashSet<>());

	private final Set<String> patterns = Collections.synchronizedSet(new LinkedHashSet<>());

	private final Set<String> shardChannels = Collections.synchronizedSet(new LinkedHashSet<>());

	private volatile boolean open = true;

	private final Runnable onClose;

	/**
	 * Creates the shared part; the backend subscribes afterwards.
	 * @param listener the listener, or null for polling
	 * @param capacity the queue's capacity, at least 1
	 * @param onClose run once when the subscription closes (the client forgets it)
	 */
	protected AbstractSubscription(@Nullable MessageListener listener, int capacity, Runnable onClose) {
		this.onClose = Objects.requireNonNull(onClose, "onClose");
		if (capacity < 1) {
			throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
		}
		// one slot more for the close marker
		this.queue = new ArrayBlockingQueue<>(capacity + 1);
		this.listener = listener;
		if (listener != null) {
			Thread thread = new Thread(this::deliverToListener,
					"redipy-subscription-" + threadNumber.incrementAndGet());
			thread.setDaemon(true);
			this.delivery = thread;
		}
		else {
			this.delivery = null;
		}
	}

	/**
	 * Starts the delivery thread, if any; the backend calls it once constructed.
	 */
	protected final void start() {
		if (this.delivery != null) {
			this.delivery.start();
		}
	}

	/**
	 * Queues a received message, or drops and counts it when the queue is full or the
	 * subscription is closed. Never blocks.
	 * @param message the message
	 */
	protected final void deliver(Message message) {
		if (!this.open) {
			return;
		}
		// keep the marker's slot free
		if (this.queue.remainingCapacity() <= 1 || !this.queue.offer(message)) {
			this.dropped.incrementAndGet();
		}
	}

	private void deliverToListener() {
		MessageListener target = Objects.requireNonNull(this.listener);
		while (this.open) {
			Message next;
			try {
				next = this.queue.take();
			}
			catch (InterruptedException ex) {
				return;
			}
			if (next == CLOSED || !this.open) {
				return;
			}
			try {
				target.onMessage(next);
			}
			catch (RuntimeException | Error ex) {
				logger.warn("A redipy message listener failed on a message from channel '{}'; delivery goes on",
						next.channel(), ex);
			}
		}
	}

	@Override
	public @Nullable Message poll(Duration timeout) {
		if (this.listener != null) {
			throw new IllegalStateException(
					"this subscription delivers to a listener; poll() is for subscriptions " + "made without one");
		}
		long nanos = Objects.requireNonNull(timeout, "timeout").toNanos();
		if (nanos < 0) {
			throw new IllegalArgumentException("timeout " + timeout + " is negative");
		}
		if (!this.open) {
			return null;
		}
		Message next;
		try {
			next = this.queue.poll(nanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RedipyException("interrupted while waiting for a message", ex);
		}
		if (next == CLOSED) {
			return null;
		}
		return next;
	}

	@Override
	public final synchronized void subscribe(String... channels) {
		String[] names = names("channels", channels);
		checkOpen();
		doSubscribe(names);
		this.channels.addAll(Arrays.asList(names));
	}

	@Override
	public final synchronized void psubscribe(String... patterns) {
		String[] names = names("patterns", patterns);
		checkOpen();
		doPsubscribe(names);
		this.patterns.addAll(Arrays.asList(names));
	}

	@Override
	public final synchronized void unsubscribe(String... channels) {
		String[] names = names("channels", channels);
		if (this.open && names.length > 0) {
			doUnsubscribe(names);
			this.channels.removeAll(Arrays.asList(names));
		}
	}

	@Override
	public final synchronized void punsubscribe(String... patterns) {
		String[] names = names("patterns", patterns);
		if (this.open && names.length > 0) {
			doPunsubscribe(names);
			this.patterns.removeAll(Arrays.asList(names));
		}
	}

	@Override
	public final synchronized void ssubscribe(String... shardChannels) {
		String[] names = names("shardChannels", shardChannels);
		checkOpen();
		if (names.length > 0) {
			doSsubscribe(names);
			this.shardChannels.addAll(Arrays.asList(names));
		}
	}

	@Override
	public final synchronized void sunsubscribe(String... shardChannels) {
		String[] names = names("shardChannels", shardChannels);
		if (this.open && names.length > 0) {
			doSunsubscribe(names);
			this.shardChannels.removeAll(Arrays.asList(names));
		}
	}

	private static String[] names(String what, String[] names) {
		return Args.all(what, names).clone();
	}

	private void checkOpen() {
		if (!this.open) {
			throw new IllegalStateException("the subscription is closed");
		}
	}

	@Override
	public Set<String> channels() {
		synchronized (this.channels) {
			return Set.copyOf(this.channels);
		}
	}

	@Override
	public Set<String> patterns() {
		synchronized (this.patterns) {
			return Set.copyOf(this.patterns);
		}
	}

	@Override
	public Set<String> shardChannels() {
		synchronized (this.shardChannels) {
			return Set.copyOf(this.shardChannels);
		}
	}

	@Override
	public long dropped() {
		return this.dropped.get();
	}

	@Override
	public boolean isOpen() {
		return this.open;
	}

	@Override
	public final void close() {
		synchronized (this) {
			if (!this.open) {
				return;
			}
			this.open = false;
			try {
				doClose();
			}
			finally {
				this.queue.clear();
				this.queue.offer(CLOSED);
				this.channels.clear();
				this.patterns.clear();
				this.shardChannels.clear();
				this.onClose.run();
			}
		}
		Thread thread = this.delivery;
		if (thread != null && thread != Thread.currentThread()) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Subscribes to more channels, confirmed before returning.
	 * @param channels the channels, without the key prefix
	 */
	protected abstract void doSubscribe(String[] channels);

	/**
	 * Subscribes to more patterns, confirmed before returning.
	 * @param patterns the patterns, without the key prefix
	 */
	protected abstract void doPsubscribe(String[] patterns);

	/**
	 * Unsubscribes from channels.
	 * @param channels the channels, without the key prefix
	 */
	protected abstract void doUnsubscribe(String[] channels);

	/**
	 * Unsubscribes from patterns.
	 * @param patterns the patterns, without the key prefix
	 */
	protected abstract void doPunsubscribe(String[] patterns);

	/** Ends the subscription at the backend. */
	protected abstract void doClose();

	/**
	 * Subscribes to more shard channels, confirmed before returning.
	 * @param shardChannels the shard channels (at least one), without the key prefix
	 */
	protected abstract void doSsubscribe(String[] shardChannels);

	/**
	 * Unsubscribes from shard channels.
	 * @param shardChannels the shard channels (at least one), without the key prefix
	 */
	protected abstract void doSunsubscribe(String[] shardChannels);

}
