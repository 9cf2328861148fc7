package io.redipy.autoconfigure;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.redipy.RedipyClient;

/**
 * Times every command of a {@link RedipyClient} as {@code redipy.commands}, tagged with
 * the backend, the command and the outcome; redipy's own probes ({@link UntimedCalls})
 * are not counted.
 */
final class TimedRedipyClient implements InvocationHandler {

	/**
	 * Methods that are not commands (the typed views' commands run on the backend's own
	 * client, not through this proxy).
	 */
	private static final Set<String> UNTIMED = Set.of("backend", "keyPrefix", "close", "batch", "register", "toString",
			"hashCode", "equals", "scanAll", "withCodecs", "binary");

	private final RedipyClient target;

	private final MeterRegistry registry;

	private TimedRedipyClient(RedipyClient target, MeterRegistry registry) {
		this.target = target;
		this.registry = registry;
	}

	static RedipyClient wrap(RedipyClient target, MeterRegistry registry) {
		return (RedipyClient) Proxy.newProxyInstance(RedipyClient.class.getClassLoader(),
				new Class<?>[] { RedipyClient.class }, new TimedRedipyClient(target, registry));
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		if (UNTIMED.contains(method.getName()) || UntimedCalls.active()) {
			return call(method, args);
		}
		long start = System.nanoTime();
		String outcome = "success";
		try {
			return call(method, args);
		}
		catch (Throwable ex) {
			outcome = ex.getClass().getSimpleName();
			throw ex;
		}
		finally {
			Timer.builder("redipy.commands")
				.description("Commands run through redipy")
				.tag("backend", this.target.backend())
				.tag("command", method.getName())
				.tag("outcome", outcome)
				.register(this.registry)
				.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
		}
	}

	private Object call(Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(this.target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
