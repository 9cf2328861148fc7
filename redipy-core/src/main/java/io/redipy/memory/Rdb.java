package io.redipy.memory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.redipy.api.Numbers;
import io.redipy.script.ir.RawText;
import org.jspecify.annotations.Nullable;

/**
 * The payload of Redis 7.0's {@code DUMP} and {@code RESTORE} ({@code createDumpPayload},
 * {@code verifyDumpPayload}): a value in RDB form ({@code rdbSaveObjectType},
 * {@code rdbSaveObject}), then the RDB version (10) in two little-endian bytes, then the
 * CRC-64 of all before it, little-endian.
 *
 * <p>
 * A value is written in the encoding Redis 7.0 would hold it in (int, LZF-compressed and
 * plain strings, quicklists of listpacks, intsets, listpack hashes and sorted sets,
 * stream listpacks), so that the bytes are Redis's where its layout is determined by the
 * contents: hashtable sets and hashes and skiplist sorted sets are written in this
 * store's order, which Redis randomises; a list is laid out in nodes as {@code RPUSH}
 * would lay it out. Reading accepts every type {@code rdbLoadObject} does for a payload
 * of version 10 or older (module values excepted, which Redis refuses without the module)
 * and checks every structure, where Redis, with {@code sanitize-dump-payload no}, checks
 * only some.
 */
final class Rdb {

	static final int VERSION = 10;

	static final String WRONG_PAYLOAD = "ERR DUMP payload version or checksum are wrong";

	static final String BAD_DATA = "ERR Bad data format";

	static final int TYPE_STRING = 0;

	static final int TYPE_LIST = 1;

	static final int TYPE_SET = 2;

	static final int TYPE_ZSET = 3;

	static final int TYPE_HASH = 4;

	static final int TYPE_ZSET_2 = 5;

	static final int TYPE_MODULE = 6;

	static final int TYPE_MODULE_2 = 7;

	static final int TYPE_HASH_ZIPMAP = 9;

	static final int TYPE_LIST_ZIPLIST = 10;

	static final int TYPE_SET_INTSET = 11;

	static final int TYPE_ZSET_ZIPLIST = 12;

	static final int TYPE_HASH_ZIPLIST = 13;

	static final int TYPE_LIST_QUICKLIST = 14;

	static final int TYPE_STREAM_LISTPACKS = 15;

	static final int TYPE_HASH_LISTPACK = 16;

	static final int TYPE_ZSET_LISTPACK = 17;

	static final int TYPE_LIST_QUICKLIST_2 = 18;

	static final int TYPE_STREAM_LISTPACKS_2 = 19;

	/** {@code list-max-listpack-size -2}: a quicklist node of at most 8 KB. */
	private static final int NODE_LIMIT = 8192;

	private static final int SIZE_ESTIMATE_OVERHEAD = 8;

	private static final long PACKED_THRESHOLD = 1L << 30;

	private static final int CONTAINER_PLAIN = 1;

	private static final int CONTAINER_PACKED = 2;

	private static final int STREAM_DELETED = 1;

	private static final int STREAM_SAMEFIELDS = 2;

	private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

	private Rdb() {
	}

	/** Thrown for a payload that does not hold a value; carries no stack trace. */
	static final class BadData extends RuntimeException {

		private static final long serialVersionUID = 1L;

		static final BadData INSTANCE = new BadData();

		private BadData() {
			super("bad data", null, false, false);
		}

	}

	// writing

	/** Returns the {@code DUMP} payload of a value of the store. */
	static byte[] dump(Object value) {
		Out out = new Out();
		writeObject(out, value);
		return withFooter(out);
	}

	/** A payload's footer after its body: the RDB version and the CRC-64 of both. */
	private static byte[] withFooter(Out out) {
		out.write(VERSION & 0xff);
		out.write((VERSION >> 8) & 0xff);
		byte[] body = out.toByteArray();
		long crc = RdbCrc64.crc(body, 0, body.length);
		RdbListpack.writeLe(out, crc, 8);
		return out.toByteArray();
	}

	/** RDB's opcode of a function library (7.0's RDB_OPCODE_FUNCTION2): its code. */
	static final int FUNCTION2 = 245;

	/**
	 * Returns the {@code FUNCTION DUMP} payload of libraries: each library's code after
	 * the opcode, then the footer.
	 */
	static byte[] dumpFunctions(List<byte[]> codes) {
		Out out = new Out();
		for (byte[] code : codes) {
			out.write(FUNCTION2);
			out.string(code);
		}
		return withFooter(out);
	}

