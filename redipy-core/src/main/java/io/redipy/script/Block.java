package io.redipy.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import io.redipy.script.ir.Expr;
import io.redipy.script.ir.Stmt;
import io.redipy.script.ir.Type;

/**
 * A block of statements being built. Nested blocks are written as lambdas:
 *
 * <pre class="code">
 * s.ifThen(n.gt(10), then -&gt; then.exec(list(big).rpush(item)),
 *         orElse -&gt; orElse.exec(list(small).rpush(item)));
 * </pre>
 *
 * A local declared in a block can be used in that block and the blocks nested in it.
 */
public class Block {

	final ScriptContext context;

	private final Block parent;

	private final boolean loop;

	final List<Stmt> statements = new ArrayList<>();

	/** How many blocks enclose this one (the script's own block is 0). */
	private final int depth;

	Block(ScriptContext context, Block parent, boolean loop) {
		this.context = context;
		this.parent = parent;
		this.loop = loop;
		this.depth = (parent != null) ? parent.depth + 1 : 0;
	}

	/** Interface for the body of a for-each loop. */
	@FunctionalInterface
	public interface ForEachBody<E extends Expression> {

		/**
		 * Builds the body.
		 * @param body the body block
		 * @param index the element's 0-based index
		 * @param value the element
		 */
		void build(Block body, IntExpr index, E value);

	}

	private boolean inLoop() {
		for (Block b = this; b != null; b = b.parent) {
			if (b.loop) {
				return true;
			}
		}
		return false;
	}

	boolean sees(Block declaring) {
		for (Block b = this; b != null; b = b.parent) {
			if (b == declaring) {
				return true;
			}
		}
		return false;
	}

	private Block child(Consumer<Block> build, boolean loop, String construct) {
		Block block = nested(loop, construct);
		build.accept(block);
		return block;
	}

	/**
	 * A block nested in this one, within {@link Limits#MAX_BLOCK_DEPTH}: checked before
	 * the block is built, so that a runaway nesting stops at once.
	 */
	private Block nested(boolean loop, String construct) {
		if (this.depth + 1 > Limits.MAX_BLOCK_DEPTH) {
			throw new IllegalArgumentException(this.context.name() + ": " + construct + " nested more than "
					+ Limits.MAX_BLOCK_DEPTH + " blocks deep (" + Limits.WHY + ")");
		}
		return new Block(this.context, this, loop);
	}

	private void add(Stmt statement, Expression... used) {
		for (Expression expression : used) {
			// depth first: the other checks walk the expression
			Limits.checkDepth(this.context, statement, expression.node());
			this.context.checkVisible(this, expression.node());
		}
		this.statements.add(statement);
	}

	/**
	 * Declares a local variable with its first value; its type is the value's type.
	 * @param <E> the expression class
	 * @param name the name (for readable Lua; need not be unique)
	 * @param value the first value
	 * @return the variable, usable in this block and nested ones
	 */
	public <E extends Expression> E let(String name, E value) {
		return let(name, value.type(), value);
	}

	/**
	 * Declares a local variable of a kind (for example a nullable one) with its first
	 * value.
	 * @param <E> the expression class
	 * @param name the name
	 * @param kind the variable's kind
	 * @param value the first value
	 * @return the variable
	 */
	public <E extends Expression> E let(String name, Kind<E, ?> kind, E value) {
		return let(name, kind.type(), value);
	}

	@SuppressWarnings("unchecked")
	private <E extends Expression> E let(String name, Type type, E value) {
		Objects.requireNonNull(name, "name");
		checkAssignable(type, value, "local '" + name + "'");
		Expr.Local local = this.context.newLocal(name, type, this);
		add(new Stmt.Let(local, value.node()), value);
		return (E) value.rewrap(local);
	}

	private void checkAssignable(Type target, Expression value, String what) {
		if (!target.accepts(value.type())) {
			throw new IllegalArgumentException(
					this.context.name() + ": " + what + " of type " + target + " cannot take " + value.describe());
		}
	}

	private Expr.Local local(Expression variable, String operation) {
		if (!(variable.node() instanceof Expr.Local local)) {
			throw new IllegalArgumentException(
					this.context.name() + ": " + operation + " needs a local variable, got " + variable.describe());
		}
		return local;
	}

	/**
	 * Assigns a local variable.
	 * @param <E> the expression class
	 * @param variable a variable from {@link #let}
	 * @param value the new value
	 */
	public <E extends Expression> void assign(E variable, E value) {
		Expr.Local local = local(variable, "assign");
		checkAssignable(local.type(), value, "local '" + local.name() + "'");
		add(new Stmt.Assign(local, value.node()), variable, value);
	}

	/**
	 * Runs a block if a condition holds.
	 * @param condition the condition
	 * @param then builds the block
	 */
	public void ifThen(BoolExpr condition, Consumer<Block> then) {
		ifThen(condition, then, (orElse) -> {
		});
	}

