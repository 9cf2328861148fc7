package io.redipy.redis;

import java.util.ArrayList;
import java.util.List;

import io.redipy.CommandException;
import io.redipy.api.ScriptReply;
import io.redipy.command.Reply;
import io.redipy.script.ir.RawText;
import org.jspecify.annotations.Nullable;

/**
 * A Lua script's reply tree ({@link RawOutput}) as the typed API gives it: downgraded to
 * what a RESP2 client reads whatever protocol the connection speaks (see
 * {@link ScriptReply}).
 */
final class ScriptReplies {

	private ScriptReplies() {
	}

	/**
	 * Returns a script's reply as the API gives it.
	 * @param reply the reply tree (RESP2 or RESP3; store form for a store-form client)
	 * @return the API's reply
	 */
	static ScriptReply of(@Nullable Object reply) {
		if (reply == null) {
			return ScriptReply.NIL;
		}
		if (reply instanceof byte[] bytes) {
			// a bulk string, a status, a verbatim string's text or a big number
			return new ScriptReply.Bulk(bytes);
		}
		if (reply instanceof String text) {
			// a store-form client's bulk string that is not UTF-8
			return new ScriptReply.Bulk(RawText.encode(text));
		}
		if (reply instanceof Long integer) {
			return new ScriptReply.Int(integer);
		}
		if (reply instanceof Boolean bool) {
			// RESP3's #t and #f, which RESP2 writes as 1 and 0
			return new ScriptReply.Int(bool ? 1 : 0);
		}
		if (reply instanceof Double number) {
			// RESP2 writes a double as its %.17g text; RESP3 carries no NaN's sign
			return ScriptReply.Bulk.of(Double.isNaN(number) ? "nan" : Reply.formatDouble(number));
		}
		if (reply instanceof List<?> elements) {
			List<ScriptReply> converted = new ArrayList<>(elements.size());
			for (Object element : elements) {
				converted.add(of(element));
			}
			return new ScriptReply.Array(converted);
		}
		if (reply instanceof CommandException error) {
			return new ScriptReply.Error(String.valueOf(error.getMessage()));
		}
		throw new IllegalStateException("Unexpected script reply from Redis: " + reply.getClass().getName());
	}

}
