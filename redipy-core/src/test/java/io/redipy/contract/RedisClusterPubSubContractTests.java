package io.redipy.contract;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.redipy.test.Backend;

/**
 * {@link PubSubContractTests} on a local Redis Cluster of three masters, every channel
 * under one hash-tagged prefix and a namespace of the test's own (see
 * {@link Backend#redisCluster(String)}): the cluster forwards a {@code PUBLISH} to the
 * other nodes' subscribers after the publisher's reply, so a message one test published
 * could otherwise reach the next test's subscription on the same channel.
 */
class RedisClusterPubSubContractTests extends PubSubContractTests {

	private static final AtomicInteger TESTS = new AtomicInteger();

	@Override
	protected Backend createBackend() {
		return Backend.redisCluster("pubsub" + TESTS.incrementAndGet() + "-"
				+ Long.toHexString(ThreadLocalRandom.current().nextLong()) + ":");
	}

}