	/**
	 * Runs one block or the other.
	 * @param condition the condition
	 * @param then builds the block run when it holds
	 * @param orElse builds the block run when it does not
	 */
	public void ifThen(BoolExpr condition, Consumer<Block> then, Consumer<Block> orElse) {
		Expr test = condition.value("if");
		Block yes = child(then, false, "ifThen");
		Block no = child(orElse, false, "ifThen");
		add(new Stmt.If(test, yes.statements, no.statements), condition);
	}

	/**
	 * Runs a block while a condition holds.
	 * @param condition the condition, evaluated before each round
	 * @param body builds the body
	 */
	public void whileLoop(BoolExpr condition, Consumer<Block> body) {
		Expr test = condition.value("while");
		Block block = child(body, true, "whileLoop");
		add(new Stmt.While(test, block.statements), condition);
	}

	/**
	 * Runs a block for each element of a list (evaluated once), with its 0-based index.
	 * @param <E> the element's expression class
	 * @param list the list
	 * @param body builds the body from the index and the element
	 */
	public <E extends Expression> void forEach(ListExpr<E> list, ForEachBody<E> body) {
		Expr source = list.value("forEach");
		Block block = nested(true, "forEach");
		Expr.Local index = this.context.newLocal("i", Type.INTEGER, block);
		Expr.Local value = this.context.newLocal("item", list.element().type(), block);
		body.build(block, new IntExpr(index), list.element().wrap(value));
		add(new Stmt.ForEach(index, value, source, block.statements), list);
	}

	/**
	 * Leaves the innermost loop.
	 */
	public void breakLoop() {
		if (!inLoop()) {
			throw new IllegalArgumentException(this.context.name() + ": break outside of a loop");
		}
		add(new Stmt.Break());
	}

	/**
	 * Ends the script with a result.
	 * @param value the result, of the script's result kind
	 */
	public void returns(Expression value) {
		checkAssignable(this.context.result(), value, "the result");
		add(new Stmt.Return(value.node()), value);
	}

	/**
	 * Ends the script with a null result (the result kind must allow null).
	 */
	public void returnNull() {
		if (!this.context.result().nullable()) {
			throw new IllegalArgumentException(
					this.context.name() + ": the result of type " + this.context.result() + " cannot be null");
		}
		add(new Stmt.Return(null));
	}

	/**
	 * Evaluates an expression for its effect, such as a Redis command.
	 * @param expression the expression
	 */
	public void exec(Expression expression) {
		add(new Stmt.Eval(expression.node()), expression);
	}

	/**
	 * Appends to the list a local variable holds.
	 * @param <E> the element's expression class
	 * @param list the variable
	 * @param value the element
	 */
	public <E extends Expression> void append(ListExpr<E> list, E value) {
		Expr.Local local = local(list, "append");
		checkAssignable(list.element().type(), value, "an element of '" + local.name() + "'");
		add(new Stmt.Mutate(Stmt.Mutation.APPEND, local, List.of(value.node())), list, value);
	}

	/**
	 * Replaces an element of the list a local variable holds.
	 * @param <E> the element's expression class
	 * @param list the variable
	 * @param index 0-based, negative from the end; an error outside the list
	 * @param value the element
	 */
	public <E extends Expression> void setAt(ListExpr<E> list, IntExpr index, E value) {
		Expr.Local local = local(list, "setAt");
		checkAssignable(list.element().type(), value, "an element of '" + local.name() + "'");
		add(new Stmt.Mutate(Stmt.Mutation.SET_AT, local, List.of(index.value("setAt"), value.node())), list, index,
				value);
	}

	/**
	 * Puts an entry into the map a local variable holds.
	 * @param <V> the value's expression class
	 * @param map the variable
	 * @param key the key
	 * @param value the value
	 */
	public <V extends Expression> void put(MapExpr<V> map, StringExpr key, V value) {
		Expr.Local local = local(map, "put");
		checkAssignable(map.valueKind().type(), value, "a value of '" + local.name() + "'");
		add(new Stmt.Mutate(Stmt.Mutation.PUT, local, List.of(key.value("put"), value.node())), map, key, value);
	}

	/**
	 * Removes an entry from the map a local variable holds.
	 * @param map the variable
	 * @param key the key
	 */
	public void remove(MapExpr<?> map, StringExpr key) {
		Expr.Local local = local(map, "remove");
		add(new Stmt.Mutate(Stmt.Mutation.REMOVE, local, List.of(key.value("remove"))), map, key);
	}

	/**
	 * Writes a log line.
	 * @param message the text
	 */
	public void log(StringExpr message) {
		add(new Stmt.Log(message.value("log")), message);
	}

	/**
	 * Raises an error that ends the script (effects so far stay, as in Redis).
	 * @param message the text
	 */
	public void fail(StringExpr message) {
		add(new Stmt.Fail(message.value("fail")), message);
	}

}
