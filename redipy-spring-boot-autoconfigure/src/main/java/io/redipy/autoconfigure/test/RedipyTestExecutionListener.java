package io.redipy.autoconfigure.test;

import java.time.Instant;

import io.redipy.ManualClock;
import io.redipy.memory.MemoryStore;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Empties the memory store before each test method of a test that uses
 * {@link AutoConfigureRedipy}, and sets the slice's clock to the JVM's current time.
 */
class RedipyTestExecutionListener extends AbstractTestExecutionListener {

	@Override
	public int getOrder() {
		return 4000;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (!RedipyContextCustomizerFactory.isRedipyTest(testContext.getTestClass())) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		context.getBeanProvider(MemoryStore.class).ifAvailable((store) -> store.client("").flushall());
		// Application code computes deadlines from the system clock too (Spring Session
		// sends EXPIREAT of its last access plus the interval): the store's clock must
		// not lag behind it by the time the earlier test methods took, or moved it. Only
		// the slice's own clock: one the application defines may be fixed on purpose.
		if (context.containsBean(RedipyTestAutoConfiguration.CLOCK_BEAN)) {
			context.getBean(RedipyTestAutoConfiguration.CLOCK_BEAN, ManualClock.class).set(Instant.now());
		}
	}

}
