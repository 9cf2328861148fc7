package io.redipy.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A Redis set: members in an array for O(1) random picks, with an index for O(1)
 * membership, add and remove (removal swaps the last member into the hole).
 */
final class SetValue {

	/** Redis's {@code set-max-intset-entries}. */
	static final int INTSET_ENTRIES = 512;

	private final List<String> members = new ArrayList<>();

	private final HashMap<String, Integer> index = new HashMap<>();

	/**
	 * Whether Redis would hold this set as an intset, which it lists in ascending order
	 * (SMEMBERS, SSCAN, the set algebra): a set starts as one and becomes a hashtable for
	 * good at its first member that is no integer or past {@link #INTSET_ENTRIES}.
	 */
	private boolean intset = true;

	/**
	 * Grows with every change, so that {@code WATCH} can tell a changed value from an
	 * unchanged one without copying it.
	 */
	long version;

	SetValue() {
	}

	SetValue(Collection<String> members) {
		members.forEach(this::add);
	}

	int size() {
		return this.members.size();
	}

	/** Whether Redis would hold this set as an intset ({@code OBJECT ENCODING}). */
	boolean isIntset() {
		return this.intset;
	}

	boolean contains(String member) {
		return this.index.containsKey(member);
	}

	boolean add(String member) {
		if (this.index.containsKey(member)) {
			return false;
		}
		this.version++;
		this.index.put(member, this.members.size());
		this.members.add(member);
		if (this.intset && (this.members.size() > INTSET_ENTRIES || StringOps.parseLong(member) == null)) {
			this.intset = false;
		}
		return true;
	}

	boolean remove(String member) {
		Integer position = this.index.remove(member);
		if (position == null) {
			return false;
		}
		this.version++;
		String last = this.members.remove(this.members.size() - 1);
		if (position < this.members.size()) {
			this.members.set(position, last);
			this.index.put(last, position);
		}
		return true;
	}

	String random(RandomGenerator random) {
		return this.members.get(random.nextInt(this.members.size()));
	}

	/** The member at a position, for cursors and random picks. */
	String at(int position) {
		return this.members.get(position);
	}

	/** The members in Redis's iteration order when that is known (an intset's). */
	Set<String> toSet() {
		return new LinkedHashSet<>(toList());
	}

	/** The members in Redis's iteration order when that is known (an intset's). */
	List<String> toList() {
		List<String> list = new ArrayList<>(this.members);
		if (this.intset) {
			list.sort(Comparator.comparingLong(Long::parseLong));
		}
		return list;
	}

	SetValue copy() {
		SetValue copy = new SetValue(this.members);
		copy.intset = this.intset;
		return copy;
	}

}
