package io.redipy.autoconfigure;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

import io.redipy.server.RedipyServer;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The memory store's Redis endpoint in a Spring application: a RESP2/RESP3 server on
 * loopback that serves the same store as the application's
 * {@link io.redipy.RedipyClient}, and that Spring Boot's Redis auto-configuration (and so
 * {@code RedisTemplate}, the Redis cache, Spring Session) connects to on the memory
 * backend. Clients must give its password, which is generated at every start unless
 * {@code redipy.memory.server.password} sets one, and which this type never shows: the
 * connection details that Boot's connection factory reads carry it.
 *
 * <p>
 * Closing the application context closes the endpoint and frees its port. The endpoint
 * starts on a thread of its own while the context starts; its methods wait for that
 * start.
 */
public final class MemoryEndpoint implements AutoCloseable, SmartInitializingSingleton {

	static final String HOST = "127.0.0.1";

	private final CompletableFuture<Running> running;

	private final boolean generatedPassword;

	private MemoryEndpoint(CompletableFuture<Running> running, boolean generatedPassword) {
		this.running = running;
		this.generatedPassword = generatedPassword;
	}

	/** The started server and the password its clients give. */
	record Running(RedipyServer server, String password) {

		@Override
		public String toString() {
			// never the password
			return "Running[" + this.server + "]";
		}

	}

	/**
	 * Starts an endpoint on a thread of its own and returns at once; whatever asks for
	 * its port or password waits for the start, and gets its failure.
	 */
	static MemoryEndpoint startInBackground(Supplier<Running> start, boolean generatedPassword) {
		CompletableFuture<Running> running = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				running.complete(start.get());
			}
			catch (Throwable ex) {
				running.completeExceptionally(ex);
			}
		}, "redipy-endpoint-start");
		thread.setDaemon(true);
		thread.start();
		return new MemoryEndpoint(running, generatedPassword);
	}

	/** Waits for the start; rethrows its failure as it was thrown. */
	private Running running() {
		try {
			return this.running.join();
		}
		catch (CompletionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	/**
	 * Waits, once the context made every singleton, for the endpoint's start, so that an
	 * endpoint that could not start fails the application's start even when nothing asked
	 * for its address.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		running();
	}

	/**
	 * Returns the host the endpoint listens on: always the loopback address.
	 * @return {@code 127.0.0.1}
	 */
	public String host() {
		return HOST;
	}

	/**
	 * Returns the port the endpoint listens on.
	 * @return the port
	 */
	public int port() {
		return running().server().port();
	}

	/**
	 * Returns whether the password was generated at this start (rather than configured).
	 * @return whether it was generated
	 */
	public boolean generatedPassword() {
		return this.generatedPassword;
	}

	/** The password, for the connection details only. */
	String password() {
		return running().password();
	}

	/**
	 * Stops the endpoint: it closes its connections and frees the port.
	 */
	@Override
	public void close() {
		Running started;
		try {
			started = running();
		}
		catch (RuntimeException | Error ex) {
			// it never started: nothing to stop
			return;
		}
		started.server().close();
	}

	@Override
	public String toString() {
		return "MemoryEndpoint[" + HOST + ":" + port() + "]";
	}

}
