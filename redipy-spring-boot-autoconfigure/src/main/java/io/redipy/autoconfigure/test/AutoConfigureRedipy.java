package io.redipy.autoconfigure.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Configures redipy for a test on the memory backend, whatever {@code redipy.backend}
 * says: each test method starts with an empty store, each test class has its own store
 * (test classes running in parallel do not see each other's data), and the store's
 * {@link io.redipy.ManualClock} is a bean, so a test moves time instead of sleeping. Each
 * test method starts with that clock at the current time, so that deadlines application
 * code computes from the system clock line up with the store's. Spring's own Redis stack
 * ({@code StringRedisTemplate}, the Redis cache, Spring Session, repositories) works on
 * the same store through its endpoint:
 *
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureRedipy
 * class SessionTests {
 *     &#64;Autowired ManualClock clock;
 *     ...
 *     clock.advance(Duration.ofMinutes(30));
 * }
 * </pre>
 *
 * Combine it with other slices, or use {@link RedipyTest} for a redipy-only slice.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureRedipy {

}
