package io.redipy.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.redipy.script.ir.Expr;
import io.redipy.script.ir.Type;

/**
 * What a script under construction knows: its name, keys, arguments and locals, and in
 * which block each local was declared.
 */
final class ScriptContext {

	private final String name;

	private final Type result;

	final List<String> keys = new ArrayList<>();

	final List<Expr.Arg> args = new ArrayList<>();

	private final Map<Integer, Block> declaredIn = new HashMap<>();

	private int slots;

	ScriptContext(String name, Type result) {
		this.name = name;
		this.result = result;
	}

	String name() {
		return "script '" + this.name + "'";
	}

	String plainName() {
		return this.name;
	}

	Type result() {
		return this.result;
	}

	int slots() {
		return this.slots;
	}

	Expr.Local newLocal(String localName, Type type, Block block) {
		Expr.Local local = new Expr.Local(this.slots++, localName, type);
		this.declaredIn.put(local.slot(), block);
		return local;
	}

	Expr.Key newKey(String keyName) {
		checkName(keyName, "key");
		this.keys.add(keyName);
		return new Expr.Key(this.keys.size() - 1, keyName);
	}

	Expr.Arg newArg(String argName, Type type) {
		checkName(argName, "argument");
		Expr.Arg arg = new Expr.Arg(this.args.size(), argName, type);
		this.args.add(arg);
		return arg;
	}

	private void checkName(String candidate, String what) {
		if (candidate == null || candidate.isEmpty()) {
			throw new IllegalArgumentException(name() + ": a " + what + " needs a name");
		}
		if (this.keys.contains(candidate) || this.args.stream().anyMatch((a) -> a.name().equals(candidate))) {
			throw new IllegalArgumentException(name() + ": duplicate key or argument name '" + candidate + "'");
		}
	}

	/**
	 * Checks that every local, key and argument in an expression belongs here and is in
	 * scope.
	 */
	void checkVisible(Block block, Expr expr) {
		new Walker(block).visit(expr);
	}

	private final class Walker {

		private final Block block;

		Walker(Block block) {
			this.block = block;
		}

		/**
		 * Walks the expression with a stack of its own, not recursion, and each node once
		 * (a node may be used many times).
		 */
		void visit(Expr root) {
			java.util.Set<Expr> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
			java.util.Deque<Expr> pending = new java.util.ArrayDeque<>();
			pending.push(root);
			while (!pending.isEmpty()) {
				Expr expr = pending.pop();
				if (seen.add(expr)) {
					check(expr);
					// pushed last to first, so that the first error found is the leftmost
					List<Expr> children = io.redipy.script.ir.ExprTrees.children(expr);
					for (int i = children.size() - 1; i >= 0; i--) {
						pending.push(children.get(i));
					}
				}
			}
		}

		private void check(Expr expr) {
			if (expr instanceof Expr.Local local) {
				Block declaring = ScriptContext.this.declaredIn.get(local.slot());
				if (declaring == null || !this.block.sees(declaring) || declaring.context != ScriptContext.this) {
					throw new IllegalArgumentException(
							name() + ": local '" + local.name() + "' is used outside the block that declares it");
				}
			}
			else if (expr instanceof Expr.Key key) {
				if (key.index() >= ScriptContext.this.keys.size()
						|| !ScriptContext.this.keys.get(key.index()).equals(key.name())) {
					throw new IllegalArgumentException(name() + ": key '" + key.name() + "' is not declared here");
				}
			}
			else if (expr instanceof Expr.Arg arg) {
				if (arg.index() >= ScriptContext.this.args.size()
						|| !ScriptContext.this.args.get(arg.index()).equals(arg)) {
					throw new IllegalArgumentException(name() + ": argument '" + arg.name() + "' is not declared here");
				}
			}
		}

	}

}
