package io.redipy.memory;

import java.util.ArrayList;
import java.util.List;

import io.redipy.CommandException;
import io.redipy.api.ScriptReply;
import io.redipy.command.Reply;
import io.redipy.script.ir.RawText;

/**
 * A Lua script's reply on the store ({@link LuaScripting#eval}) as the typed API gives
 * it: downgraded to what a RESP2 client reads, as the Redis backend reads it through
 * Lettuce (see {@link ScriptReply}), a top-level error thrown.
 */
final class LuaReplies {

	private LuaReplies() {
	}

	/**
	 * Returns a script's reply as the API gives it.
	 * @param reply the reply
	 * @return the API's reply
	 * @throws CommandException for an error reply, with its text
	 */
	static ScriptReply of(Reply reply) {
		if (reply instanceof Reply.Error error) {
			throw CommandException.of(error.message());
		}
		return element(reply);
	}

	private static ScriptReply element(Reply reply) {
		if (reply instanceof Reply.Bulk bulk) {
			return new ScriptReply.Bulk(bulk.bytes());
		}
		if (reply instanceof Reply.Int integer) {
			return new ScriptReply.Int(integer.value());
		}
		if (reply instanceof Reply.Null) {
			return ScriptReply.NIL;
		}
		if (reply instanceof Reply.Array array) {
			return array(array.elements());
		}
		if (reply instanceof Reply.Simple simple) {
			// Lettuce reads a status as a bulk string
			return new ScriptReply.Bulk(RawText.encode(simple.text()));
		}
		if (reply instanceof Reply.Error error) {
			// Lettuce decodes an error's text as UTF-8
			return new ScriptReply.Error(RawText.toClient(error.message()));
		}
		if (reply instanceof Reply.Map map) {
			return array(map.keysAndValues());
		}
		if (reply instanceof Reply.Set set) {
			return array(set.elements());
		}
		if (reply instanceof Reply.Double number) {
			String text = number.text();
			if (text == null) {
				// RESP3 carries no NaN's sign: Lettuce reads nan and -nan alike
				text = Double.isNaN(number.value()) ? "nan" : Reply.formatDouble(number.value());
			}
			return ScriptReply.Bulk.of(text);
		}
		if (reply instanceof Reply.Bool bool) {
			return new ScriptReply.Int(bool.value() ? 1 : 0);
		}
		if (reply instanceof Reply.BigNumber big) {
			return new ScriptReply.Bulk(RawText.encode(big.digits()));
		}
		if (reply instanceof Reply.Verbatim verbatim) {
			return new ScriptReply.Bulk(verbatim.text());
		}
		if (reply instanceof Reply.Texts texts) {
			return element(texts.asArray());
		}
		if (reply instanceof Reply.Push push) {
			return array(push.elements());
		}
		throw new IllegalStateException("no script reply for " + reply);
	}

	private static ScriptReply array(List<Reply> elements) {
		List<ScriptReply> converted = new ArrayList<>(elements.size());
		for (Reply element : elements) {
			converted.add(element(element));
		}
		return new ScriptReply.Array(converted);
	}

}
