package io.redipy.autoconfigure.test;

import io.redipy.memory.MemoryStore;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Empties the memory store before each test method of a test that uses
 * {@link AutoConfigureRedipy}.
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
	}

}
