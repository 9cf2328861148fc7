package io.redipy.autoconfigure.test;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Gives each test class that uses {@link AutoConfigureRedipy} its own application context
 * (and so its own store): the customizer is equal only for the same test class, so
 * contexts are not shared between such classes, which may run in parallel.
 */
class RedipyContextCustomizerFactory implements ContextCustomizerFactory {

	static boolean isRedipyTest(Class<?> testClass) {
		return MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.isPresent(AutoConfigureRedipy.class);
	}

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return isRedipyTest(testClass) ? new PerClass(testClass) : null;
	}

	/** Makes the context's cache key unique to a test class. */
	private record PerClass(Class<?> testClass) implements ContextCustomizer {

		@Override
		public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
				org.springframework.test.context.MergedContextConfiguration mergedConfig) {
			// nothing to change: being part of the cache key is the point
		}

	}

}
