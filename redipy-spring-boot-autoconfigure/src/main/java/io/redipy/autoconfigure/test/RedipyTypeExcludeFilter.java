package io.redipy.autoconfigure.test;

import org.springframework.boot.test.context.filter.annotation.StandardAnnotationCustomizableTypeExcludeFilter;

/**
 * Keeps the application's scanned components out of a {@link RedipyTest} context, except
 * those its {@code includeFilters} name: redipy's beans come from auto-configuration and
 * the test imports the components it needs, so nothing else of the application (beans
 * that need a web server, a database or a {@code RedisTemplate}) has to start.
 */
final class RedipyTypeExcludeFilter extends StandardAnnotationCustomizableTypeExcludeFilter<RedipyTest> {

	RedipyTypeExcludeFilter(Class<?> testClass) {
		super(testClass);
	}

}
