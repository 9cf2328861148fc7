package io.redipy.memory;

import io.redipy.command.Reply;
import io.redipy.memory.RespCommands.Call;
import io.redipy.memory.RespCommands.Handler;
import org.jspecify.annotations.Nullable;

import static io.redipy.memory.RespCommands.add;
import static io.redipy.memory.RespCommands.integer;

/**
 * The endpoint's HyperLogLog commands (see {@link RespCommands} and {@link HllOps}).
 * {@code PFCOUNT} of one key is read as a reader reads and runs again under the lock when
 * it must write the estimate it computed into the value.
 */
final class RespHyperLogLog {

	private RespHyperLogLog() {
	}

	/** The family's handlers, one constant per command (see {@link Handler}). */
	private enum Handlers implements Handler {

		PFADD, PFCOUNT, PFMERGE;

		@Override
		public @Nullable Reply run(Call c) {
			return switch (this) {
				case PFADD -> pfadd(c);
				case PFCOUNT -> pfcount(c);
				case PFMERGE -> pfmerge(c);
			};
		}

	}

	/** Adds the commands to the endpoint's table. */
	static void register() {
		add(Handlers.values());
	}

	private static Reply pfadd(Call c) {
		String key = c.text(1);
		return integer(c.run((db) -> HllOps.pfadd(db, key, c.args, 2)) ? 1 : 0);
	}

	private static Reply pfcount(Call c) {
		String[] keys = c.texts(1);
		return integer(c.read((db) -> HllOps.pfcount(db, keys)));
	}

	private static Reply pfmerge(Call c) {
		String destination = c.text(1);
		String[] sources = c.texts(2);
		c.run((db) -> {
			HllOps.pfmerge(db, destination, sources);
			return null;
		});
		return Reply.OK;
	}

}
