package io.redipy.script.ir;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A script expression: a node of the IR that both the Lua compiler and the memory
 * interpreter visit. Internal to redipy: build scripts with {@code io.redipy.script}.
 */
public sealed interface Expr {

	/**
	 * Returns the static type of the expression.
	 * @return the type
	 */
	Type type();

	/**
	 * Calls the visitor's method for this node.
	 * @param <R> the visitor's result
	 * @param visitor the visitor
	 * @return its result
	 */
	<R> R accept(Visitor<R> visitor);

	/**
	 * One method per node: adding a node breaks every visitor until it handles it.
	 *
	 * @param <R> the result of a visit
	 */
	interface Visitor<R> {

		/**
		 * Visits a literal.
		 * @param e the node
		 * @return the result
		 */
		R lit(Lit e);

		/**
		 * Visits an argument.
		 * @param e the node
		 * @return the result
		 */
		R arg(Arg e);

		/**
		 * Visits a declared key.
		 * @param e the node
		 * @return the result
		 */
		R key(Key e);

		/**
		 * Visits a local variable.
		 * @param e the node
		 * @return the result
		 */
		R local(Local e);

		/**
		 * Visits a unary operation.
		 * @param e the node
		 * @return the result
		 */
		R unary(Unary e);

		/**
		 * Visits a binary operation.
		 * @param e the node
		 * @return the result
		 */
		R binary(Binary e);

		/**
		 * Visits a built-in function call.
		 * @param e the node
		 * @return the result
		 */
		R call(Call e);

		/**
		 * Visits a Redis command.
		 * @param e the node
		 * @return the result
		 */
		R command(Command e);

		/**
		 * Visits a list literal.
		 * @param e the node
		 * @return the result
		 */
		R listOf(ListOf e);

		/**
		 * Visits a map literal.
		 * @param e the node
		 * @return the result
		 */
		R mapOf(MapOf e);

	}

	/**
	 * A constant scalar: a {@link String}, {@link Long}, {@link Double}, {@link Boolean}
	 * or {@code null}.
	 *
	 * @param value the value
	 * @param type its type
	 */
	record Lit(@Nullable Object value, Type type) implements Expr {

		/**
		 * Checks the value against the type; a string is normalised as its UTF-8 encoding
		 * reads back (a lone surrogate becomes '?'), as Redis sees it.
		 * @param value the value
		 * @param type the type
		 */
		public Lit {
			Objects.requireNonNull(type, "type");
			if (value instanceof String text) {
				value = Values.normalize(text);
			}
			if (value == null ? !type.nullable() : !switch (type.kind()) {
				case STRING -> value instanceof String;
				case INTEGER -> value instanceof Long;
				case DOUBLE -> value instanceof Double;
				case BOOLEAN -> value instanceof Boolean;
				default -> false;
			}) {
				throw new IllegalArgumentException("literal " + value + " is not a " + type);
			}
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.lit(this);
		}

	}

	/**
	 * A declared argument.
	 *
	 * @param index its position among the arguments
	 * @param name its name
	 * @param type its type
	 */
	record Arg(int index, String name, Type type) implements Expr {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.arg(this);
		}

	}

	/**
	 * A declared key: its value is the key's name without the client's prefix.
	 *
	 * @param index its position among the keys
	 * @param name its declared name
	 */
	record Key(int index, String name) implements Expr {

		@Override
		public Type type() {
			return Type.STRING;
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.key(this);
		}

	}

	/**
	 * A local variable.
	 *
	 * @param slot its number, unique in the script
	 * @param name its name (for readable Lua)
	 * @param type its type
	 */
	record Local(int slot, String name, Type type) implements Expr {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.local(this);
		}

	}

	/** Unary operators. */
	enum UnaryOp {

		/** Arithmetic negation. */
		NEG,
		/** Boolean negation. */
		NOT,
		/** Whether the operand is null. */
		IS_NULL

	}

	/**
	 * A unary operation.
	 *
	 * @param op the operator
	 * @param operand the operand
	 * @param type the result type
	 */
	record Unary(UnaryOp op, Expr operand, Type type) implements Expr {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.unary(this);
		}

	}

	/** Binary operators. */
	enum BinaryOp {

		/** Addition. */
		ADD,
		/** Subtraction. */
		SUB,
		/** Multiplication. */
		MUL,
		/** Division of doubles. */
		DIV,
		/** Integer division, rounding down (floor). */
		IDIV,
		/** Integer modulo, with the sign of the divisor (floor). */
		MOD,
		/** Deep equality. */
		EQ,
		/** Deep inequality. */
		NE,
		/** Less than (numbers, or strings by UTF-8 bytes). */
		LT,
		/** Less than or equal. */
		LE,
		/** Greater than. */
		GT,
		/** Greater than or equal. */
		GE,
		/** Boolean and, short-circuit. */
		AND,
		/** Boolean or, short-circuit. */
		OR,
		/** String concatenation. */
		CONCAT,
		/**
		 * The left operand, or the right one (evaluated only then) if the left is null.
		 */
		OR_ELSE

	}

	/**
	 * A binary operation.
	 *
	 * @param op the operator
	 * @param left the left operand
	 * @param right the right operand
	 * @param type the result type
	 */
	record Binary(BinaryOp op, Expr left, Expr right, Type type) implements Expr {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.binary(this);
		}

	}

	/**
	 * A call of a built-in function.
	 *
	 * @param function the function
	 * @param args its arguments
	 * @param type the result type
	 */
	record Call(Builtin function, List<Expr> args, Type type) implements Expr {

		/**
		 * Copies the arguments.
		 * @param function the function
		 * @param args the arguments
		 * @param type the result type
		 */
		public Call {
			args = List.copyOf(args);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.call(this);
		}

	}

	/**
	 * A Redis command: its arguments follow {@link ScriptCommand#parameters()} (keys
	 * without prefix); its options are an immutable value fixed when the script is built
	 * (such as {@code SetOptions}, {@code ZRange} or {@code ZStoreOptions}), which the
	 * Lua compiler turns into literal arguments and the interpreter passes to the client
	 * API.
	 *
	 * @param command the command
	 * @param args its arguments
	 * @param type the result type
	 * @param options the build-time options, or null
	 */
	record Command(ScriptCommand command, List<Expr> args, Type type, @Nullable Object options) implements Expr {

		/**
		 * Copies the arguments and checks the options.
		 * @param command the command
		 * @param args the arguments
		 * @param type the result type
		 * @param options the options, or null
		 */
		public Command {
			args = List.copyOf(args);
			command.checkOptions(options);
		}

		/**
		 * A command without options.
		 * @param command the command
		 * @param args the arguments
		 * @param type the result type
		 */
		public Command(ScriptCommand command, List<Expr> args, Type type) {
			this(command, args, type, null);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.command(this);
		}

	}

	/**
	 * A new list.
	 *
	 * @param items the elements
	 * @param type the list type
	 */
	record ListOf(List<Expr> items, Type type) implements Expr {

		/**
		 * Copies the items.
		 * @param items the elements
		 * @param type the list type
		 */
		public ListOf {
			items = List.copyOf(items);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.listOf(this);
		}

	}

	/**
	 * A new map.
	 *
	 * @param keys the keys (strings)
	 * @param values the values, one per key
	 * @param type the map type
	 */
	record MapOf(List<Expr> keys, List<Expr> values, Type type) implements Expr {

		/**
		 * Copies the entries.
		 * @param keys the keys
		 * @param values the values
		 * @param type the map type
		 */
		public MapOf {
			keys = List.copyOf(keys);
			values = List.copyOf(values);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.mapOf(this);
		}

	}

}
