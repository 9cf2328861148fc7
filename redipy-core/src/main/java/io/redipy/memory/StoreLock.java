package io.redipy.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;

/**
 * The store's lock: reentrant and with conditions like {@link ReentrantLock}, but a
 * thread that finds it held first spins with exponential back-off before it parks, and
 * taking and releasing it costs one atomic instruction in all.
 *
 * <p>
 * Commands hold the lock for tens of nanoseconds. Under a plain {@code ReentrantLock} two
 * threads calling the store in a loop keep parking and waking each other (a futex call
 * per release), and together they do less than half the work of one thread. Here the
 * waiting thread backs off (fewer reads of the lock word, so its holder keeps the cache
 * line and goes on), takes the lock in one of the short gaps between commands, and parks
 * only when the lock stays held for long (a long script, a large {@code SCAN}), as
 * before. Not fair, as {@code ReentrantLock} is not by default.
 *
 * <p>
 * It is also a sequence lock: the lock word is a version that is odd while the lock is
 * held and grows each time it is taken and released. A reader that writes nothing takes a
 * {@link #readStamp() stamp}, reads without the lock and keeps its result only if the
 * stamp {@link #validate(long) is still valid}; two such readers never write a shared
 * cache line, so reads on several threads run in parallel.
 *
 * <p>
 * What one locked section costs in fenced or atomic instructions (on x86 each is a
 * {@code lock}-prefixed instruction, some tens of cycles; plain and release stores and
 * all loads are ordinary moves there):
 * <ul>
 * <li>before: a CAS of the hold state and an atomic add to the version to take it, and a
 * volatile store of each to release it: four;</li>
 * <li>now: one CAS that makes the version odd (the hold state is that bit; owner and hold
 * count are plain fields only the holder writes), a store-store fence (free on x86) so
 * that no write of the section is seen before the version is odd, and a release store
 * that makes it even again: one.</li>
 * </ul>
 * Mutual exclusion and the readers' validation need nothing more. The release store has
 * no store-load fence, so a releaser may look for parked threads before its store is
 * seen, and a thread that parks just then may miss its wake-up: parked threads therefore
 * wake on their own after at most {@link #MAX_PARK_NANOS} to look again. That race needs
 * a thread to go to sleep within nanoseconds of a release; any later release sees it
 * queued and wakes it.
 */
final class StoreLock implements Lock {

	/** Rounds of spinning before parking; the pause between checks doubles each round. */
	private static final int SPIN_ROUNDS = 20;

	/**
	 * {@link Thread#onSpinWait()} calls before the first check: long enough that the
	 * holder, which releases and retakes the lock within nanoseconds, keeps its cache
	 * line for a few commands (measured: 2 threads doing GET 46M ops/s starting at 1
	 * pause, 78M at 64).
	 */
	private static final int FIRST_PAUSES = 64;

	/** Most {@link Thread#onSpinWait()} calls between two checks of the lock. */
	private static final int MAX_PAUSES = 1024;

	/** How long a parked thread first sleeps before it looks at the lock again. */
	private static final long MIN_PARK_NANOS = 50_000;

	/**
	 * The longest a parked thread sleeps before it looks at the lock again: the bound on
	 * a missed wake-up (see the class comment).
	 */
	static final long MAX_PARK_NANOS = 1_000_000;

	private static final VarHandle VERSION;

