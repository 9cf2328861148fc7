package io.redipy.test;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives tests a Redis server: {@code REDIPY_TEST_REDIS_URL} if set, else a
 * {@code redis-server} from the PATH started on a free loopback port (once per test run,
 * stopped at its end), else (with a Docker engine) Testcontainers. Without any, the tests
 * are skipped with a loud notice, or fail when {@code -Dredipy.test.redis=required}.
 *
 * <p>
 * Use {@code @ExtendWith(RedisExtension.class)} and take a {@link RedisServer} parameter,
 * or call {@link #server()} from a test.
 */
public final class RedisExtension implements BeforeAllCallback, ParameterResolver {

	private static final Logger logger = LoggerFactory.getLogger(RedisExtension.class);

	/** The environment variable naming an external server. */
	public static final String URL_VARIABLE = "REDIPY_TEST_REDIS_URL";

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RedisExtension.class);

	private static volatile RedisServer shared;

	/** Set once no server could be had, so that later tests do not look again. */
	private static volatile boolean unavailable;

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getRoot().getStore(NAMESPACE).computeIfAbsent("server", (key) -> obtain(), RedisServer.class);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == RedisServer.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return server();
	}

	/**
	 * Returns the shared server, obtaining it on first use.
	 * @return the server
	 */
	public static synchronized RedisServer server() {
		if (shared == null) {
			shared = obtain();
		}
		return shared;
	}

	private static volatile @Nullable RedisCluster sharedCluster;

	/**
	 * Starts a local cluster of three masters for one test class that changes its slots
	 * (the caller closes it), skipped or failed as {@link #cluster()} is.
	 * @return the cluster
	 */
	public static RedisCluster privateCluster() {
		return privateCluster(0);
	}

	/**
	 * Starts a local cluster of three masters with replicas for one test class (the
	 * caller closes it), skipped or failed as {@link #cluster()} is.
	 * @param replicas how many replicas each master has
	 * @return the cluster
	 */
	public static RedisCluster privateCluster(int replicas) {
		requireServerBinary("Redis Cluster");
		return RedisCluster.startLocal(3, replicas);
	}

	/**
	 * Skips the calling test loudly when there is no {@code redis-server} to start
	 * processes from, or fails it under {@code -Dredipy.test.redis=required}.
	 * @param what what the tests need, for the notice
	 */
	public static void requireServerBinary(String what) {
		if (!RedisServer.binaryAvailable()) {
			String notice = "*** " + what + " tests SKIPPED: no redis-server on the PATH to start one. ***";
			if (required()) {
				Assertions.fail(notice.replace("SKIPPED", "FAILED (redipy.test.redis=required)"));
			}
			System.err.println(notice);
			logger.warn(notice);
			Assumptions.abort(notice);
		}
	}

	/**
	 * Returns the shared local cluster of three masters, started on first use (once per
	 * test run, stopped at its end). Like {@link #server()}, it is skipped loudly without
	 * a {@code redis-server}, and fails under {@code -Dredipy.test.redis=required}.
	 * @return the cluster
	 */
	public static synchronized RedisCluster cluster() {
		RedisCluster cluster = sharedCluster;
		if (cluster != null) {
			return cluster;
		}
		requireServerBinary("Redis Cluster");
		cluster = RedisCluster.startLocal(3);
		Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "redipy-cluster-stop"));
		logger.info("Redis Cluster tests use {}", cluster);
		sharedCluster = cluster;
		return cluster;
	}

	/**
	 * Returns whether a missing Redis must fail the tests.
	 * @return whether {@code redipy.test.redis=required}
	 */
	public static boolean required() {
		return "required".equalsIgnoreCase(System.getProperty("redipy.test.redis", "auto"));
	}

	private static synchronized RedisServer obtain() {
		if (shared != null) {
			return shared;
		}
		if (!unavailable) {
			RedisServer found = find();
			if (found != null) {
				shared = found;
				return shared;
			}
			unavailable = true;
		}
		String notice = "*** Redis tests SKIPPED: no " + URL_VARIABLE + ", no redis-server on the PATH and no Docker."
				+ " Install redis-server (apt-get install redis-server) to run them. ***";
		if (required()) {
			Assertions.fail(notice.replace("SKIPPED", "FAILED (redipy.test.redis=required)"));
		}
		System.err.println(notice);
		logger.warn(notice);
		Assumptions.abort(notice);
		throw new IllegalStateException("unreachable");
	}

	private static @Nullable RedisServer find() {
		String url = System.getenv(URL_VARIABLE);
		if (url != null && !url.isBlank()) {
			logger.info("Redis tests use the server at {} ({})", withoutPassword(url), URL_VARIABLE);
			return RedisServer.external(url);
		}
		if (RedisServer.binaryAvailable()) {
			RedisServer local = RedisServer.startLocal(null);
			Runtime.getRuntime().addShutdownHook(new Thread(local::close, "redipy-redis-stop"));
			logger.info("Redis tests use {}", local);
			return local;
		}
		return ContainerRedis.startIfDocker();
	}

	private static String withoutPassword(String url) {
		return url.replaceAll("//[^@/]*@", "//***@");
	}

}
