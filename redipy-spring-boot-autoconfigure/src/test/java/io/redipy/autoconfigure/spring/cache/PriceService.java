package io.redipy.autoconfigure.spring.cache;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.CachePut;
import org.springframework.cache.annotation.Cacheable;

/**
 * A cached computation that counts how often it really runs, so that tests can tell a
 * cache hit from a miss.
 */
public class PriceService {

	private final AtomicInteger computations = new AtomicInteger();

	/**
	 * Computes a price, or returns the cached one.
	 * @param item the item
	 * @return the item and the number of the computation that made the value
	 */
	@Cacheable("prices")
	public String price(String item) {
		return item + ":" + this.computations.incrementAndGet();
	}

	/**
	 * Computes a rate, or returns the cached one (a second cache, which clearing
	 * {@code prices} must leave alone).
	 * @param item the item
	 * @return the item and the number of the computation
	 */
	@Cacheable("rates")
	public String rate(String item) {
		return item + ":" + this.computations.incrementAndGet();
	}

	/**
	 * Computes a price and replaces the cached one.
	 * @param item the item
	 * @return the new value
	 */
	@CachePut(cacheNames = "prices", key = "#item")
	public String reprice(String item) {
		return item + ":" + this.computations.incrementAndGet();
	}

	/**
	 * Removes one cached price.
	 * @param item the item
	 */
	@CacheEvict("prices")
	public void forget(String item) {
	}

	/**
	 * Removes every cached price.
	 */
	@CacheEvict(cacheNames = "prices", allEntries = true)
	public void forgetAll() {
	}

	/**
	 * Returns how often a value was really computed since the last reset.
	 * @return the count
	 */
	public int computations() {
		return this.computations.get();
	}

	/**
	 * Starts counting again.
	 */
	public void reset() {
		this.computations.set(0);
	}

}