	static {
		try {
			VERSION = MethodHandles.lookup().findVarHandle(StoreLock.class, "version", long.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	/** The lock word: odd while held; read and written through {@link #VERSION}. */
	@SuppressWarnings("unused")
	private volatile long version;

	/** The holder; written by the thread that takes or releases the lock only. */
	private @Nullable Thread owner;

	/** How often the holder holds the lock; written by the holder only. */
	private int holds;

	/** The queue of parked threads (its state is unused: the lock word is ours). */
	private final Parking parking = new Parking();

	@Override
	public void lock() {
		Thread current = Thread.currentThread();
		if (tryTake(current)) {
			return;
		}
		if (this.owner == current) {
			this.holds++;
			return;
		}
		int pauses = FIRST_PAUSES;
		for (int round = 0; round < SPIN_ROUNDS; round++) {
			for (int i = 0; i < pauses; i++) {
				Thread.onSpinWait();
			}
			if (tryTake(current)) {
				return;
			}
			pauses = Math.min(pauses << 1, MAX_PAUSES);
		}
		boolean interrupted = false;
		long nanos = MIN_PARK_NANOS;
		while (true) {
			try {
				if (this.parking.tryAcquireNanos(1, nanos)) {
					break;
				}
			}
			catch (InterruptedException ex) {
				// lock() is not interruptible: keep the interrupt for the caller
				interrupted = true;
			}
			nanos = Math.min(nanos << 1, MAX_PARK_NANOS);
		}
		if (interrupted) {
			current.interrupt();
		}
	}

	@Override
	public void lockInterruptibly() throws InterruptedException {
		if (Thread.interrupted()) {
			throw new InterruptedException();
		}
		Thread current = Thread.currentThread();
		if (tryTake(current)) {
			return;
		}
		if (this.owner == current) {
			this.holds++;
			return;
		}
		while (!this.parking.tryAcquireNanos(1, MAX_PARK_NANOS)) {
			// woke without the lock: look again
		}
	}

	@Override
	public boolean tryLock() {
		Thread current = Thread.currentThread();
		if (tryTake(current)) {
			return true;
		}
		if (this.owner == current) {
			this.holds++;
			return true;
		}
		return false;
	}

	@Override
	public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
		if (Thread.interrupted()) {
			throw new InterruptedException();
		}
		if (tryLock()) {
			return true;
		}
		long deadline = System.nanoTime() + unit.toNanos(time);
		while (true) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			if (this.parking.tryAcquireNanos(1, Math.min(left, MAX_PARK_NANOS))) {
				return true;
			}
		}
	}

	/**
	 * Takes the lock if it is free: the one atomic instruction of a locked section.
	 */
	private boolean tryTake(Thread current) {
		long v = (long) VERSION.getOpaque(this);
		if ((v & 1) != 0 || !VERSION.compareAndSet(this, v, v + 1)) {
			return false;
		}
		// the section's writes may not be seen before the odd version (free on x86)
		VarHandle.storeStoreFence();
		this.owner = current;
		this.holds = 1;
		return true;
	}

	@Override
	public void unlock() {
		if (this.owner != Thread.currentThread()) {
			throw new IllegalMonitorStateException("The store's lock is not held by this thread");
		}
		if (--this.holds > 0) {
			return;
		}
		this.owner = null;
		// only the holder writes the word: a plain read of it, then a release store, so
		// that every write of the section is seen before the even version
		long v = (long) VERSION.get(this);
		VERSION.setRelease(this, v + 1);
		if (this.parking.hasQueuedThreads()) {
			this.parking.release(1);
		}
	}

	@Override
	public Condition newCondition() {
		return new Waiting();
	}

	/** Returns whether the current thread holds the lock. */
	boolean isHeldByCurrentThread() {
		return this.owner == Thread.currentThread();
	}

	/**
	 * Returns a stamp for a read without the lock, or -1 while the lock is held.
	 * @return the version, even, or -1
	 */
	long readStamp() {
		long v = (long) VERSION.getAcquire(this);
		return ((v & 1) == 0) ? v : -1;
	}

	/**
	 * Returns whether nothing took the lock since the stamp was taken: what was read
	 * since then is a consistent view.
	 * @param stamp a stamp from {@link #readStamp()}
	 * @return whether it is still valid
	 */
	boolean validate(long stamp) {
		// the reads before this one may not move after it
		VarHandle.acquireFence();
		return stamp >= 0 && (long) VERSION.getOpaque(this) == stamp;
	}

	/**
	 * Gives up every hold of the current thread, for a condition's wait.
	 * @return the holds to restore
	 */
	private int releaseAll() {
		if (this.owner != Thread.currentThread()) {
			throw new IllegalMonitorStateException("The store's lock is not held by this thread");
		}
		int held = this.holds;
		this.holds = 1;
		unlock();
		return held;
	}

	/** Takes the lock again after a condition's wait, with the holds it had. */
	private void retake(int held) {
		lock();
		this.holds = held;
	}

	/**
	 * Where threads that wait for the lock park: {@code AbstractQueuedSynchronizer}'s
	 * queue, whose acquire tries the lock word.
	 */
	private final class Parking extends AbstractQueuedSynchronizer {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean tryAcquire(int ignored) {
			return tryTake(Thread.currentThread());
		}

		@Override
		protected boolean tryRelease(int ignored) {
			// the lock word was released already: wake the first parked thread
			return true;
		}

	}

	/** A thread waiting on a condition. */
	private static final class Waiter {

		final Thread thread = Thread.currentThread();

		volatile boolean signalled;

	}

	/**
	 * A condition of the lock: its waiters are queued under the lock, so the queue needs
	 * no synchronization of its own.
	 */
	private final class Waiting implements Condition {

		/** Waiting threads, first come first signalled; guarded by the lock. */
		private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();

		@Override
		public void await() throws InterruptedException {
			awaitUntilNanos(0, false, true);
		}

		@Override
		public void awaitUninterruptibly() {
			try {
				awaitUntilNanos(0, false, false);
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException("not interruptible", ex);
			}
		}

		@Override
		public long awaitNanos(long nanosTimeout) throws InterruptedException {
			long deadline = System.nanoTime() + nanosTimeout;
			awaitUntilNanos(deadline, true, true);
			return deadline - System.nanoTime();
		}

		@Override
		public boolean await(long time, TimeUnit unit) throws InterruptedException {
			return awaitNanos(unit.toNanos(time)) > 0;
		}

		@Override
		public boolean awaitUntil(Date deadline) throws InterruptedException {
			return await(deadline.getTime() - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
		}

		/**
		 * Waits until signalled, the deadline passes (if timed) or the thread is
		 * interrupted (if interruptible), and holds the lock again as before.
		 */
		private void awaitUntilNanos(long deadline, boolean timed, boolean interruptible) throws InterruptedException {
			if (interruptible && Thread.interrupted()) {
				throw new InterruptedException();
			}
			Waiter waiter = new Waiter();
			this.waiters.add(waiter);
			int held = releaseAll();
			boolean interrupted = false;
			while (!waiter.signalled) {
				if (Thread.interrupted()) {
					interrupted = true;
					if (interruptible) {
						break;
					}
				}
				if (timed) {
					long left = deadline - System.nanoTime();
					if (left <= 0) {
						break;
					}
					LockSupport.parkNanos(this, left);
				}
				else {
					LockSupport.park(this);
				}
			}
			retake(held);
			if (!waiter.signalled) {
				this.waiters.remove(waiter);
			}
			if (interrupted) {
				if (interruptible) {
					throw new InterruptedException();
				}
				Thread.currentThread().interrupt();
			}
		}

		@Override
		public void signal() {
			checkHeld();
			Waiter waiter = this.waiters.poll();
			if (waiter != null) {
				waiter.signalled = true;
				LockSupport.unpark(waiter.thread);
			}
		}

		@Override
		public void signalAll() {
			checkHeld();
			for (Waiter waiter = this.waiters.poll(); waiter != null; waiter = this.waiters.poll()) {
				waiter.signalled = true;
				LockSupport.unpark(waiter.thread);
			}
		}

		private void checkHeld() {
			if (!isHeldByCurrentThread()) {
				throw new IllegalMonitorStateException("The store's lock is not held by this thread");
			}
		}

	}

}
