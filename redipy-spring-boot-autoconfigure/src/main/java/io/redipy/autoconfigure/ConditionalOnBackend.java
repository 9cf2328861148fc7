package io.redipy.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when {@code redipy.backend} names the given backend ({@code memory} when it is
 * not set). The property is bound as {@link RedipyProperties} binds it, so a value no
 * backend accepts fails the start here, before any bean that needs a client is made.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnBackendCondition.class)
@interface ConditionalOnBackend {

	/**
	 * The backend that must be chosen.
	 * @return the backend
	 */
	RedipyProperties.Backend value();

}
