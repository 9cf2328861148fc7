package io.redipy.memory;

import java.util.TreeSet;

import io.redipy.command.CommandSpec;
import io.redipy.command.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The endpoint runs exactly the commands of the command table: every entry has a handler
 * and every handler an entry (adding a handler for a command the table lacks, or a second
 * handler for a command, fails as the class loads).
 */
class EndpointTableTests {

	@Test
	void everyCommandOfTheTableHasAHandler() {
		TreeSet<String> table = new TreeSet<>();
		for (CommandSpec command : RespCommands.TABLE.commands()) {
			table.add(command.name());
		}
		assertThat(new TreeSet<>(RespCommands.names())).isEqualTo(table);
	}

	@Test
	void aSecondHandlerForACommandIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> RespCommands.add(Stray.values()))
			.withMessage("'get' has two handlers");
	}

	@Test
	void aHandlerForACommandTheTableLacksIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> RespCommands.add(Unknown.values()))
			.withMessage("'nosuchcommand' is not in the command table");
	}

	/** A second handler for GET. */
	private enum Stray implements RespCommands.Handler {

		GET;

		@Override
		public Reply run(RespCommands.Call call) {
			return Reply.OK;
		}

	}

	/** A handler for a command the table does not have. */
	private enum Unknown implements RespCommands.Handler {

		NOSUCHCOMMAND;

		@Override
		public Reply run(RespCommands.Call call) {
			return Reply.OK;
		}

	}

}
