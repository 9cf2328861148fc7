package io.redipy.autoconfigure.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test slice with only redipy and the components the test imports: the memory backend,
 * an empty store per test method, a store per test class, and the store's
 * {@link io.redipy.ManualClock} as a bean. See {@link AutoConfigureRedipy}.
 * <p>
 * Like Boot's own slices it applies no auto-configuration but redipy's, and the
 * application's component scan finds nothing unless {@link #includeFilters()} asks for
 * it; bring the components under test in with {@code @Import}:
 *
 * <pre class="code">
 * &#64;RedipyTest
 * &#64;Import(VisitService.class)
 * class VisitServiceTests { ... }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(RedipyTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(RedipyTypeExcludeFilter.class)
@AutoConfigureRedipy
@ImportAutoConfiguration
public @interface RedipyTest {

	/**
	 * Properties in the form {@literal key=value} to add to the environment before the
	 * test runs.
	 * @return the properties to add
	 */
	String[] properties() default {};

	/**
	 * Whether the default filtering of the application's component scan applies; the
	 * default filter of this slice includes no scanned component, so leaving it on and
	 * naming components in {@link #includeFilters()} adds just those.
	 * @return whether the default filters apply
	 */
	boolean useDefaultFilters() default true;

	/**
	 * Filters that add scanned components of the application to the context.
	 * @return the include filters
	 */
	Filter[] includeFilters() default {};

	/**
	 * Filters that keep scanned components out of the context, even when an include
	 * filter would add them.
	 * @return the exclude filters
	 */
	Filter[] excludeFilters() default {};

	/**
	 * Auto-configuration classes not to apply in this test.
	 * @return the auto-configuration classes to exclude
	 */
	@AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
	Class<?>[] excludeAutoConfiguration() default {};

}
