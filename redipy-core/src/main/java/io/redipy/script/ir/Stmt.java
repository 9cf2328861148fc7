package io.redipy.script.ir;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A script statement: a node of the IR that both the Lua compiler and the memory
 * interpreter visit. Internal to redipy.
 */
public sealed interface Stmt {

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
		 * Visits a declaration.
		 * @param s the node
		 * @return the result
		 */
		R let(Let s);

		/**
		 * Visits an assignment.
		 * @param s the node
		 * @return the result
		 */
		R assign(Assign s);

		/**
		 * Visits a branch.
		 * @param s the node
		 * @return the result
		 */
		R ifThen(If s);

		/**
		 * Visits a while loop.
		 * @param s the node
		 * @return the result
		 */
		R whileLoop(While s);

		/**
		 * Visits a for-each loop.
		 * @param s the node
		 * @return the result
		 */
		R forEach(ForEach s);

		/**
		 * Visits a break.
		 * @param s the node
		 * @return the result
		 */
		R breakLoop(Break s);

		/**
		 * Visits a return.
		 * @param s the node
		 * @return the result
		 */
		R returns(Return s);

		/**
		 * Visits an expression evaluated for its effect.
		 * @param s the node
		 * @return the result
		 */
		R eval(Eval s);

		/**
		 * Visits a change of a list or map.
		 * @param s the node
		 * @return the result
		 */
		R mutate(Mutate s);

		/**
		 * Visits a log line.
		 * @param s the node
		 * @return the result
		 */
		R log(Log s);

		/**
		 * Visits a raised error.
		 * @param s the node
		 * @return the result
		 */
		R fail(Fail s);

	}

	/**
	 * Declares a local variable with its first value.
	 *
	 * @param local the variable
	 * @param value its value
	 */
	record Let(Expr.Local local, Expr value) implements Stmt {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.let(this);
		}

	}

	/**
	 * Assigns a declared local variable.
	 *
	 * @param local the variable
	 * @param value the new value
	 */
	record Assign(Expr.Local local, Expr value) implements Stmt {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.assign(this);
		}

	}

	/**
	 * Runs one block or the other.
	 *
	 * @param condition a boolean
	 * @param then the block run when it is true
	 * @param otherwise the block run when it is false
	 */
	record If(Expr condition, List<Stmt> then, List<Stmt> otherwise) implements Stmt {

		/**
		 * Copies the blocks.
		 * @param condition the condition
		 * @param then the then block
		 * @param otherwise the else block
		 */
		public If {
			then = List.copyOf(then);
			otherwise = List.copyOf(otherwise);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.ifThen(this);
		}

	}

	/**
	 * Runs a block while a condition holds.
	 *
	 * @param condition a boolean
	 * @param body the block
	 */
	record While(Expr condition, List<Stmt> body) implements Stmt {

		/**
		 * Copies the body.
		 * @param condition the condition
		 * @param body the body
		 */
		public While {
			body = List.copyOf(body);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.whileLoop(this);
		}

	}

	/**
	 * Runs a block for each element of a list, with its 0-based index; the loop walks a
	 * snapshot of the list, so the body's changes to it do not change the iteration.
	 *
	 * @param index the variable for the index
	 * @param value the variable for the element
	 * @param list the list (evaluated once)
	 * @param body the block
	 */
	record ForEach(Expr.Local index, Expr.Local value, Expr list, List<Stmt> body) implements Stmt {

		/**
		 * Copies the body.
		 * @param index the index variable
		 * @param value the element variable
		 * @param list the list
		 * @param body the body
		 */
		public ForEach {
			body = List.copyOf(body);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.forEach(this);
		}

	}

	/** Leaves the innermost loop. */
	record Break() implements Stmt {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.breakLoop(this);
		}

	}

	/**
	 * Ends the script with a result.
	 *
	 * @param value the result, or {@code null} for a null result
	 */
	record Return(@Nullable Expr value) implements Stmt {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.returns(this);
		}

	}

	/**
	 * Evaluates an expression for its effect (a Redis command).
	 *
	 * @param expr the expression
	 */
	record Eval(Expr expr) implements Stmt {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.eval(this);
		}

	}

	/** Changes of lists and maps held by local variables. */
	enum Mutation {

		/** Appends to a list: (value). */
		APPEND,
		/**
		 * Replaces a list element: (index, value); negative from the end, error out of
		 * range.
		 */
		SET_AT,
		/** Puts a map entry: (key, value). */
		PUT,
		/** Removes a map entry: (key). */
		REMOVE

	}

	/**
	 * Changes the list or map a local variable holds.
	 *
	 * @param mutation what to do
	 * @param target the variable
	 * @param args the mutation's arguments
	 */
	record Mutate(Mutation mutation, Expr.Local target, List<Expr> args) implements Stmt {

		/**
		 * Copies the arguments.
		 * @param mutation the mutation
		 * @param target the variable
		 * @param args the arguments
		 */
		public Mutate {
			args = List.copyOf(args);
		}

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.mutate(this);
		}

	}

	/**
	 * Writes a log line (Redis's log at notice level; the memory backend's logger).
	 *
	 * @param message a string
	 */
	record Log(Expr message) implements Stmt {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.log(this);
		}

	}

	/**
	 * Raises an error that ends the script; earlier effects stay, as in Redis.
	 *
	 * @param message a string
	 */
	record Fail(Expr message) implements Stmt {

		@Override
		public <R> R accept(Visitor<R> visitor) {
			return visitor.fail(this);
		}

	}

}
