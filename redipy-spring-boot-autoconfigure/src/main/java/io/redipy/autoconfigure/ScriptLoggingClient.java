package io.redipy.autoconfigure;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import io.redipy.RedipyClient;
import io.redipy.script.RegisteredScript;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the generated Lua of every script registered through a {@link RedipyClient}
 * ({@code redipy.scripts.log-lua=true}).
 */
final class ScriptLoggingClient implements InvocationHandler {

	private static final Logger logger = LoggerFactory.getLogger(ScriptLoggingClient.class);

	private final RedipyClient target;

	private ScriptLoggingClient(RedipyClient target) {
		this.target = target;
	}

	static RedipyClient wrap(RedipyClient target) {
		return (RedipyClient) Proxy.newProxyInstance(RedipyClient.class.getClassLoader(),
				new Class<?>[] { RedipyClient.class }, new ScriptLoggingClient(target));
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		Object result;
		try {
			result = method.invoke(this.target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		if (result instanceof RegisteredScript<?> registered) {
			logger.info("redipy script '{}' on {} compiles to Lua:\n{}", registered.script().name(),
					this.target.backend(), registered.luaText());
		}
		return result;
	}

}
