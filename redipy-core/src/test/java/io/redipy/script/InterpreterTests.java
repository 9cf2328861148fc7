package io.redipy.script;

import io.redipy.Redipy;
import io.redipy.ScriptException;
import io.redipy.script.interp.Interpreter;
import org.junit.jupiter.api.Test;

import static io.redipy.script.Dsl.lit;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The memory interpreter's own guard: a script that loops forever is stopped at its time
 * limit instead of holding the store forever.
 */
class InterpreterTests {

	@Test
	void anEndlessLoopIsStoppedAtTheTimeLimit() {
		Script<Long> endless = Script.define("endless", Kind.INTEGER, (s) -> {
			IntExpr n = s.let("n", lit(0));
			s.whileLoop(lit(true), (body) -> body.assign(n, n.plus(1).mod(lit(1000))));
			s.returns(n);
		});
		Interpreter interpreter = Interpreter.prepare(endless.program());
		Interpreter.Host noTimeAtAll = new Interpreter.Host() {

			@Override
			public long nowMillis() {
				return 0;
			}

			@Override
			public long timeLimitNanos() {
				return 0;
			}

		};
		assertThatExceptionOfType(ScriptException.class)
			.isThrownBy(() -> interpreter.run(Redipy.memory(), noTimeAtAll, new String[0], new Object[0]))
			.withMessageContaining("time limit");
	}

}
