package io.redipy.contract;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.redipy.RedipyClient;
import io.redipy.RedipyException;
import io.redipy.api.Message;
import io.redipy.api.Subscription;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The contract of publish/subscribe, run against every backend. Delivery is asynchronous
 * on Redis, so positive checks poll with a generous timeout; checks that a message did
 * not arrive rely on the receiver count that {@code publish} returns, plus a short poll.
 */
public abstract class PubSubContractTests extends ContractTestSupport {

	private static final Duration ARRIVES = Duration.ofSeconds(5);

	private static final Duration ABSENT = Duration.ofMillis(100);

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stopThreads() throws InterruptedException {
		this.threads.shutdownNow();
		assertThat(this.threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void publish_withoutSubscribersReachesNobody() {
		assertThat(this.client.publish("ch", "hello")).isZero();
	}

	@Test
	void subscribe_receivesMessagesInOrder() {
		try (Subscription subscription = this.client.subscribe("ch")) {
			assertThat(subscription.channels()).containsExactly("ch");
			assertThat(this.client.publish("ch", "one")).isEqualTo(1);
			assertThat(this.client.publish("ch", "two")).isEqualTo(1);
			assertThat(this.client.publish("other", "x")).isZero();
			assertThat(subscription.poll(ARRIVES)).isEqualTo(new Message("ch", null, "one"));
			assertThat(subscription.poll(ARRIVES)).isEqualTo(new Message("ch", null, "two"));
			assertThat(subscription.poll(ABSENT)).isNull();
		}
	}

	@Test
	void shardChannels_areApartFromChannelsAndPatterns() {
		try (Subscription shard = this.client.ssubscribe("orders", "stock");
				Subscription plain = this.client.subscribe("orders")) {
			plain.psubscribe("o*");
			assertThat(shard.shardChannels()).containsExactlyInAnyOrder("orders", "stock");
			assertThat(shard.channels()).isEmpty();
			assertThat(this.client.spublish("orders", "shard")).isEqualTo(1);
			assertThat(shard.poll(ARRIVES)).isEqualTo(new Message("orders", null, "shard", true));
			// a PUBLISH on the same name reaches the channel and the pattern only
			assertThat(this.client.publish("orders", "plain")).isEqualTo(2);
			assertThat(plain.poll(ARRIVES)).isEqualTo(new Message("orders", null, "plain"));
			assertThat(plain.poll(ARRIVES)).isEqualTo(new Message("orders", "o*", "plain"));
			assertThat(shard.poll(ABSENT)).isNull();
			assertThat(plain.poll(ABSENT)).isNull();
			assertThat(this.client.spublish("nobody", "x")).isZero();
			shard.sunsubscribe("orders", "never");
			assertThat(shard.shardChannels()).containsExactly("stock");
			assertThat(this.client.spublish("orders", "gone")).isZero();
			assertThat(this.client.spublish("stock", "still")).isEqualTo(1);
			assertThat(shard.poll(ARRIVES)).isEqualTo(new Message("stock", null, "still", true));
			// one subscription may hold both kinds (on a cluster, PUBLISH counts only its
			// node's subscribers, so the count is not checked here)
			shard.subscribe("orders");
			this.client.publish("orders", "both");
			assertThat(shard.poll(ARRIVES)).isEqualTo(new Message("orders", null, "both"));
		}
		assertThat(this.client.spublish("stock", "closed")).isZero();
	}

	@Test
	void shardChannels_deliverToAListenerAndKeepTheClientsPrefix() throws Exception {
		List<Message> received = new CopyOnWriteArrayList<>();
		CountDownLatch one = new CountDownLatch(1);
		try (RedipyClient other = backend().client("other:");
				Subscription listening = this.client.ssubscribe((message) -> {
					received.add(message);
					one.countDown();
				}, "events");
				Subscription elsewhere = other.ssubscribe("events")) {
			assertThat(other.spublish("events", "theirs")).isEqualTo(1);
			assertThat(elsewhere.poll(ARRIVES)).isEqualTo(new Message("events", null, "theirs", true));
			assertThat(this.client.spublish("events", "ours")).isEqualTo(1);
			assertThat(one.await(5, TimeUnit.SECONDS)).isTrue();
			assertThat(received).containsExactly(new Message("events", null, "ours", true));
		}
	}

	@Test
	void psubscribe_receivesMatchingChannelsWithThePattern() {
		try (Subscription subscription = this.client.psubscribe("news.*")) {
			assertThat(this.client.publish("news.tech", "a")).isEqualTo(1);
			assertThat(this.client.publish("sport", "b")).isZero();
			assertThat(subscription.poll(ARRIVES)).isEqualTo(new Message("news.tech", "news.*", "a"));
			assertThat(subscription.patterns()).containsExactly("news.*");
		}
	}

	@Test
	void receiverCount_countsEveryMatchingChannelAndPattern() {
		try (Subscription first = this.client.subscribe("ch");
				Subscription second = this.client.subscribe("ch");
				Subscription both = this.client.subscribe("ch")) {
			both.psubscribe("c*", "[a-c]h");
			assertThat(this.client.publish("ch", "m")).isEqualTo(5);
			assertThat(first.poll(ARRIVES)).isEqualTo(new Message("ch", null, "m"));
			assertThat(second.poll(ARRIVES)).isEqualTo(new Message("ch", null, "m"));
			List<Message> three = List.of(both.poll(ARRIVES), both.poll(ARRIVES), both.poll(ARRIVES));
			assertThat(three).containsExactlyInAnyOrder(new Message("ch", null, "m"), new Message("ch", "c*", "m"),
					new Message("ch", "[a-c]h", "m"));
		}
	}

	@Test
	void unsubscribe_stopsDeliveryOfThoseNamesOnly() {
		try (Subscription subscription = this.client.subscribe("a", "b")) {
			subscription.psubscribe("p*");
			subscription.unsubscribe("a", "never-subscribed");
			subscription.punsubscribe("p*");
			assertThat(subscription.channels()).containsExactly("b");
			assertThat(subscription.patterns()).isEmpty();
			assertThat(this.client.publish("a", "x")).isZero();
			assertThat(this.client.publish("p1", "x")).isZero();
			assertThat(this.client.publish("b", "y")).isEqualTo(1);
			assertThat(subscription.poll(ARRIVES)).isEqualTo(new Message("b", null, "y"));
		}
	}

	@Test
	void unsubscribeEverything_thenSubscribeAgain_works() {
		try (Subscription subscription = this.client.subscribe("a")) {
			subscription.unsubscribe("a");
			assertThat(this.client.publish("a", "lost")).isZero();
			subscription.subscribe("a");
			assertThat(this.client.publish("a", "kept")).isEqualTo(1);
			assertThat(subscription.poll(ARRIVES)).isEqualTo(new Message("a", null, "kept"));
		}
	}

	@Test
	void close_endsTheSubscriptionAndWakesAPoller() throws Exception {
		Subscription subscription = this.client.subscribe("ch");
		var polled = this.threads.submit(() -> subscription.poll(Duration.ofSeconds(30)));
		Thread.sleep(50);
		subscription.close();
		assertThat(polled.get(10, TimeUnit.SECONDS)).isNull();
		assertThat(subscription.isOpen()).isFalse();
		assertThat(this.client.publish("ch", "x")).isZero();
		assertThatIllegalStateException().isThrownBy(() -> subscription.subscribe("more"));
		subscription.close();
	}

	@Test
	void clientClose_closesItsSubscriptionsAndRefusesNewOnes() {
		RedipyClient other = backend().client("");
		Subscription subscription = other.subscribe("ch");
		Subscription closedEarlier = other.subscribe("ch");
		closedEarlier.close();
		other.close();
		assertThat(subscription.isOpen()).isFalse();
		assertThat(this.client.publish("ch", "x")).isZero();
		assertThatExceptionOfType(RedipyException.class).isThrownBy(() -> other.subscribe("ch"))
			.withMessageContaining("closed");
	}

	@Test
	void listener_receivesMessagesAndSurvivesItsOwnFailure() throws Exception {
		List<String> received = new CopyOnWriteArrayList<>();
		CountDownLatch two = new CountDownLatch(2);
		try (Subscription subscription = this.client.subscribe((message) -> {
			if (message.message().equals("boom")) {
				throw new IllegalStateException("listener failure (expected by the test)");
			}
			received.add(message.message());
			two.countDown();
		}, "ch")) {
			this.client.publish("ch", "first");
			this.client.publish("ch", "boom");
			this.client.publish("ch", "second");
			assertThat(two.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(received).containsExactly("first", "second");
			assertThatIllegalStateException().isThrownBy(() -> subscription.poll(ABSENT));
		}
	}

	@Test
	void slowListener_dropsOverflowAndNeitherBlocksPublishersNorOthers() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		CountDownLatch fastDone = new CountDownLatch(10);
		try (Subscription slow = this.client.subscribe((message) -> {
			try {
				release.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, 2, "ch"); Subscription fast = this.client.subscribe((message) -> fastDone.countDown(), "ch")) {
			for (int i = 0; i < 10; i++) {
				assertThat(this.client.publish("ch", "m" + i)).isEqualTo(2);
			}
			assertThat(fastDone.await(10, TimeUnit.SECONDS)).isTrue();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
			while (slow.dropped() < 7 && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			// one message is in the listener, two wait in the queue
			assertThat(slow.dropped()).isBetween(7L, 8L);
			release.countDown();
		}
	}

	@Test
	void capacity_mustBePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.client.subscribe(null, 0, "ch"));
	}

	@Test
	void keyPrefix_appliesToChannelsAndPatterns() {
		try (RedipyClient app = backend().client("app:");
				RedipyClient other = backend().client("other:");
				Subscription channel = app.subscribe("ch");
				Subscription all = app.psubscribe("*")) {
			assertThat(this.client.publish("app:ch", "from-outside")).isEqualTo(2);
			assertThat(channel.poll(ARRIVES)).isEqualTo(new Message("ch", null, "from-outside"));
			assertThat(all.poll(ARRIVES)).isEqualTo(new Message("ch", "*", "from-outside"));
			assertThat(other.publish("ch", "x")).isZero();
			assertThat(this.client.publish("ch", "x")).isZero();
			assertThat(app.publish("ch", "inside")).isEqualTo(2);
			assertThat(channel.poll(ARRIVES)).isEqualTo(new Message("ch", null, "inside"));
		}
	}

	@Test
	void anyText_passesThroughUnchanged() {
		String text = "quote\" back\\slash ]] nul\0 ünïcødé 😀 \r\n";
		try (Subscription subscription = this.client.subscribe(text)) {
			assertThat(this.client.publish(text, text)).isEqualTo(1);
			assertThat(subscription.poll(ARRIVES)).isEqualTo(new Message(text, null, text));
		}
	}

	@Test
	void aChannelNamedWithAnEscapedByte_meetsItsPublisher() {
		// the String API sends U+DC80 + b as the byte 0x80 + b (see the README), in a
		// subscription as in a publish; the name reads back as UTF-8 decodes that byte
		String channel = "ch\uDCC3";
		try (Subscription subscription = this.client.subscribe(channel)) {
			assertThat(this.client.publish(channel, "hello")).isEqualTo(1);
			assertThat(this.client.publish("ch?", "other")).isZero();
			assertThat(subscription.poll(ARRIVES)).isEqualTo(new Message("ch\uFFFD", null, "hello"));
		}
	}

	@Test
	void waitFor_returnsOnceTheConditionHolds() throws Exception {
		var waited = this.threads
			.submit(() -> this.client.waitFor("ready", () -> this.client.exists("flag") == 1, Duration.ofSeconds(30)));
		Thread.sleep(50);
		this.client.set("flag", "1");
		this.client.publish("ready", "");
		assertThat(waited.get(10, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void waitFor_conditionAlreadyTrue_returnsAtOnce_falseAfterTimeout() {
		assertThat(this.client.waitFor("ready", () -> true, Duration.ZERO)).isTrue();
		assertThat(this.client.waitFor("ready", () -> false, Duration.ofMillis(50))).isFalse();
	}

}
