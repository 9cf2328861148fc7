package io.redipy.script;

import java.util.List;

import io.redipy.script.ir.Builtin;
import io.redipy.script.ir.Expr;
import io.redipy.script.ir.Type;

/**
 * Builds IR nodes from DSL expressions, with the build-time type checks.
 */
final class Ops {

	private Ops() {
	}

	static Expr binary(Expr.BinaryOp op, Expression left, Expression right, Type result) {
		Type l = left.type();
		Type r = right.type();
		switch (op) {
			case EQ, NE -> {
				if (!l.nonNull().equals(r.nonNull())) {
					throw new IllegalArgumentException(
							"cannot compare " + left.describe() + " with " + right.describe() + ": types differ");
				}
				return new Expr.Binary(op, left.node(), right.node(), result);
			}
			case OR_ELSE -> {
				if (!l.nonNull().equals(r.nonNull())) {
					throw new IllegalArgumentException(
							"orElse needs a default of type " + l.nonNull() + ", got " + right.describe());
				}
				return new Expr.Binary(op, left.node(), right.node(), result);
			}
			default -> {
				return new Expr.Binary(op, left.value(op.name()), right.value(op.name()), result);
			}
		}
	}

	static Expr orElse(Expression value, Expression fallback) {
		Type result = fallback.type().nullable() ? value.type().orNull() : value.type().nonNull();
		return binary(Expr.BinaryOp.OR_ELSE, value, fallback, result);
	}

	static Expr call(Builtin function, Type result, Expression... args) {
		Expr[] nodes = new Expr[args.length];
		for (int i = 0; i < args.length; i++) {
			nodes[i] = args[i].value(function.name());
		}
		return new Expr.Call(function, List.of(nodes), result);
	}

	static IntExpr lit(long value) {
		if (Math.abs(value) > io.redipy.script.ir.ScriptErrors.MAX_INTEGER) {
			throw new IllegalArgumentException("integer literal " + value + " is beyond ±(2^53 - 1)");
		}
		return new IntExpr(new Expr.Lit(value, Type.INTEGER));
	}

	static DoubleExpr lit(double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("double literal " + value + " is not finite");
		}
		return new DoubleExpr(new Expr.Lit(value, Type.DOUBLE));
	}

	static StringExpr lit(String value) {
		return new StringExpr(new Expr.Lit(java.util.Objects.requireNonNull(value, "value"), Type.STRING));
	}

}
