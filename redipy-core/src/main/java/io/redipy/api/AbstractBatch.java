package io.redipy.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The part of a {@link Batch} that every backend shares: recording one operation per
 * queued command, and completing the responses. Internal to redipy's backends.
 *
 * <p>
 * A backend gives a {@link Commands} view whose methods validate their arguments, build
 * an operation of type {@code O}, and hand it to {@link #record(Object)}, which ends the
 * method call with a {@link Recorded} signal; {@link #exec()} hands the operations to
 * {@link #execute(List)} at once.
 *
 * @param <O> the backend's operation type
 */
public abstract class AbstractBatch<O> implements Batch {

	private final List<O> operations = new ArrayList<>();

	private final List<Slot<?>> slots = new ArrayList<>();

	private @Nullable O recorded;

	private boolean executed;

	/**
	 * Returns the {@link Commands} view that records instead of running.
	 * @return the recording view
	 */
	protected abstract Commands recorder();

	/**
	 * Runs the operations atomically.
	 * @param operations the queued operations, in order
	 * @return one outcome per operation: its result, or the {@link RuntimeException} it
	 * failed with
	 */
	protected abstract List<@Nullable Object> execute(List<O> operations);

	/**
	 * Records the operation of the command being queued; called by the recording view,
	 * which must let the returned signal propagate.
	 * @param operation the operation
	 * @return the signal to throw
	 */
	public final Recorded record(O operation) {
		if (this.recorded != null) {
			throw new IllegalStateException("A batch entry calls more than one command");
		}
		this.recorded = Objects.requireNonNull(operation, "operation");
		return Recorded.INSTANCE;
	}

	@Override
	public final <T> Response<T> add(Function<? super Commands, ? extends T> command) {
		Objects.requireNonNull(command, "command");
		if (this.executed) {
			throw new IllegalStateException("The batch has already run");
		}
		this.recorded = null;
		try {
			command.apply(recorder());
		}
		catch (Recorded signal) {
			// the recording view ends every command here
		}
		O operation = this.recorded;
		this.recorded = null;
		if (operation == null) {
			throw new IllegalArgumentException("A batch entry must call one command of the Commands it is given");
		}
		this.operations.add(operation);
		Slot<T> slot = new Slot<>();
		this.slots.add(slot);
		return slot;
	}

	@Override
	public final void exec() {
		if (this.executed) {
			throw new IllegalStateException("The batch has already run");
		}
		this.executed = true;
		List<@Nullable Object> outcomes = execute(List.copyOf(this.operations));
		for (int i = 0; i < this.slots.size(); i++) {
			this.slots.get(i).complete(outcomes.get(i));
		}
	}

	@Override
	public final int size() {
		return this.operations.size();
	}

	/**
	 * The signal that ends a recorded command; carries no stack trace.
	 */
	public static final class Recorded extends RuntimeException {

		private static final long serialVersionUID = 1L;

		static final Recorded INSTANCE = new Recorded();

		private Recorded() {
			super("recorded", null, false, false);
		}

	}

	private static final class Slot<T> implements Response<T> {

		private @Nullable Object outcome;

		private boolean done;

		void complete(@Nullable Object outcome) {
			this.outcome = outcome;
			this.done = true;
		}

		@Override
		@SuppressWarnings("unchecked")
		public T get() {
			if (!this.done) {
				throw new IllegalStateException("The batch has not run yet; call exec() first");
			}
			if (this.outcome instanceof RuntimeException failure) {
				throw failure;
			}
			return (T) this.outcome;
		}

		@Override
		public boolean isDone() {
			return this.done;
		}

	}

}
