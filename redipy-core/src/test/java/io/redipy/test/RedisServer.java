package io.redipy.test;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * A Redis server for tests: an external one named by {@code REDIPY_TEST_REDIS_URL}, or a
 * {@code redis-server} process this class starts on a free loopback port (and can stop
 * and start again, for outage tests).
 */
public final class RedisServer implements AutoCloseable {

	private final String host;

	private final int port;

	private final @Nullable String password;

	private final List<String> extraArgs;

	private final @Nullable Path directory;

	private @Nullable Path certificate;

	private @Nullable Process process;

	/** A configuration file the process reads first (a Sentinel's), or null. */
	private @Nullable Path configFile;

	private RedisServer(String host, int port, @Nullable String password, List<String> extraArgs,
			@Nullable Path directory) {
		this.host = host;
		this.port = port;
		this.password = password;
		this.extraArgs = extraArgs;
		this.directory = directory;
	}

	/**
	 * Starts a {@code redis-server} that speaks only TLS, on a free loopback port, with a
	 * self-signed certificate for 127.0.0.1 made by {@code openssl}.
	 * @return the running server; {@link #certificate()} is the certificate to trust
	 */
	public static RedisServer startLocalTls() {
		try {
			Path dir = Files.createTempDirectory("redipy-redis-tls");
			Path cert = dir.resolve("redis.crt");
			Path key = dir.resolve("redis.key");
			Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
					key.toString(), "-out", cert.toString(), "-days", "2", "-subj", "/CN=localhost", "-addext",
					"subjectAltName=IP:127.0.0.1,DNS:localhost")
				.redirectErrorStream(true)
				.redirectOutput(dir.resolve("openssl.log").toFile())
				.start();
			if (!openssl.waitFor(60, TimeUnit.SECONDS) || openssl.exitValue() != 0) {
				throw new IllegalStateException("openssl could not make a certificate: see " + dir);
			}
			int port = freePort();
			RedisServer server = new RedisServer("127.0.0.1", port, null,
					List.of("--port", "0", "--tls-port", Integer.toString(port), "--tls-cert-file", cert.toString(),
							"--tls-key-file", key.toString(), "--tls-ca-cert-file", cert.toString(),
							"--tls-auth-clients", "no"),
					dir);
			server.certificate = cert;
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start redis-server with TLS", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Returns the certificate of a TLS server.
	 * @return the PEM file, or {@code null} for a plain server
	 */
	public @Nullable Path certificate() {
		return this.certificate;
	}

	/**
	 * Returns an external server from a {@code redis://[:password@]host:port} URL.
	 * @param url the URL
	 * @return the server (never started or stopped by tests)
	 */
	public static RedisServer external(String url) {
		URI uri = URI.create(url);
		String password = null;
		if (uri.getUserInfo() != null) {
			String info = uri.getUserInfo();
			password = info.contains(":") ? info.substring(info.indexOf(':') + 1) : info;
		}
		return new RedisServer(uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 6379, password, List.of(), null);
	}

	/**
	 * Returns whether a {@code redis-server} binary is on the PATH.
	 * @return whether one was found
	 */
	public static boolean binaryAvailable() {
		return findBinary() != null;
	}

	private static @Nullable String findBinary() {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String dir : path.split(File.pathSeparator)) {
			File candidate = new File(dir, "redis-server");
			if (candidate.canExecute()) {
				return candidate.getAbsolutePath();
			}
		}
		return null;
	}

	/**
	 * Starts a {@code redis-server} on a free loopback port.
	 * @param password a password to require, or {@code null}
	 * @param extraArgs more server arguments
	 * @return the running server
	 */
	public static RedisServer startLocal(@Nullable String password, String... extraArgs) {
		try {
			Path dir = Files.createTempDirectory("redipy-redis");
			RedisServer server = new RedisServer("127.0.0.1", freePort(), password, List.of(extraArgs), dir);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start redis-server", ex);
		}
	}

	/**
	 * Starts a {@code redis-server} on a given loopback port.
	 * @param port the port
	 * @param extraArgs more server arguments
	 * @return the running server
	 */
	public static RedisServer startLocalAt(int port, String... extraArgs) {
		try {
			Path dir = Files.createTempDirectory("redipy-redis");
			RedisServer server = new RedisServer("127.0.0.1", port, null, List.of(extraArgs), dir);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start redis-server", ex);
		}
	}

