package io.redipy.memory;

import io.redipy.command.Reply;
import io.redipy.memory.RespCommands.Call;
import io.redipy.memory.RespCommands.Handler;
import org.jspecify.annotations.Nullable;

import static io.redipy.memory.RespCommands.add;

/**
 * The endpoint's {@code DUMP} and {@code RESTORE} (see {@link RespCommands}), reading
 * their arguments in the order of Redis 7.0's {@code restoreCommand}.
 */
final class RespDump {

	private RespDump() {
	}

	/** The family's handlers (see {@link Handler}). */
	private enum Handlers implements Handler {

		DUMP, RESTORE;

		@Override
		public @Nullable Reply run(Call c) {
			return switch (this) {
				case DUMP -> dump(c);
				case RESTORE -> restore(c);
			};
		}

	}

	/** Adds the commands to the endpoint's table. */
	static void register() {
		add(Handlers.values());
	}

	private static Reply dump(Call c) {
		String key = c.text(1);
		byte[] payload = c.run((db) -> DumpOps.dump(db, key));
		return (payload != null) ? new Reply.Bulk(payload) : Reply.NIL;
	}

	private static Reply restore(Call c) {
		boolean replace = false;
		boolean absttl = false;
		long idle = -1;
		long freq = -1;
		for (int j = 4; j < c.size(); j++) {
			int additional = c.size() - j - 1;
			if (c.is(j, "REPLACE")) {
				replace = true;
			}
			else if (c.is(j, "ABSTTL")) {
				absttl = true;
			}
			else if (c.is(j, "IDLETIME") && additional >= 1 && freq == -1) {
				idle = c.integer(++j);
				if (idle < 0) {
					throw Errors.error(DumpOps.NEGATIVE_IDLETIME);
				}
			}
			else if (c.is(j, "FREQ") && additional >= 1 && idle == -1) {
				freq = c.integer(++j);
				if (freq < 0 || freq > 255) {
					throw Errors.error(DumpOps.FREQ_RANGE);
				}
			}
			else {
				throw Errors.error(Errors.SYNTAX);
			}
		}
		String key = c.text(1);
		byte[] payload = c.args[3];
		boolean replacing = replace;
		boolean absolute = absttl;
		c.run((db) -> DumpOps.restore(db, key, () -> c.integer(2), payload, replacing, absolute));
		return Reply.OK;
	}

}
