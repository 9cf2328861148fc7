package io.redipy.script.ir;

import java.util.List;
import java.util.Objects;

/**
 * A whole script as the IR holds it: its name, declared keys and arguments, body and
 * result type. Both backends prepare a program once, when it is registered.
 *
 * @param name the script's name (for errors and logs)
 * @param keys the declared keys' names, in order
 * @param args the declared arguments, in order
 * @param locals how many local-variable slots the body uses
 * @param body the statements
 * @param result the result type (nullable: a script that ends without return gives null)
 */
public record Program(String name, List<String> keys, List<Expr.Arg> args, int locals, List<Stmt> body, Type result) {

	/**
	 * Copies the lists.
	 * @param name the name
	 * @param keys the keys
	 * @param args the arguments
	 * @param locals the number of local slots
	 * @param body the statements
	 * @param result the result type
	 */
	public Program {
		Objects.requireNonNull(name, "name");
		keys = List.copyOf(keys);
		args = List.copyOf(args);
		body = List.copyOf(body);
		Objects.requireNonNull(result, "result");
	}

}
