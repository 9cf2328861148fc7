/**
 * A RESP2/RESP3 server over the JDK's NIO that carries a command engine
 * ({@link io.redipy.command.Engine}) to any Redis client:
 * {@link io.redipy.server.RedipyServer} and its {@link io.redipy.server.ServerOptions}.
 * The decoder, the encoder and the connection handling are internal.
 */
@NullMarked
package io.redipy.server;

import org.jspecify.annotations.NullMarked;
