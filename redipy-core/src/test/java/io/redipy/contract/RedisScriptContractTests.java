package io.redipy.contract;

import java.util.Map;

import io.redipy.ScriptException;
import io.redipy.script.Kind;
import io.redipy.script.Script;
import io.redipy.test.Backend;
import org.junit.jupiter.api.Test;

import static io.redipy.script.Dsl.list;
import static io.redipy.script.Dsl.lit;
import static io.redipy.script.Dsl.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link ScriptContractTests} on a real Redis.
 */
class RedisScriptContractTests extends ScriptContractTests {

	@Override
	protected Backend createBackend() {
		return Backend.redis();
	}

	@Test
	void failuresShowTheGeneratedLuaLine() {
		Script<Long> script = Script.define("shows_line", Kind.INTEGER, (s) -> {
			s.exec(string(s.key("s")).set(lit("text")));
			s.returns(list(s.key("s2")).llen());
		});
		this.client.set("str", "x");
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> this.client.register(script).call(Map.of("s", "a", "s2", "str")))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("at line").contains("LLEN"));
	}

	@Test
	void registrationSurvivesAScriptFlush() {
		var registered = this.client.register(Script.define("flushed", Kind.INTEGER, (s) -> s.returns(lit(7))));
		assertThat(registered.call(Map.of())).isEqualTo(7L);
		var factory = io.redipy.test.RedisExtension.server().connectionFactory();
		try (var connection = factory.getConnection()) {
			connection.scriptingCommands().scriptFlush();
		}
		finally {
			factory.destroy();
		}
		assertThat(registered.call(Map.of())).isEqualTo(7L);
	}

}
