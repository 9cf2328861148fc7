package io.redipy.api;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.redipy.RedipyException;

/**
 * The subscriptions a client has open, closed with it: the part of
 * {@link PubSubCommands#subscribe(MessageListener, int, String...)} that every backend
 * shares. Internal to redipy's backends.
 */
public final class OpenSubscriptions {

	private final Set<Subscription> open = ConcurrentHashMap.newKeySet();

	private volatile boolean closed;

	/**
	 * Creates a subscription, remembers it until it closes, and subscribes it to its
	 * first channels (closing it again if that fails).
	 * @param create makes the backend's subscription from the action it must run when it
	 * closes
	 * @param channels the first channels (none is allowed)
	 * @return the subscription
	 * @throws RedipyException if the client is closed
	 */
	public Subscription open(Function<Runnable, Subscription> create, String... channels) {
		if (this.closed) {
			throw new RedipyException("the client is closed");
		}
		Subscription[] created = new Subscription[1];
		Subscription subscription = create.apply(() -> this.open.remove(created[0]));
		created[0] = subscription;
		this.open.add(subscription);
		try {
			subscription.subscribe(channels);
		}
		catch (RuntimeException ex) {
			subscription.close();
			throw ex;
		}
		return subscription;
	}

	/**
	 * Returns whether {@link #closeAll()} was called: the client is closed.
	 * @return whether the client is closed
	 */
	public boolean isClosed() {
		return this.closed;
	}

	/**
	 * Closes every open subscription and refuses new ones: the client is closing.
	 */
	public void closeAll() {
		this.closed = true;
		List.copyOf(this.open).forEach(Subscription::close);
	}

}
