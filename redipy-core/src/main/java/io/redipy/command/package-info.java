/**
 * What the memory store's Redis endpoint is made of, independent of any transport: the
 * reply model that commands produce ({@link io.redipy.command.Reply}) and the contract
 * between a command engine and the server that carries its replies to a client
 * ({@link io.redipy.command.Session}, {@link io.redipy.command.Output}).
 *
 * <p>
 * Public because the server lives in another module; it is not an API for applications
 * and may change between releases.
 */
@NullMarked
package io.redipy.command;

import org.jspecify.annotations.NullMarked;
