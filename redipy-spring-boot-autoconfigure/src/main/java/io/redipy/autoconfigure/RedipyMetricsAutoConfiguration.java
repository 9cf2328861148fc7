package io.redipy.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import io.redipy.RedipyClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Times redipy's commands with Micrometer ({@code redipy.commands}, tagged with backend,
 * command and outcome) when Micrometer is on the classpath and a {@link MeterRegistry}
 * bean exists.
 */
@AutoConfiguration(after = RedipyAutoConfiguration.class)
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
@ConditionalOnProperty(name = "redipy.metrics.enabled", havingValue = "true", matchIfMissing = true)
public final class RedipyMetricsAutoConfiguration {

	@Bean
	static BeanPostProcessor redipyCommandTimer(ObjectProvider<MeterRegistry> registry) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof RedipyClient client && !isTimed(bean)) {
					MeterRegistry meters = registry.getIfAvailable();
					return (meters != null) ? TimedRedipyClient.wrap(client, meters) : bean;
				}
				return bean;
			}

		};
	}

	private static boolean isTimed(Object bean) {
		return java.lang.reflect.Proxy.isProxyClass(bean.getClass())
				&& java.lang.reflect.Proxy.getInvocationHandler(bean) instanceof TimedRedipyClient;
	}

}
