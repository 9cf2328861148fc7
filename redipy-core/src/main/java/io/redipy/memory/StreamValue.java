package io.redipy.memory;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import io.redipy.api.ByteOrder;
import org.jspecify.annotations.Nullable;

/**
 * A stream, as Redis 7.0 keeps one: entries by id, the stream's last id, the highest
 * deleted id and the count of entries ever added (which {@code entries-read} and
 * {@code lag} are computed from), and its consumer groups, each with a pending entries
 * list shared with its consumers.
 *
 * <p>
 * It also keeps the layout of Redis's radix tree of listpack nodes, as far as behaviour
 * depends on it: a node holds at most 100 entries (live and deleted) and about 4096
 * bytes, and approximate trimming ({@code ~}) removes whole nodes only. So a node is
 * sized as its listpack would be, and is dropped when its last live entry goes.
 *
 * <p>
 * Not thread-safe: the store's lock guards it. Fields, values, group and consumer names
 * are in store form (see {@link Strings}).
 */
final class StreamValue {

	/** Redis's {@code stream-node-max-entries} default. */
	static final int NODE_MAX_ENTRIES = 100;

	/** Redis's {@code stream-node-max-bytes} default. */
	static final int NODE_MAX_BYTES = 4096;

	/**
	 * A stream id: two unsigned 64-bit numbers, compared unsigned; its text is made once
	 * (a stream's ids are written out with every reply that holds them).
	 */
	static final class Id implements Comparable<Id> {

		static final Id MIN = new Id(0, 0);

		static final Id MAX = new Id(-1, -1);

		private final long ms;

		private final long seq;

		private @Nullable String text;

		Id(long ms, long seq) {
			this.ms = ms;
			this.seq = seq;
		}

		long ms() {
			return this.ms;
		}

		long seq() {
			return this.seq;
		}

		@Override
		public int compareTo(Id other) {
			int c = Long.compareUnsigned(this.ms, other.ms);
			return (c != 0) ? c : Long.compareUnsigned(this.seq, other.seq);
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Id id && id.ms == this.ms && id.seq == this.seq;
		}

		@Override
		public int hashCode() {
			return Long.hashCode(this.ms) * 31 + Long.hashCode(this.seq);
		}

		boolean isZero() {
			return this.ms == 0 && this.seq == 0;
		}

		/** The next id, or null after the highest. */
		@Nullable Id next() {
			if (this.seq != -1) {
				return new Id(this.ms, this.seq + 1);
			}
			return (this.ms != -1) ? new Id(this.ms + 1, 0) : null;
		}

		/** The previous id, or null before the lowest. */
		@Nullable Id previous() {
			if (this.seq != 0) {
				return new Id(this.ms, this.seq - 1);
			}
			return (this.ms != 0) ? new Id(this.ms - 1, -1) : null;
		}

		@Override
		public String toString() {
			String text = this.text;
			if (text == null) {
				text = Long.toUnsignedString(this.ms) + "-" + Long.toUnsignedString(this.seq);
				this.text = text;
			}
			return text;
		}

	}

	/** One node of Redis's layout: a listpack of entries under a master id. */
	static final class Node {

		final Id master;

		/** The master entry's fields: entries with the same fields are stored smaller. */
		final String[] masterFields;

		/** The id of the node's last entry, deleted or not. */
		Id last;

		int live;

		int deleted;

		/** The listpack's size in bytes, as Redis computes it. */
		long bytes;

		/**
		 * The deleted entries the listpack still holds (flagged deleted) with their
		 * fields and values, for {@code DUMP}.
		 */
		final TreeMap<Id, String[]> tombs = new TreeMap<>();

		Node(Id master, String[] masterFields) {
			this.master = master;
			this.masterFields = masterFields;
			this.last = master;
		}

	}

	/** An entry: its field-value pairs and the node that holds it. */
	record Entry(String[] pairs, Node node) {
	}

	/** A pending entry: delivered to a consumer, not yet acknowledged. */
	static final class Nack {

		Consumer consumer;

		long deliveryTime;

		long deliveryCount;

		Nack(Consumer consumer, long deliveryTime, long deliveryCount) {
			this.consumer = consumer;
			this.deliveryTime = deliveryTime;
			this.deliveryCount = deliveryCount;
		}

	}

	/** A consumer of a group. */
	static final class Consumer {

		final String name;

		long seenTime;

		final TreeMap<Id, Nack> pending = new TreeMap<>();

		Consumer(String name, long seenTime) {
			this.name = name;
			this.seenTime = seenTime;
		}

	}

	/** A consumer group. */
	static final class Group {

		Id lastId;

		/** The group's logical read counter; -1 when unknown. */
		long entriesRead;