	/**
	 * Starts a Redis Sentinel ({@code redis-server <file> --sentinel}) on a free loopback
	 * port, with a configuration file of the given lines (Sentinel rewrites it).
	 * @param lines the configuration, such as {@code sentinel monitor ...}
	 * @return the running Sentinel
	 */
	public static RedisServer startSentinel(List<String> lines) {
		try {
			Path dir = Files.createTempDirectory("redipy-sentinel");
			Path config = dir.resolve("sentinel.conf");
			Files.write(config, lines);
			RedisServer server = new RedisServer("127.0.0.1", freePort(), null, List.of("--sentinel"), dir);
			server.configFile = config;
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start a Sentinel", ex);
		}
	}

	/**
	 * Returns servers' addresses as Boot's node lists take them.
	 * @param servers the servers
	 * @return {@code host:port,host:port,...}
	 */
	public static String addresses(List<RedisServer> servers) {
		List<String> addresses = new ArrayList<>();
		for (RedisServer server : servers) {
			addresses.add(server.host() + ":" + server.port());
		}
		return String.join(",", addresses);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	/**
	 * Starts the server process (again, after {@link #stop()}), on the same port.
	 */
	public synchronized void start() {
		if (this.directory == null) {
			throw new IllegalStateException("An external server cannot be started by tests");
		}
		if (this.process != null && this.process.isAlive()) {
			return;
		}
		String binary = findBinary();
		if (binary == null) {
			throw new IllegalStateException("No redis-server on the PATH");
		}
		List<String> command = new ArrayList<>(List.of(binary));
		if (this.configFile != null) {
			command.add(this.configFile.toString());
		}
		command.addAll(List.of("--port", Integer.toString(this.port), "--bind", "127.0.0.1", "--save", "",
				"--appendonly", "no", "--dir", this.directory.toString(), "--protected-mode", "no"));
		if (this.password != null) {
			command.add("--requirepass");
			command.add(this.password);
		}
		command.addAll(this.extraArgs);
		try {
			this.process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(this.directory.resolve("redis.log").toFile())
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not start redis-server", ex);
		}
		awaitPort(true);
	}

	/**
	 * Stops the server process (kills it) and waits until the port is closed.
	 */
	public synchronized void stop() {
		Process running = this.process;
		if (running == null) {
			return;
		}
		running.destroyForcibly();
		try {
			running.waitFor(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.process = null;
		awaitPort(false);
	}

	private void awaitPort(boolean open) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline) {
			if (isOpen() == open) {
				return;
			}
			if (open && this.process != null && !this.process.isAlive()) {
				throw new IllegalStateException("redis-server exited: see " + this.directory.resolve("redis.log"));
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		throw new IllegalStateException("redis-server on port " + this.port + " did not " + (open ? "start" : "stop"));
	}

	private boolean isOpen() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(this.host, this.port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Returns the host.
	 * @return the host
	 */
	public String host() {
		return this.host;
	}

	/**
	 * Returns the port.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Returns whether tests may stop and start this server.
	 * @return {@code true} for a server this class started
	 */
	public boolean isManaged() {
		return this.directory != null;
	}

	/**
	 * Creates a started Lettuce connection factory for this server with a short command
	 * timeout; the caller destroys it.
	 * @return the factory
	 */
	public LettuceConnectionFactory connectionFactory() {
		return connectionFactory(this.password);
	}

	/**
	 * Creates a started connection factory with a given password.
	 * @param password the password to send, or {@code null}
	 * @return the factory
	 */
	public LettuceConnectionFactory connectionFactory(@Nullable String password) {
		return connectionFactory((config) -> {
			if (password != null) {
				config.setPassword(password);
			}
		});
	}

	/**
	 * Creates a started connection factory, letting the caller adjust the configuration
	 * (user, password, database).
	 * @param customizer adjusts the configuration
	 * @return the factory
	 */
	public LettuceConnectionFactory connectionFactory(
			java.util.function.Consumer<RedisStandaloneConfiguration> customizer) {
		RedisStandaloneConfiguration config = new RedisStandaloneConfiguration(this.host, this.port);
		customizer.accept(config);
		LettuceClientConfiguration client = LettuceClientConfiguration.builder()
			.commandTimeout(Duration.ofSeconds(3))
			.clientOptions(ClientOptions.builder()
				.socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).build())
				.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
				.build())
			.build();
		LettuceConnectionFactory factory = new LettuceConnectionFactory(config, client);
		factory.afterPropertiesSet();
		factory.start();
		return factory;
	}

	@Override
	public void close() {
		if (isManaged()) {
			stop();
		}
	}

	@Override
	public String toString() {
		return "redis-server " + this.host + ":" + this.port;
	}

}
