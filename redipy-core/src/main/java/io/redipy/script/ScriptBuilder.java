package io.redipy.script;

import java.util.Objects;

/**
 * The top-level block of a script, where its keys and arguments are declared.
 */
public final class ScriptBuilder extends Block {

	ScriptBuilder(ScriptContext context) {
		super(context, null, false);
	}

	/**
	 * Declares a key. Its value in the script is the key's name without the client's
	 * prefix; commands add the prefix, on both backends.
	 * @param name the key's name, given at call time
	 * @return the key's name as a string expression
	 */
	public StringExpr key(String name) {
		return new StringExpr(this.context.newKey(name));
	}

	/**
	 * Declares an argument.
	 * @param <E> the expression class
	 * @param name the argument's name, given at call time
	 * @param kind its kind
	 * @return the argument as an expression
	 */
	public <E extends Expression> E arg(String name, Kind<E, ?> kind) {
		Objects.requireNonNull(kind, "kind");
		return kind.wrap(this.context.newArg(name, kind.type()));
	}

}