		final TreeMap<Id, Nack> pending = new TreeMap<>();

		final TreeMap<String, Consumer> consumers = new TreeMap<>(ByteOrder::compare);

		Group(Id lastId, long entriesRead) {
			this.lastId = lastId;
			this.entriesRead = entriesRead;
		}

	}

	final TreeMap<Id, Entry> entries = new TreeMap<>();

	/** The nodes by master id. */
	final TreeMap<Id, Node> nodes = new TreeMap<>();

	Id lastId = Id.MIN;

	Id maxDeletedId = Id.MIN;

	/** The first entry's id as Redis records it ({@code recorded-first-entry-id}). */
	Id firstId = Id.MIN;

	long entriesAdded;

	final TreeMap<String, Group> groups = new TreeMap<>(ByteOrder::compare);

	/** Changes with every change in place, for {@code WATCH}. */
	long version;

	int length() {
		return this.entries.size();
	}

	/**
	 * Appends an entry with an id above the last (checked by the caller), in the tail
	 * node if it has room, as {@code streamAppendItem} decides.
	 */
	void append(Id id, String[] pairs) {
		long raw = 0;
		for (String part : pairs) {
			raw += Strings.utf8Length(part);
		}
		Node tail = this.nodes.isEmpty() ? null : this.nodes.lastEntry().getValue();
		if (tail != null && (tail.bytes + raw >= NODE_MAX_BYTES || tail.live + tail.deleted >= NODE_MAX_ENTRIES)) {
			tail = null;
		}
		boolean sameFields;
		if (tail == null) {
			String[] fields = new String[pairs.length / 2];
			for (int i = 0; i < fields.length; i++) {
				fields[i] = pairs[2 * i];
			}
			tail = new Node(id, fields);
			// header and end byte, count, deleted, number of fields, fields, terminator
			tail.bytes = 7 + Listpack.integer(1) + Listpack.integer(0) + Listpack.integer(fields.length)
					+ Listpack.integer(0);
			for (String field : fields) {
				tail.bytes += Listpack.string(field);
			}
			this.nodes.put(id, tail);
			sameFields = true;
		}
		else {
			sameFields = pairs.length / 2 == tail.masterFields.length;
			for (int i = 0; sameFields && i < tail.masterFields.length; i++) {
				sameFields = tail.masterFields[i].equals(pairs[2 * i]);
			}
		}
		int fields = pairs.length / 2;
		long size = Listpack.integer(sameFields ? 2 : 0) + Listpack.integer(id.ms - tail.master.ms)
				+ Listpack.integer(id.seq - tail.master.seq);
		if (!sameFields) {
			size += Listpack.integer(fields);
		}
		for (int i = 0; i < fields; i++) {
			if (!sameFields) {
				size += Listpack.string(pairs[2 * i]);
			}
			size += Listpack.string(pairs[2 * i + 1]);
		}
		size += Listpack.integer(sameFields ? fields + 3 : 2 * fields + 4);
		tail.bytes += size;
		tail.live++;
		tail.last = id;
		this.entries.put(id, new Entry(pairs, tail));
		this.entriesAdded++;
		this.lastId = id;
		if (this.entries.size() == 1) {
			this.firstId = id;
		}
		this.version++;
	}

	/**
	 * Deletes an entry as {@code streamIteratorRemoveEntry} does: its node drops it, and
	 * goes with its last live entry.
	 * @return whether the entry existed
	 */
	boolean delete(Id id) {
		Entry entry = this.entries.remove(id);
		if (entry == null) {
			return false;
		}
		Node node = entry.node();
		if (node.live == 1) {
			this.nodes.remove(node.master);
		}
		else {
			node.tombs.put(id, entry.pairs());
		}
		node.live--;
		node.deleted++;
		this.version++;
		return true;
	}

	/**
	 * Updates the recorded first id after entries left the head
	 * ({@code streamGetEdgeID}).
	 */
	void recordFirst() {
		this.firstId = this.entries.isEmpty() ? Id.MIN : this.entries.firstKey();
	}