	/**
	 * The pre-release opcode of a function (RDB_OPCODE_FUNCTION of 7.0's first
	 * candidates).
	 */
	static final int FUNCTION = 246;

	/**
	 * Reads a function in the format of 7.0's release candidates (name, engine, optional
	 * description, code) as the code of today's format, as rdbFunctionLoad does.
	 */
	private static byte[] preGaFunction(In in) {
		byte[] name = step(in, "ERR Failed loading library name");
		byte[] engine = step(in, "ERR Failed loading engine name");
		long hasDescription;
		try {
			hasDescription = in.len();
		}
		catch (BadData | IndexOutOfBoundsException ex) {
			throw Errors.error("ERR Failed loading library description indicator");
		}
		if (hasDescription != 0) {
			step(in, "ERR Failed loading library description");
		}
		byte[] blob = step(in, "ERR Failed loading library blob");
		java.io.ByteArrayOutputStream code = new java.io.ByteArrayOutputStream();
		code.writeBytes("#!".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		code.writeBytes(engine);
		code.writeBytes(" name=".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		code.writeBytes(name);
		code.write('\n');
		code.writeBytes(blob);
		return code.toByteArray();
	}

	private static byte[] step(In in, String error) {
		try {
			return in.string();
		}
		catch (BadData | IndexOutOfBoundsException | NegativeArraySizeException ex) {
			throw Errors.error(error);
		}
	}

	/**
	 * Reads the libraries' code from a {@code FUNCTION RESTORE} payload whose footer was
	 * checked, as functionRestoreCommand reads it (a library in the format of 7.0's
	 * release candidates is turned into today's).
	 * @throws io.redipy.CommandException with Redis's error when a part is not a library
	 */
	static List<byte[]> loadFunctions(byte[] payload) {
		In in = new In(payload, payload.length);
		List<byte[]> codes = new java.util.ArrayList<>();
		try {
			while (payload.length - in.pos > 10) {
				int type = in.u8();
				if (type == FUNCTION) {
					codes.add(preGaFunction(in));
					continue;
				}
				if (type != FUNCTION2) {
					throw Errors.error("ERR given type is not a function");
				}
				codes.add(in.string());
			}
		}
		catch (BadData | IndexOutOfBoundsException | NegativeArraySizeException ex) {
			throw Errors.error("ERR Failed loading library payload");
		}
		return codes;
	}

	/** An output with RDB's length and string encodings. */
	private static final class Out extends ByteArrayOutputStream {

		Out() {
			super(64);
		}

		/** {@code rdbSaveLen}, the length unsigned. */
		void len(long len) {
			if (len >= 0 && len < (1 << 6)) {
				write((int) len);
			}
			else if (len >= 0 && len < (1 << 14)) {
				write((int) ((len >> 8) & 0xff) | 0x40);
				write((int) (len & 0xff));
			}
			else if (len >= 0 && len <= 0xffffffffL) {
				write(0x80);
				for (int i = 3; i >= 0; i--) {
					write((int) (len >>> (8 * i)) & 0xff);
				}
			}
			else {
				write(0x81);
				for (int i = 7; i >= 0; i--) {
					write((int) (len >>> (8 * i)) & 0xff);
				}
			}
		}

		/** {@code rdbSaveRawString}: an int encoding, LZF, or the bytes. */
		void string(byte[] s) {
			int len = s.length;
			if (len <= 11) {
				Long number = RdbListpack.integerOf(s);
				if (number != null && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE) {
					long v = number;
					if (v >= -(1 << 7) && v <= (1 << 7) - 1) {
						write(0xc0);
						write((int) v & 0xff);
					}
					else if (v >= -(1 << 15) && v <= (1 << 15) - 1) {
						write(0xc1);
						RdbListpack.writeLe(this, v, 2);
					}
					else {
						write(0xc2);
						RdbListpack.writeLe(this, v, 4);
					}
					return;
				}
			}
			if (len > 20) {
				byte[] compressed = RdbLzf.compress(s, len - 4);
				if (compressed != null) {
					write(0xc3);
					len(compressed.length);
					len(len);
					writeBytes(compressed);
					return;
				}
			}
			len(len);
			writeBytes(s);
		}

		void string(String text) {
			string(RawText.encode(text));
		}

		void time(long millis) {
			RdbListpack.writeLe(this, millis, 8);
		}

		void id(StreamValue.Id id) {
			for (int i = 7; i >= 0; i--) {
				write((int) (id.ms() >>> (8 * i)) & 0xff);
			}
			for (int i = 7; i >= 0; i--) {
				write((int) (id.seq() >>> (8 * i)) & 0xff);
			}
		}

	}

	private static void writeObject(Out out, Object value) {
		if (Strings.isString(value)) {
			out.write(TYPE_STRING);
			out.string(Strings.bytes(value));
		}
		else if (value instanceof ListValue list) {
			writeList(out, list);
		}
		else if (value instanceof SetValue set) {
			writeSet(out, set);
		}
		else if (value instanceof ZSetValue zset) {
			writeZSet(out, zset);
		}
		else if (value instanceof HashValue hash) {
			writeHash(out, hash);
		}
		else if (value instanceof StreamValue stream) {
			writeStream(out, stream);
		}
		else {
			throw new IllegalStateException("no RDB form for " + value.getClass());
		}
	}

	private static void writeList(Out out, ListValue list) {
		// quicklistPushTail, element by element
		List<Object> nodes = new ArrayList<>();
		RdbListpack tail = null;
		for (int i = 0; i < list.size(); i++) {
			byte[] element = RawText.encode(list.get(i));
			long sz = element.length;
			if (sz >= PACKED_THRESHOLD) {
				nodes.add(element);
				tail = null;
				continue;
			}
			if (tail == null || tail.bytes() + sz + SIZE_ESTIMATE_OVERHEAD > NODE_LIMIT) {
				tail = new RdbListpack();
				nodes.add(tail);
			}
			tail.append(element);
		}
		out.write(TYPE_LIST_QUICKLIST_2);
		out.len(nodes.size());
		for (Object node : nodes) {
			if (node instanceof byte[] plain) {
				out.len(CONTAINER_PLAIN);
				out.string(plain);
			}
			else {
				out.len(CONTAINER_PACKED);
				out.string(((RdbListpack) node).toBytes());
			}
		}
	}

	private static void writeSet(Out out, SetValue set) {
		List<String> members = set.toList();
		if (set.isIntset()) {
			long min = 0;
			long max = 0;
			for (String member : members) {
				long v = Long.parseLong(member);
				min = Math.min(min, v);
				max = Math.max(max, v);
			}
			int width = (min >= Short.MIN_VALUE && max <= Short.MAX_VALUE) ? 2
					: (min >= Integer.MIN_VALUE && max <= Integer.MAX_VALUE) ? 4 : 8;
			ByteArrayOutputStream intset = new ByteArrayOutputStream(8 + width * members.size());
			RdbListpack.writeLe(intset, width, 4);
			RdbListpack.writeLe(intset, members.size(), 4);
			for (String member : members) {
				RdbListpack.writeLe(intset, Long.parseLong(member), width);
			}
			out.write(TYPE_SET_INTSET);
			out.string(intset.toByteArray());
			return;
		}
		out.write(TYPE_SET);
		out.len(members.size());
		for (String member : members) {
			out.string(member);
		}
	}

	private static void writeZSet(Out out, ZSetValue zset) {
		if (zset.isCompact()) {
			RdbListpack lp = new RdbListpack();
			for (ZSetValue.Node x = zset.first(); x != null; x = x.next()) {
				lp.append(RawText.encode(x.member()));
				double score = x.score();
				Long whole = double2ll(score);
				if (whole != null) {
					lp.appendInteger(whole);
				}
				else {
					lp.append(d2string(score).getBytes(StandardCharsets.US_ASCII));
				}
			}
			out.write(TYPE_ZSET_LISTPACK);
			out.string(lp.toBytes());
			return;
		}
		out.write(TYPE_ZSET_2);
		out.len(zset.size());
		for (ZSetValue.Node x = zset.last(); x != null; x = x.previous()) {
			out.string(x.member());
			out.time(Double.doubleToRawLongBits(x.score()));
		}
	}

	/** Redis's {@code double2ll}: the integer a double is exactly, in the safe range. */
	private static @Nullable Long double2ll(double d) {
		if (d < (double) (-Long.MAX_VALUE / 2) || d > (double) (Long.MAX_VALUE / 2)) {
			return null;
		}
		long ll = (long) d;
		return (ll == d) ? ll : null;
	}

	/** Redis's {@code d2string} for a score that is not a safe integer. */
	private static String d2string(double value) {
		if (Double.isNaN(value)) {
			return "nan";
		}
		if (Double.isInfinite(value)) {
			return (value < 0) ? "-inf" : "inf";
		}
		return Numbers.formatG(value, 17);
	}

	private static void writeHash(Out out, HashValue hash) {
		if (RespCommands.encoding(hash).equals("listpack")) {
			RdbListpack lp = new RdbListpack();
			for (Map.Entry<String, String> e : hash.entrySet()) {
				lp.append(RawText.encode(e.getKey()));
				lp.append(RawText.encode(e.getValue()));
			}
			out.write(TYPE_HASH_LISTPACK);
			out.string(lp.toBytes());
			return;
		}
		out.write(TYPE_HASH);
		out.len(hash.size());
		for (Map.Entry<String, String> e : hash.entrySet()) {
			out.string(e.getKey());
			out.string(e.getValue());
		}
	}

	private static void writeStream(Out out, StreamValue stream) {
		out.write(TYPE_STREAM_LISTPACKS_2);
		out.len(stream.nodes.size());
		for (StreamValue.Node node : stream.nodes.values()) {
			Out key = new Out();
			key.id(node.master);
			out.string(key.toByteArray());
			out.string(nodeListpack(stream, node));
		}
		out.len(stream.length());
		out.len(stream.lastId.ms());
		out.len(stream.lastId.seq());
		out.len(stream.firstId.ms());
		out.len(stream.firstId.seq());
		out.len(stream.maxDeletedId.ms());
		out.len(stream.maxDeletedId.seq());
		out.len(stream.entriesAdded);
		out.len(stream.groups.size());
		for (Map.Entry<String, StreamValue.Group> g : stream.groups.entrySet()) {
			StreamValue.Group group = g.getValue();
			out.string(g.getKey());
			out.len(group.lastId.ms());
			out.len(group.lastId.seq());
			out.len(group.entriesRead);
			out.len(group.pending.size());
			for (Map.Entry<StreamValue.Id, StreamValue.Nack> p : group.pending.entrySet()) {
				out.id(p.getKey());
				out.time(p.getValue().deliveryTime);
				out.len(p.getValue().deliveryCount);
			}
			out.len(group.consumers.size());
			for (StreamValue.Consumer consumer : group.consumers.values()) {
				out.string(consumer.name);
				out.time(consumer.seenTime);
				out.len(consumer.pending.size());
				for (StreamValue.Id id : consumer.pending.keySet()) {
					out.id(id);
				}
			}
		}
	}

	/** The listpack of a stream node, as {@code streamAppendItem} and XDEL left it. */
	private static byte[] nodeListpack(StreamValue stream, StreamValue.Node node) {
		RdbListpack lp = new RdbListpack();
		lp.appendInteger(node.live);
		lp.appendInteger(node.deleted);
		lp.appendInteger(node.masterFields.length);
		for (String field : node.masterFields) {
			lp.append(RawText.encode(field));
		}
		lp.appendInteger(0);
		TreeMap<StreamValue.Id, String[]> all = new TreeMap<>(node.tombs);
		for (Map.Entry<StreamValue.Id, StreamValue.Entry> e : stream.entries.subMap(node.master, true, node.last, true)
			.entrySet()) {
			if (e.getValue().node() == node) {
				all.put(e.getKey(), e.getValue().pairs());
			}
		}
		for (Map.Entry<StreamValue.Id, String[]> e : all.entrySet()) {
			String[] pairs = e.getValue();
			int fields = pairs.length / 2;
			boolean same = fields == node.masterFields.length;
			for (int i = 0; same && i < fields; i++) {
				same = node.masterFields[i].equals(pairs[2 * i]);
			}
			int flags = (same ? STREAM_SAMEFIELDS : 0) | (node.tombs.containsKey(e.getKey()) ? STREAM_DELETED : 0);
			lp.appendInteger(flags);
			lp.appendInteger(e.getKey().ms() - node.master.ms());
			lp.appendInteger(e.getKey().seq() - node.master.seq());
			if (!same) {
				lp.appendInteger(fields);
			}
			for (int i = 0; i < fields; i++) {
				if (!same) {
					lp.append(RawText.encode(pairs[2 * i]));
				}
				lp.append(RawText.encode(pairs[2 * i + 1]));
			}
			lp.appendInteger(same ? fields + 3 : 2 * fields + 4);
		}
		return lp.toBytes();
	}

	// reading

	/**
	 * Checks a payload's footer as {@code verifyDumpPayload} does: at least 10 bytes, an
	 * RDB version of at most 10, and the CRC-64.
	 */
	static boolean verify(byte[] p) {
		if (p.length < 10) {
			return false;
		}
		int footer = p.length - 10;
		int version = (p[footer] & 0xff) | ((p[footer + 1] & 0xff) << 8);
		if (version > VERSION) {
			return false;
		}
		long crc = RdbCrc64.crc(p, 0, p.length - 8);
		return crc == RdbListpack.readLe(p, p.length - 8, 8);
	}

	/** A value read from a payload, and whether it holds bytes that are not UTF-8. */
	record Loaded(Object value, boolean raw) {
	}

	/**
	 * Reads the value of a payload as {@code RESTORE} does after checking it.
	 * @throws io.redipy.RedisErrorException with Redis's error for a payload that fails
	 * the checks or holds no value
	 */
	static Loaded restore(byte[] payload) {
		if (!verify(payload)) {
			throw Errors.error(WRONG_PAYLOAD);
		}
		try {
			// Redis reads the value from the whole payload: a value may run into the
			// footer
			return load(payload, payload.length);
		}
		catch (BadData | IndexOutOfBoundsException | NumberFormatException | ClassCastException
				| NegativeArraySizeException ex) {
			// the checks above should find every fault; these are a net, never a Java
			// error
			throw Errors.error(BAD_DATA);
		}
	}

	/** Reads a value from a payload's first {@code end} bytes. */
	static Loaded load(byte[] payload, int end) {
		In in = new In(payload, end);
		int type = in.u8();
		Object value = in.object(type);
		return new Loaded(value, in.raw);
	}

	/** A reader of RDB's encodings over the payload's body. */
	private static final class In {

		private final byte[] p;

		private final int end;

		private int pos;

		boolean raw;

		In(byte[] p, int end) {
			this.p = p;
			this.end = end;
		}

		int u8() {
			if (this.pos >= this.end) {
				throw BadData.INSTANCE;
			}
			return this.p[this.pos++] & 0xff;
		}

		byte[] bytes(long n) {
			if (n < 0 || n > this.end - this.pos) {
				throw BadData.INSTANCE;
			}
			byte[] b = java.util.Arrays.copyOfRange(this.p, this.pos, this.pos + (int) n);
			this.pos += (int) n;
			return b;
		}

		/** {@code rdbLoadLen}: a length, or with {@code encoded} set, an encoding. */
		private boolean encoded;

		long len() {
			this.encoded = false;
			int b = u8();
			int type = (b & 0xc0) >> 6;
			if (type == 3) {
				this.encoded = true;
				return b & 0x3f;
			}
			if (type == 0) {
				return b & 0x3f;
			}
			if (type == 1) {
				return ((b & 0x3f) << 8) | u8();
			}
			if (b == 0x80) {
				long v = 0;
				for (int i = 0; i < 4; i++) {
					v = (v << 8) | u8();
				}
				return v;
			}
			if (b == 0x81) {
				long v = 0;
				for (int i = 0; i < 8; i++) {
					v = (v << 8) | u8();
				}
				return v;
			}
			throw BadData.INSTANCE;
		}

		/** A length that counts something: plain, and not past what the payload holds. */
		long count() {
			long n = len();
			if (this.encoded || n < 0 || n > Integer.MAX_VALUE) {
				throw BadData.INSTANCE;
			}
			return n;
		}

		/** A length or number saved with {@code rdbSaveLen}, unsigned. */
		long number() {
			long n = len();
			if (this.encoded) {
				throw BadData.INSTANCE;
			}
			return n;
		}

		/** {@code rdbGenericLoadStringObject}. */
		byte[] string() {
			long len = len();
			if (!this.encoded) {
				return bytes(len);
			}
			switch ((int) len) {
				case 0:
					return Long.toString((byte) u8()).getBytes(StandardCharsets.US_ASCII);
				case 1: {
					long v = RdbListpack.readLe(bytes(2), 0, 2);
					return Long.toString((short) v).getBytes(StandardCharsets.US_ASCII);
				}
				case 2: {
					long v = RdbListpack.readLe(bytes(4), 0, 4);
					return Long.toString((int) v).getBytes(StandardCharsets.US_ASCII);
				}
				case 3: {
					long clen = number();
					long length = number();
					if (length > Integer.MAX_VALUE - 16 || length > clen * 1024 + 64) {
						throw BadData.INSTANCE;
					}
					byte[] compressed = bytes(clen);
					byte[] out = RdbLzf.decompress(compressed, (int) length);
					if (out == null) {
						throw BadData.INSTANCE;
					}
					return out;
				}
				default:
					throw BadData.INSTANCE;
			}
		}

		/** A string in store form, noting bytes that are not UTF-8. */
		String text() {
			return text(string());
		}

		String text(byte[] bytes) {
			if (!this.raw && !RawText.isUtf8(bytes)) {
				this.raw = true;
			}
			return RawText.decode(bytes);
		}

		String text(Object element) {
			return (element instanceof Long number) ? number.toString() : text((byte[]) element);
		}

		long ms() {
			return RdbListpack.readLe(bytes(8), 0, 8);
		}

		StreamValue.Id id() {
			byte[] raw = bytes(16);
			long ms = 0;
			long seq = 0;
			for (int i = 0; i < 8; i++) {
				ms = (ms << 8) | (raw[i] & 0xff);
				seq = (seq << 8) | (raw[8 + i] & 0xff);
			}
			return new StreamValue.Id(ms, seq);
		}

		Object object(int type) {
			Object value = switch (type) {
				case TYPE_STRING -> {
					byte[] bytes = string();
					Object stored = Strings.fromBytes(bytes);
					if (stored instanceof byte[]) {
						this.raw = true;
					}
					yield stored;
				}
				case TYPE_LIST -> {
					long n = count();
					ListValue list = new ListValue();
					for (long i = 0; i < n; i++) {
						list.addLast(text());
					}
					yield nonEmpty(list, list.size());
				}
				case TYPE_SET -> {
					long n = count();
					List<String> members = new ArrayList<>();
					for (long i = 0; i < n; i++) {
						members.add(text());
					}
					yield set(members);
				}
				case TYPE_ZSET, TYPE_ZSET_2 -> {
					long n = count();
					ZSetValue zset = new ZSetValue(false);
					for (long i = 0; i < n; i++) {
						String member = text();
						double score = (type == TYPE_ZSET_2) ? Double.longBitsToDouble(ms()) : oldDouble();
						if (Double.isNaN(score) || zset.score(member) != null) {
							throw BadData.INSTANCE;
						}
						zset.put(member, score);
					}
					nonEmpty(zset, zset.size());
					zset.compactIfFits();
					yield zset;
				}
				case TYPE_HASH -> {
					long n = count();
					List<Object> pairs = new ArrayList<>();
					for (long i = 0; i < 2 * n; i++) {
						pairs.add(string());
					}
					yield hash(pairs);
				}
				case TYPE_LIST_QUICKLIST, TYPE_LIST_QUICKLIST_2 -> {
					long n = count();
					ListValue list = new ListValue();
					for (long i = 0; i < n; i++) {
						long container = CONTAINER_PACKED;
						if (type == TYPE_LIST_QUICKLIST_2) {
							container = number();
							if (container != CONTAINER_PACKED && container != CONTAINER_PLAIN) {
								throw BadData.INSTANCE;
							}
						}
						byte[] data = string();
						if (data.length == 0) {
							throw BadData.INSTANCE;
						}
						if (container == CONTAINER_PLAIN) {
							list.addLast(text(data));
							continue;
						}
						List<Object> elements = (type == TYPE_LIST_QUICKLIST_2) ? RdbListpack.read(data)
								: RdbZiplist.read(data);
						for (Object element : elements) {
							list.addLast(text(element));
						}
					}
					yield nonEmpty(list, list.size());
				}
				case TYPE_LIST_ZIPLIST -> {
					ListValue list = new ListValue();
					for (Object element : RdbZiplist.read(string())) {
						list.addLast(text(element));
					}
					yield nonEmpty(list, list.size());
				}
				case TYPE_SET_INTSET -> intset(string());
				case TYPE_ZSET_ZIPLIST, TYPE_ZSET_LISTPACK -> {
					byte[] data = string();
					List<Object> elements = (type == TYPE_ZSET_LISTPACK) ? RdbListpack.read(data)
							: RdbZiplist.read(data);
					if (elements.size() % 2 != 0) {
						throw BadData.INSTANCE;
					}
					ZSetValue zset = new ZSetValue(true);
					for (int i = 0; i < elements.size(); i += 2) {
						String member = text(elements.get(i));
						double score = score(elements.get(i + 1));
						if (zset.score(member) != null) {
							throw BadData.INSTANCE;
						}
						zset.put(member, score);
					}
					yield nonEmpty(zset, zset.size());
				}
				case TYPE_HASH_ZIPLIST, TYPE_HASH_LISTPACK -> {
					byte[] data = string();
					List<Object> elements = (type == TYPE_HASH_LISTPACK) ? RdbListpack.read(data)
							: RdbZiplist.read(data);
					if (elements.size() % 2 != 0) {
						throw BadData.INSTANCE;
					}
					yield hash(elements);
				}
				case TYPE_HASH_ZIPMAP -> hash(RdbZiplist.readZipmap(string()));
				case TYPE_STREAM_LISTPACKS, TYPE_STREAM_LISTPACKS_2 -> stream(type);
				// no module is loaded: rdbLoadObject finds no module type for the id
				default -> throw BadData.INSTANCE;
			};
			return value;
		}

		private static <V> V nonEmpty(V value, int size) {
			if (size == 0) {
				throw BadData.INSTANCE;
			}
			return value;
		}

		private double oldDouble() {
			int len = u8();
			if (len == 255) {
				return Double.NEGATIVE_INFINITY;
			}
			if (len == 254) {
				return Double.POSITIVE_INFINITY;
			}
			if (len == 253) {
				return Double.NaN;
			}
			return decimal(new String(bytes(len), StandardCharsets.ISO_8859_1));
		}

		private double score(Object element) {
			if (element instanceof Long number) {
				return number;
			}
			double score = decimal(new String((byte[]) element, StandardCharsets.ISO_8859_1));
			if (Double.isNaN(score)) {
				throw BadData.INSTANCE;
			}
			return score;
		}

		private static double decimal(String text) {
			String t = text.toLowerCase(java.util.Locale.ROOT);
			switch (t) {
				case "inf", "+inf", "infinity", "+infinity":
					return Double.POSITIVE_INFINITY;
				case "-inf", "-infinity":
					return Double.NEGATIVE_INFINITY;
				case "nan", "-nan", "+nan":
					return Double.NaN;
				default:
					if (!DECIMAL.matcher(t).matches()) {
						throw BadData.INSTANCE;
					}
					return Double.parseDouble(t);
			}
		}

		private SetValue set(List<String> members) {
			if (members.isEmpty() || new HashSet<>(members).size() != members.size()) {
				throw BadData.INSTANCE;
			}
			return new SetValue(members);
		}

		private SetValue intset(byte[] data) {
			if (data.length < 8) {
				throw BadData.INSTANCE;
			}
			long width = RdbListpack.readLe(data, 0, 4);
			long n = RdbListpack.readLe(data, 4, 4);
			if ((width != 2 && width != 4 && width != 8) || n == 0 || 8 + width * n != data.length) {
				throw BadData.INSTANCE;
			}
			List<String> members = new ArrayList<>((int) n);
			long previous = 0;
			for (int i = 0; i < n; i++) {
				int shift = 64 - 8 * (int) width;
				long v = (RdbListpack.readLe(data, 8 + i * (int) width, (int) width) << shift) >> shift;
				if (i > 0 && v <= previous) {
					throw BadData.INSTANCE;
				}
				previous = v;
				members.add(Long.toString(v));
			}
			return new SetValue(members);
		}

		private HashValue hash(List<?> pairs) {
			if (pairs.isEmpty()) {
				throw BadData.INSTANCE;
			}
			HashValue hash = new HashValue();
			for (int i = 0; i < pairs.size(); i += 2) {
				String field = text(pairs.get(i));
				if (hash.put(field, text(pairs.get(i + 1))) != null) {
					throw BadData.INSTANCE;
				}
			}
			return hash;
		}

		private StreamValue stream(int type) {
			StreamValue stream = new StreamValue();
			long nodes = count();
			for (long n = 0; n < nodes; n++) {
				byte[] key = string();
				if (key.length != 16) {
					throw BadData.INSTANCE;
				}
				In keyIn = new In(key, 16);
				StreamValue.Id master = keyIn.id();
				byte[] lp = string();
				if (stream.nodes.containsKey(master)) {
					throw BadData.INSTANCE;
				}
				readNode(stream, master, lp);
			}
			long length = number();
			stream.lastId = new StreamValue.Id(number(), number());
			if (type == TYPE_STREAM_LISTPACKS_2) {
				stream.firstId = new StreamValue.Id(number(), number());
				stream.maxDeletedId = new StreamValue.Id(number(), number());
				stream.entriesAdded = number();
			}
			else {
				stream.entriesAdded = length;
				stream.firstId = stream.entries.isEmpty() ? StreamValue.Id.MIN : stream.entries.firstKey();
			}
			if (length != stream.entries.size()
					|| (!stream.entries.isEmpty() && stream.entries.lastKey().compareTo(stream.lastId) > 0)) {
				throw BadData.INSTANCE;
			}
			long groups = count();
			for (long g = 0; g < groups; g++) {
				String name = text();
				StreamValue.Id lastId = new StreamValue.Id(number(), number());
				long entriesRead = (type == TYPE_STREAM_LISTPACKS_2) ? number() : estimateRead(stream, lastId);
				if (stream.groups.containsKey(name)) {
					throw BadData.INSTANCE;
				}
				StreamValue.Group group = new StreamValue.Group(lastId, entriesRead);
				stream.groups.put(name, group);
				long pel = count();
				Map<StreamValue.Id, long[]> nacks = new TreeMap<>();
				for (long i = 0; i < pel; i++) {
					StreamValue.Id id = id();
					long time = ms();
					long deliveries = number();
					if (nacks.put(id, new long[] { time, deliveries }) != null) {
						throw BadData.INSTANCE;
					}
				}
				long consumers = count();
				for (long c = 0; c < consumers; c++) {
					String consumerName = text();
					if (group.consumers.containsKey(consumerName)) {
						throw BadData.INSTANCE;
					}
					StreamValue.Consumer consumer = new StreamValue.Consumer(consumerName, ms());
					group.consumers.put(consumerName, consumer);
					long owned = count();
					for (long i = 0; i < owned; i++) {
						StreamValue.Id id = id();
						long[] nack = nacks.get(id);
						if (nack == null || group.pending.containsKey(id)) {
							throw BadData.INSTANCE;
						}
						StreamValue.Nack entry = new StreamValue.Nack(consumer, nack[0], nack[1]);
						group.pending.put(id, entry);
						consumer.pending.put(id, entry);
					}
				}
				// a pending entry no consumer owns: Redis checks this only when
				// sanitizing
				if (group.pending.size() != nacks.size()) {
					throw BadData.INSTANCE;
				}
			}
			return stream;
		}

		/**
		 * {@code streamEstimateDistanceFromFirstEverEntry} for an RDB without counters.
		 */
		private static long estimateRead(StreamValue stream, StreamValue.Id lastId) {
			if (stream.entriesAdded == 0) {
				return 0;
			}
			if (stream.entries.isEmpty() && lastId.compareTo(stream.lastId) >= 0) {
				return stream.entriesAdded;
			}
			if (lastId.equals(stream.lastId)) {
				return stream.entriesAdded;
			}
			if (lastId.compareTo(stream.lastId) > 0) {
				return stream.entriesAdded;
			}
			if (stream.maxDeletedId.isZero() && !stream.entries.isEmpty()
					&& lastId.compareTo(stream.entries.firstKey()) < 0) {
				return stream.entriesAdded - stream.length();
			}
			return -1;
		}

		private void readNode(StreamValue stream, StreamValue.Id master, byte[] lp) {
			List<Object> e = RdbListpack.read(lp);
			int i = 0;
			long live = integer(e, i++);
			long deleted = integer(e, i++);
			long fields = integer(e, i++);
			if (live < 0 || deleted < 0 || fields < 0 || fields > e.size()) {
				throw BadData.INSTANCE;
			}
			String[] masterFields = new String[(int) fields];
			for (int f = 0; f < fields; f++) {
				masterFields[f] = text(element(e, i++));
			}
			if (integer(e, i++) != 0) {
				throw BadData.INSTANCE;
			}
			StreamValue.Node node = new StreamValue.Node(master, masterFields);
			node.bytes = lp.length;
			int seenLive = 0;
			int seenDeleted = 0;
			StreamValue.Id previous = null;
			while (i < e.size()) {
				long flags = integer(e, i++);
				StreamValue.Id id = new StreamValue.Id(master.ms() + integer(e, i++), master.seq() + integer(e, i++));
				boolean same = (flags & STREAM_SAMEFIELDS) != 0;
				long count = same ? fields : integer(e, i++);
				if (count < 0 || count > e.size()) {
					throw BadData.INSTANCE;
				}
				String[] pairs = new String[2 * (int) count];
				for (int f = 0; f < count; f++) {
					pairs[2 * f] = same ? masterFields[f] : text(element(e, i++));
					pairs[2 * f + 1] = text(element(e, i++));
				}
				if (integer(e, i++) != (same ? count + 3 : 2 * count + 4) || (flags & ~3L) != 0
						|| (previous != null && id.compareTo(previous) <= 0) || id.compareTo(master) < 0) {
					throw BadData.INSTANCE;
				}
				previous = id;
				if ((flags & STREAM_DELETED) != 0) {
					node.tombs.put(id, pairs);
					seenDeleted++;
				}
				else {
					if (stream.entries.put(id, new StreamValue.Entry(pairs, node)) != null) {
						throw BadData.INSTANCE;
					}
					seenLive++;
				}
				node.last = id;
			}
			if (seenLive != live || seenDeleted != deleted || live == 0
					|| (!stream.nodes.isEmpty() && stream.nodes.lastEntry().getValue().last.compareTo(master) >= 0)) {
				throw BadData.INSTANCE;
			}
			node.live = seenLive;
			node.deleted = seenDeleted;
			stream.nodes.put(master, node);
		}

		private static Object element(List<Object> e, int i) {
			if (i >= e.size()) {
				throw BadData.INSTANCE;
			}
			return e.get(i);
		}

		private static long integer(List<Object> e, int i) {
			if (element(e, i) instanceof Long number) {
				return number;
			}
			throw BadData.INSTANCE;
		}

	}

}
