package io.redipy.autoconfigure;

/**
 * The memory store's Redis endpoint could not listen on its port;
 * {@link RedipyFailureAnalyzer} explains which property sets it.
 */
class MemoryEndpointStartException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int port;

	MemoryEndpointStartException(int port, RuntimeException cause) {
		super("The memory store's Redis endpoint could not listen on 127.0.0.1:" + port + " ("
				+ RedipyMemoryEndpointAutoConfiguration.PORT_PROPERTY + "): " + cause.getMessage(), cause);
		this.port = port;
	}

	int port() {
		return this.port;
	}

}
