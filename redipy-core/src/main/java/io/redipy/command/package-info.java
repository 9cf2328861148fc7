/**
 * What the memory store's Redis endpoint is made of, independent of any transport: the
 * reply model that commands produce ({@link io.redipy.command.Reply}), the contract
 * between a command engine and the server that carries its replies to a client
 * ({@link io.redipy.command.Session}, {@link io.redipy.command.Output}), and the one
 * command table ({@link io.redipy.command.CommandTable}) that dispatch, key extraction
 * and the {@code COMMAND} replies ({@link io.redipy.command.CommandReplies}) derive from.
 *
 * <p>
 * Public because the server lives in another module; it is not an API for applications
 * and may change between releases.
 */
@NullMarked
package io.redipy.command;

import org.jspecify.annotations.NullMarked;
