package io.redipy.script.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks of expression trees that need no recursion, so that a deep expression cannot
 * overflow the Java stack while it is checked or measured. Internal to redipy.
 */
public final class ExprTrees {

	private ExprTrees() {
	}

	/**
	 * Returns the operands of a node, in evaluation order.
	 * @param e the node
	 * @return its operands; empty for a leaf
	 */
	public static List<Expr> children(Expr e) {
		if (e instanceof Expr.Unary u) {
			return List.of(u.operand());
		}
		if (e instanceof Expr.Binary b) {
			return List.of(b.left(), b.right());
		}
		if (e instanceof Expr.Call c) {
			return c.args();
		}
		if (e instanceof Expr.Command c) {
			return c.args();
		}
		if (e instanceof Expr.ListOf l) {
			return l.items();
		}
		if (e instanceof Expr.MapOf m) {
			List<Expr> all = new ArrayList<>(m.keys());
			all.addAll(m.values());
			return all;
		}
		return List.of();
	}

	/**
	 * Returns how deep an expression nests: 1 for a leaf. Iterative, and linear in the
	 * number of distinct nodes even where one node is used many times.
	 * @param root the expression
	 * @return its depth
	 */
	public static int depth(Expr root) {
		Map<Expr, Integer> known = new IdentityHashMap<>();
		Deque<Expr> pending = new ArrayDeque<>();
		pending.push(root);
		while (!pending.isEmpty()) {
			Expr e = pending.peek();
			if (known.containsKey(e)) {
				pending.pop();
				continue;
			}
			boolean ready = true;
			int max = 0;
			for (Expr child : children(e)) {
				Integer d = known.get(child);
				if (d == null) {
					ready = false;
					pending.push(child);
				}
				else {
					max = Math.max(max, d);
				}
			}
			if (ready) {
				known.put(e, max + 1);
				pending.pop();
			}
		}
		return known.get(root);
	}

	/**
	 * Returns the commands a script body calls, wherever they are (iteratively).
	 * @param body the statements
	 * @return the commands, in the order first met
	 */
	public static java.util.Set<ScriptCommand> commands(List<Stmt> body) {
		java.util.Set<ScriptCommand> found = new java.util.LinkedHashSet<>();
		Deque<Object> pending = new ArrayDeque<>(body);
		java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		while (!pending.isEmpty()) {
			Object node = pending.pop();
			if (!seen.add(node)) {
				continue;
			}
			if (node instanceof Expr e) {
				if (e instanceof Expr.Command c) {
					found.add(c.command());
				}
				pending.addAll(children(e));
			}
			else if (node instanceof Stmt.Let s) {
				pending.add(s.value());
			}
			else if (node instanceof Stmt.Assign s) {
				pending.add(s.value());
			}
			else if (node instanceof Stmt.If s) {
				pending.add(s.condition());
				pending.addAll(s.then());
				pending.addAll(s.otherwise());
			}
			else if (node instanceof Stmt.While s) {
				pending.add(s.condition());
				pending.addAll(s.body());
			}
			else if (node instanceof Stmt.ForEach s) {
				pending.add(s.list());
				pending.addAll(s.body());
			}
			else if (node instanceof Stmt.Return s && s.value() != null) {
				pending.add(s.value());
			}
			else if (node instanceof Stmt.Eval s) {
				pending.add(s.expr());
			}
			else if (node instanceof Stmt.Mutate s) {
				pending.addAll(s.args());
			}
			else if (node instanceof Stmt.Log s) {
				pending.add(s.message());
			}
			else if (node instanceof Stmt.Fail s) {
				pending.add(s.message());
			}
		}
		return found;
	}

}