	/**
	 * Trims as {@code streamTrim} does: whole nodes from the head while they may go;
	 * then, exactly, entries of the next node, or, approximately, nothing more.
	 * @param byId whether to trim by id
	 * @param maxLen the length to trim to
	 * @param minId the lowest id to keep
	 * @param approximate whether only whole nodes go
	 * @param limit the most entries to remove, 0 for no limit
	 * @return how many entries went
	 */
	long trim(boolean byId, long maxLen, Id minId, boolean approximate, long limit) {
		long deleted = 0;
		while (!this.nodes.isEmpty()) {
			if (!byId && this.entries.size() <= maxLen) {
				break;
			}
			Node node = this.nodes.firstEntry().getValue();
			if (limit != 0 && deleted + node.live > limit) {
				break;
			}
			boolean whole;
			if (!byId) {
				whole = this.entries.size() - node.live >= maxLen;
			}
			else {
				whole = node.last.compareTo(minId) < 0;
			}
			if (whole) {
				Map.Entry<Id, Node> after = this.nodes.higherEntry(node.master);
				Map<Id, Entry> inNode = (after != null) ? this.entries.headMap(after.getKey())
						: this.entries.tailMap(node.master, true);
				deleted += node.live;
				inNode.clear();
				this.nodes.remove(node.master);
				continue;
			}
			if (approximate) {
				break;
			}
			Iterator<Map.Entry<Id, Entry>> it = this.entries.tailMap(node.master, true).entrySet().iterator();
			while (it.hasNext()) {
				Map.Entry<Id, Entry> e = it.next();
				if (e.getValue().node() != node) {
					break;
				}
				if (byId ? e.getKey().compareTo(minId) >= 0 : this.entries.size() <= maxLen) {
					break;
				}
				it.remove();
				node.tombs.put(e.getKey(), e.getValue().pairs());
				node.live--;
				node.deleted++;
				deleted++;
			}
			break;
		}
		if (deleted > 0) {
			this.version++;
			recordFirst();
		}
		else if (this.entries.isEmpty()) {
			this.firstId = Id.MIN;
		}
		return deleted;
	}

	/** A deep copy, layout and groups included, as {@code COPY} makes. */
	StreamValue copy() {
		StreamValue copy = new StreamValue();
		Map<Node, Node> nodeCopies = new java.util.IdentityHashMap<>();
		for (Node node : this.nodes.values()) {
			Node n = new Node(node.master, node.masterFields);
			n.live = node.live;
			n.deleted = node.deleted;
			n.bytes = node.bytes;
			n.last = node.last;
			n.tombs.putAll(node.tombs);
			nodeCopies.put(node, n);
			copy.nodes.put(n.master, n);
		}
		for (Map.Entry<Id, Entry> e : this.entries.entrySet()) {
			copy.entries.put(e.getKey(), new Entry(e.getValue().pairs(), nodeCopies.get(e.getValue().node())));
		}
		copy.lastId = this.lastId;
		copy.maxDeletedId = this.maxDeletedId;
		copy.firstId = this.firstId;
		copy.entriesAdded = this.entriesAdded;
		for (Map.Entry<String, Group> g : this.groups.entrySet()) {
			Group group = g.getValue();
			Group groupCopy = new Group(group.lastId, group.entriesRead);
			for (Consumer consumer : group.consumers.values()) {
				groupCopy.consumers.put(consumer.name, new Consumer(consumer.name, consumer.seenTime));
			}
			for (Map.Entry<Id, Nack> p : group.pending.entrySet()) {
				Nack nack = p.getValue();
				Consumer owner = groupCopy.consumers.get(nack.consumer.name);
				Nack nackCopy = new Nack(owner, nack.deliveryTime, nack.deliveryCount);
				groupCopy.pending.put(p.getKey(), nackCopy);
				owner.pending.put(p.getKey(), nackCopy);
			}
			copy.groups.put(g.getKey(), groupCopy);
		}
		return copy;
	}

	/** Sizes of Redis's listpack entries ({@code listpack.c}). */
	static final class Listpack {

		private Listpack() {
		}

		/** The size of an integer entry, its back length included. */
		static long integer(long v) {
			int encoded;
			if (v >= 0 && v <= 127) {
				encoded = 1;
			}
			else if (v >= -4096 && v <= 4095) {
				encoded = 2;
			}
			else if (v >= -32768 && v <= 32767) {
				encoded = 3;
			}
			else if (v >= -8388608 && v <= 8388607) {
				encoded = 4;
			}
			else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
				encoded = 5;
			}
			else {
				encoded = 9;
			}
			return encoded + backLength(encoded);
		}

		/**
		 * The size of a string entry, its back length included; a string that reads as an
		 * integer is stored as one.
		 */
		static long string(String text) {
			if (text.length() <= 20) {
				Long number = StringOps.parseLong(text);
				if (number != null) {
					return integer(number);
				}
			}
			long length = Strings.utf8Length(text);
			long encoded = length + ((length < 64) ? 1 : (length < 4096) ? 2 : 5);
			return encoded + backLength(encoded);
		}

		private static int backLength(long encoded) {
			if (encoded <= 127) {
				return 1;
			}
			if (encoded < 16383) {
				return 2;
			}
			if (encoded < 2097151) {
				return 3;
			}
			return (encoded < 268435455) ? 4 : 5;
		}

	}

}
