package io.redipy.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The condition of {@link ConditionalOnBackend}. It binds {@code redipy.backend} with
 * Boot's binder instead of comparing text (as {@code @ConditionalOnProperty} would): the
 * backend chosen is then exactly the one {@link RedipyProperties} reports, and a value
 * that is no backend (or an empty one) throws an exception, which fails the start and
 * which {@link RedipyFailureAnalyzer} explains. Comparing text would instead leave no
 * backend configuration matching, and the application would fail later with only "no bean
 * of type RedipyClient", or not at all when nothing injects a client.
 */
class OnBackendCondition extends SpringBootCondition {

	static final String PROPERTY = "redipy.backend";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		RedipyProperties.Backend wanted = metadata.getAnnotations()
			.get(ConditionalOnBackend.class)
			.getEnum("value", RedipyProperties.Backend.class);
		Binder binder = Binder.get(context.getEnvironment());
		String raw = binder.bind(PROPERTY, String.class).orElse(null);
		if (raw != null && raw.isBlank()) {
			// the binder reads an empty value as no value, which would mean memory: an
			// unset
			// placeholder in production must not choose the memory backend
			throw new InvalidConfigurationPropertyValueException(PROPERTY, raw, "no backend is named");
		}
		RedipyProperties.Backend chosen = binder.bind(PROPERTY, RedipyProperties.Backend.class)
			.orElse(RedipyProperties.Backend.MEMORY);
		ConditionMessage.Builder message = ConditionMessage.forCondition(ConditionalOnBackend.class, wanted);
		return (chosen == wanted) ? ConditionOutcome.match(message.foundExactly(PROPERTY + "=" + chosen))
				: ConditionOutcome.noMatch(message.found(PROPERTY).items(chosen));
	}

}
