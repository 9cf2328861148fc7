package io.redipy.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * A Redis list: a circular array with O(1) push and pop at both ends and O(1) access by
 * index.
 */
final class ListValue {

	private String[] elements = new String[8];

	private int head;

	private int size;

	int size() {
		return this.size;
	}

	/**
	 * Grows with every change, so that {@code WATCH} can tell a changed value from an
	 * unchanged one without copying it.
	 */
	long version;

	String get(int index) {
		return this.elements[(this.head + index) & (this.elements.length - 1)];
	}

	void set(int index, String value) {
		this.version++;
		this.elements[(this.head + index) & (this.elements.length - 1)] = value;
	}

	void addFirst(String value) {
		this.version++;
		grow();
		this.head = (this.head - 1) & (this.elements.length - 1);
		this.elements[this.head] = value;
		this.size++;
	}

	void addLast(String value) {
		this.version++;
		grow();
		this.elements[(this.head + this.size) & (this.elements.length - 1)] = value;
		this.size++;
	}

	String removeFirst() {
		this.version++;
		String value = this.elements[this.head];
		this.elements[this.head] = null;
		this.head = (this.head + 1) & (this.elements.length - 1);
		this.size--;
		shrink();
		return value;
	}

	String removeLast() {
		this.version++;
		int index = (this.head + this.size - 1) & (this.elements.length - 1);
		String value = this.elements[index];
		this.elements[index] = null;
		this.size--;
		shrink();
		return value;
	}

	/** Removes the first {@code count} elements (at most the size). */
	void removeFirst(int count) {
		for (int i = 0; i < count; i++) {
			removeFirst();
		}
	}

	/** Removes the last {@code count} elements (at most the size). */
	void removeLast(int count) {
		for (int i = 0; i < count; i++) {
			removeLast();
		}
	}

	/** Returns the index of the first element equal to {@code value}, or -1. */
	int indexOf(String value) {
		for (int i = 0; i < this.size; i++) {
			if (get(i).equals(value)) {
				return i;
			}
		}
		return -1;
	}

	/** Inserts at an index from 0 to size, shifting the tail. */
	void insert(int index, String value) {
		this.version++;
		if (index == 0) {
			addFirst(value);
			return;
		}
		addLast(value);
		for (int i = this.size - 1; i > index; i--) {
			set(i, get(i - 1));
		}
		set(index, value);
	}

	/**
	 * Keeps the elements for which {@code keep} is true, in order; returns how many went.
	 */
	int retain(java.util.function.IntPredicate keep) {
		List<String> kept = new ArrayList<>(this.size);
		for (int i = 0; i < this.size; i++) {
			if (keep.test(i)) {
				kept.add(get(i));
			}
		}
		int removed = this.size - kept.size();
		if (removed > 0) {
			replaceWith(kept);
		}
		return removed;
	}

	void replaceWith(List<String> values) {
		this.version++;
		int capacity = 8;
		while (capacity < values.size()) {
			capacity <<= 1;
		}
		this.elements = values.toArray(new String[capacity]);
		this.head = 0;
		this.size = values.size();
	}

	List<String> range(int from, int toInclusive) {
		List<String> result = new ArrayList<>(Math.max(0, toInclusive - from + 1));
		for (int i = from; i <= toInclusive; i++) {
			result.add(get(i));
		}
		return result;
	}

	ListValue copy() {
		ListValue copy = new ListValue();
		copy.replaceWith(range(0, this.size - 1));
		return copy;
	}

	/** Halves the array when a quarter or less of it is used, so pops free memory. */
	private void shrink() {
		if (this.elements.length <= 8 || this.size > this.elements.length / 4) {
			return;
		}
		String[] smaller = new String[this.elements.length / 2];
		for (int i = 0; i < this.size; i++) {
			smaller[i] = get(i);
		}
		this.elements = smaller;
		this.head = 0;
	}

	private void grow() {
		if (this.size < this.elements.length) {
			return;
		}
		String[] bigger = new String[this.elements.length * 2];
		for (int i = 0; i < this.size; i++) {
			bigger[i] = get(i);
		}
		this.elements = bigger;
		this.head = 0;
	}

}
