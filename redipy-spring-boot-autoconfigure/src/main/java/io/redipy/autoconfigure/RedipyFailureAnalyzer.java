package io.redipy.autoconfigure;

import java.beans.PropertyDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.redipy.ConnectionException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains why redipy could not start and what to do: Redis unreachable, Spring Data
 * Redis missing, the memory endpoint's port taken, an invalid {@code redipy.backend}, or
 * an unknown {@code redipy.*} property. It runs before Boot's own analyzers, whose
 * messages for the last two do not say which values or properties are valid.
 */
class RedipyFailureAnalyzer extends AbstractFailureAnalyzer<RuntimeException> implements Ordered {

	private static final String PREFIX = "redipy.";

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, RuntimeException cause) {
		RedisUnavailableException unavailable = findCause(rootFailure, RedisUnavailableException.class);
		if (unavailable != null) {
			return unavailable(unavailable);
		}
		MemoryEndpointStartException endpoint = findCause(rootFailure, MemoryEndpointStartException.class);
		if (endpoint != null) {
			String port = Integer.toString(endpoint.port());
			Throwable bind = endpoint.getCause();
			String reason = (bind != null && bind.getCause() != null && bind.getCause().getMessage() != null)
					? bind.getCause().getMessage() : "it could not be bound";
			return new FailureAnalysis(
					"The memory store's Redis endpoint could not listen on 127.0.0.1:" + port + ", the port set by "
							+ RedipyMemoryEndpointAutoConfiguration.PORT_PROPERTY + "=" + port + ": " + reason + ".",
					"Stop what listens on port " + port + " (another instance of this application?), or set "
							+ RedipyMemoryEndpointAutoConfiguration.PORT_PROPERTY
							+ " to a free port, or to 0 (the default) for one chosen at every start. Set "
							+ RedipyMemoryEndpointAutoConfiguration.ENABLED_PROPERTY
							+ "=false if nothing but redipy's own client uses the memory store.",
					endpoint);
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
		UnboundConfigurationPropertiesException unbound = findCause(rootFailure,
				UnboundConfigurationPropertiesException.class);
		if (unbound != null) {
			FailureAnalysis analysis = unknownProperties(unbound);
			if (analysis != null) {
				return analysis;
			}
		}
		BindException bind = findCause(rootFailure, BindException.class);
		if (bind != null && bind.getProperty() != null
				&& OnBackendCondition.PROPERTY.equals(bind.getProperty().getName().toString())) {
			return invalidBackend(bind.getProperty().getValue(), origin(bind.getProperty()), bind);
		}
		InvalidConfigurationPropertyValueException invalid = findCause(rootFailure,
				InvalidConfigurationPropertyValueException.class);
		if (invalid != null && OnBackendCondition.PROPERTY.equals(invalid.getName())) {
			return invalidBackend(invalid.getValue(), "", invalid);
		}
		return null;
	}

	private static FailureAnalysis invalidBackend(@Nullable Object value, String origin, Throwable cause) {
		return new FailureAnalysis("Invalid value '" + value + "' for redipy.backend" + origin + ".",
				"Set redipy.backend to one of: memory (the in-process store, the default) or redis (Spring Data "
						+ "Redis with spring.data.redis.*).",
				cause);
	}

	/**
	 * Says what failed on the way to Redis and what to change for that cause:
	 * credentials, TLS settings, the host name, a server that is not running, or one that
	 * does not answer. Never prints the password: only the address and the server's or
	 * driver's message, which do not carry it.
	 */
	private static FailureAnalysis unavailable(RedisUnavailableException unavailable) {
		String address = unavailable.address();
		ConnectionException.Reason reason = unavailable.reason();
		String detail = (unavailable.getCause() != null && unavailable.getCause().getMessage() != null)
				? unavailable.getCause().getMessage() : "no answer";
		String configured = "redipy is configured for Redis (redipy.backend=redis), but ";
		String otherwise = " Or set redipy.backend=memory to use the in-process memory store; redipy never falls "
				+ "back to memory by itself.";
		return switch (reason) {
			case AUTHENTICATION ->
				new FailureAnalysis(configured + "authentication to Redis at " + address + " failed: " + detail,
						"Check the credentials: spring.data.redis.password, and spring.data.redis.username when the "
								+ "server has ACL users (or the user and password of spring.data.redis.url). A server "
								+ "that requires a password answers NOAUTH when none is set. The password is not shown "
								+ "here." + otherwise,
						unavailable);
			case TLS -> new FailureAnalysis(
					configured + "the TLS handshake with Redis at " + address + " failed: " + detail,
					"Check that spring.data.redis.ssl.enabled matches the server (TLS on its tls-port, or plain), and "
							+ "that the server's certificate is trusted (spring.data.redis.ssl.bundle)." + otherwise,
					unavailable);
			case UNKNOWN_HOST -> new FailureAnalysis(
					configured + "the host of Redis at " + address + " is unknown: " + detail,
					"Check spring.data.redis.host (or the host of spring.data.redis.url)." + otherwise, unavailable);
			case REFUSED -> new FailureAnalysis(
					configured + "nothing accepts connections at " + address + " (connection refused): " + detail,
					"Start Redis at " + address + ", or point spring.data.redis.host/port or spring.data.redis.url "
							+ "at a running server." + otherwise,
					unavailable);
			case TIMEOUT -> new FailureAnalysis(
					configured + "Redis at " + address + " did not answer in time: " + detail,
					"Check that Redis runs at " + address + " and is reachable; a firewall that drops packets, "
							+ "or spring.data.redis.ssl.enabled=true against a plain port, looks like this too. "
							+ "spring.data.redis.connect-timeout and spring.data.redis.timeout set how long to wait."
							+ otherwise,
					unavailable);
			case OTHER -> new FailureAnalysis(configured + "Redis at " + address + " cannot be reached: " + detail,
					"Start Redis at " + address + " (or point spring.data.redis.host/port or "
							+ "spring.data.redis.url at a running server)." + otherwise,
					unavailable);
		};
	}

	/**
	 * Names each unknown {@code redipy.*} property with the valid one closest to it, as a
	 * typo is the usual cause.
	 */
	private static @Nullable FailureAnalysis unknownProperties(UnboundConfigurationPropertiesException unbound) {
		List<ConfigurationProperty> unknown = unbound.getUnboundProperties()
			.stream()
			.filter((property) -> property.getName().toString().startsWith(PREFIX))
			.sorted(Comparator.comparing((property) -> property.getName().toString()))
			.toList();
		if (unknown.isEmpty()) {
			return null;
		}
		List<String> valid = validProperties();
		StringBuilder description = new StringBuilder("Unknown redipy ")
			.append((unknown.size() == 1) ? "property" : "properties")
			.append(':');
		StringBuilder action = new StringBuilder();
		for (ConfigurationProperty property : unknown) {
			String name = property.getName().toString();
			description.append("\n    ").append(name).append(origin(property));
			action.append("Replace ").append(name).append(" with ").append(closest(name, valid)).append(".\n");
		}
		description.append("\nredipy does not start with a property it does not know, so that a typo cannot ")
			.append("silently leave the default (such as the memory backend) in place.");
		action.append("The redipy properties are: ").append(String.join(", ", valid)).append('.');
		return new FailureAnalysis(description.toString(), action.toString(), unbound);
	}

	private static String origin(ConfigurationProperty property) {
		return (property.getOrigin() != null) ? " (from " + property.getOrigin() + ")" : "";
	}

	/**
	 * The names of {@link RedipyProperties}, read from the class itself so that the list
	 * cannot fall behind it.
	 * @return the names, such as {@code redipy.memory.script-time-limit}
	 */
	static List<String> validProperties() {
		List<String> names = new ArrayList<>();
		collect(RedipyProperties.class, "redipy", names);
		return names;
	}

	private static void collect(Class<?> type, String prefix, List<String> names) {
		PropertyDescriptor[] descriptors = BeanUtils.getPropertyDescriptors(type);
		Arrays.sort(descriptors, Comparator.comparing(PropertyDescriptor::getName));
		for (PropertyDescriptor descriptor : descriptors) {
			if (descriptor.getReadMethod() == null || "class".equals(descriptor.getName())) {
				continue;
			}
			String name = prefix + "." + DataObjectPropertyName.toDashedForm(descriptor.getName());
			Class<?> propertyType = descriptor.getPropertyType();
			if (propertyType.getDeclaringClass() == RedipyProperties.class && !propertyType.isEnum()) {
				collect(propertyType, name, names);
			}
			else if (descriptor.getWriteMethod() != null) {
				names.add(name);
			}
		}
	}

	/** The valid name with the fewest single-character edits from the given one. */
	static String closest(String name, List<String> valid) {
		return valid.stream().min(Comparator.comparingInt((candidate) -> distance(name, candidate))).orElseThrow();
	}

	/** Levenshtein distance, with two rows. */
	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + ((a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
