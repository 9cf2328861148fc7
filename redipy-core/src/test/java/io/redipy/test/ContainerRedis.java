package io.redipy.test;

import org.jspecify.annotations.Nullable;

/**
 * Testcontainers as the last way to a Redis server, used only when a Docker engine
 * answers; kept in its own class so that Testcontainers is loaded only then.
 */
final class ContainerRedis {

	private ContainerRedis() {
	}

	static @Nullable RedisServer startIfDocker() {
		try {
			if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
				return null;
			}
			org.testcontainers.containers.GenericContainer<?> container = new org.testcontainers.containers.GenericContainer<>(
					"redis:7.0")
				.withExposedPorts(6379);
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "redipy-redis-container-stop"));
			return RedisServer.external("redis://" + container.getHost() + ":" + container.getMappedPort(6379));
		}
		catch (Throwable ex) {
			return null;
		}
	}

}
