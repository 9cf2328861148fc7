package io.redipy.memory;

import java.util.TreeSet;

import io.redipy.command.CommandSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint runs exactly the commands of the command table: every entry has a handler
 * and every handler an entry (adding a handler for a command the table lacks fails as the
 * class loads).
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

}
