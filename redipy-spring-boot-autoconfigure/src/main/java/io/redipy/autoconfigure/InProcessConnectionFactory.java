package io.redipy.autoconfigure;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisURI;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.util.StringUtils;

/**
 * Spring Boot's Lettuce connection factory for the memory endpoint, with its settings
 * unchanged (timeouts, client name, pool, client options and resources, customizers),
 * whose client connects in process ({@link InProcessRedisClient}) rather than over
 * loopback TCP. {@code RedisTemplate}, the Redis cache, Spring Session, listener
 * containers and the reactive template then reach the store without a socket.
 */
final class InProcessConnectionFactory extends LettuceConnectionFactory {

	private final InProcessEndpoint endpoint;

	/**
	 * Takes over the configuration of the factory Boot made, before it started.
	 * @param made the factory Boot's auto-configuration made
	 * @param endpoint where the connections go
	 */
	InProcessConnectionFactory(LettuceConnectionFactory made, InProcessEndpoint endpoint) {
		super(made.getStandaloneConfiguration(), made.getClientConfiguration());
		this.endpoint = endpoint;
		setValidateConnection(made.getValidateConnection());
		setShareNativeConnection(made.getShareNativeConnection());
		setEagerInitialization(made.getEagerInitialization());
		setConvertPipelineAndTxResults(made.getConvertPipelineAndTxResults());
		setPhase(made.getPhase());
		setAutoStartup(made.isAutoStartup());
		setEarlyStartup(made.isEarlyStartup());
	}

	/**
	 * The client Spring Data Redis makes for a standalone Redis, connecting in process.
	 */
	@Override
	protected AbstractRedisClient createClient() {
		LettuceClientConfiguration client = getClientConfiguration();
		RedisStandaloneConfiguration target = getStandaloneConfiguration();
		RedisURI.Builder uri = RedisURI.Builder.redis(target.getHostName(), target.getPort())
			.withDatabase(getDatabase())
			.withTimeout(client.getCommandTimeout());
		char[] password = target.getPassword().toOptional().orElse(new char[0]);
		String username = target.getUsername();
		if (StringUtils.hasText(username)) {
			uri.withAuthentication(username, new String(password));
		}
		else if (password.length > 0) {
			uri.withPassword(password);
		}
		client.getRedisCredentialsProviderFactory()
			.ifPresent((factory) -> uri.withAuthentication(factory.createCredentialsProvider(target)));
		client.getClientName().ifPresent(uri::withClientName);
		InProcessRedisClient redis = new InProcessRedisClient(client.getClientResources().orElse(null), uri.build(),
				this.endpoint);
		client.getClientOptions().ifPresent(redis::setOptions);
		return redis;
	}

}
