package io.redipy.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains why redipy's Redis backend could not start, and the two ways out.
 */
class RedipyFailureAnalyzer extends AbstractFailureAnalyzer<RuntimeException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RuntimeException cause) {
		RedisUnavailableException unavailable = findCause(rootFailure, RedisUnavailableException.class);
		if (unavailable != null) {
			Throwable reason = unavailable.getCause();
			String detail = (reason != null && reason.getMessage() != null) ? reason.getMessage() : "no answer";
			return new FailureAnalysis(
					"redipy is configured for Redis (redipy.backend=redis), but Redis at " + unavailable.address()
							+ " cannot be reached: " + detail,
					"Start Redis at " + unavailable.address() + " (or point spring.data.redis.host/port or "
							+ "spring.data.redis.url at a running server), or set redipy.backend=memory to use "
							+ "the in-process memory store. redipy never falls back to memory by itself.",
					unavailable);
		}
		RedisBackendUnavailableException missing = findCause(rootFailure, RedisBackendUnavailableException.class);
		if (missing != null) {
			return new FailureAnalysis(
					"redipy is configured for Redis (redipy.backend=redis), but Spring Data "
							+ "Redis is not on the classpath.",
					"Add org.springframework.data:spring-data-redis and io.lettuce:lettuce-core (the "
							+ "redipy-spring-boot-starter brings both), or set redipy.backend=memory.",
					missing);
		}
		org.springframework.boot.context.properties.bind.BindException bind = findCause(rootFailure,
				org.springframework.boot.context.properties.bind.BindException.class);
		if (bind != null && bind.getProperty() != null
				&& "redipy.backend".equals(bind.getProperty().getName().toString())) {
			return new FailureAnalysis("Invalid value '" + bind.getProperty().getValue() + "' for redipy.backend.",
					"Set redipy.backend to one of: memory (the in-process store, the default) or redis (Spring Data "
							+ "Redis with spring.data.redis.*).",
					bind);
		}
		return null;
	}

}
