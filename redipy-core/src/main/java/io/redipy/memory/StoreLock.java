package io.redipy.memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.AbstractQueuedSynchronizer;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The store's lock: reentrant and with conditions like {@link ReentrantLock}, but a
 * thread that finds it held first spins with exponential back-off before it parks.
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
 * It is also a sequence lock: a version that is odd while the lock is held and grows each
 * time it is taken and released. A reader that writes nothing takes a {@link #readStamp()
 * stamp}, reads without the lock and keeps its result only if the stamp
 * {@link #validate(long) is still valid}; two such readers never write a shared cache
 * line, so reads on several threads run in parallel.
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

	private final Sync sync = new Sync();

	@Override
	public void lock() {
		if (this.sync.tryAcquire(1)) {
			return;
		}
		int pauses = FIRST_PAUSES;
		for (int round = 0; round < SPIN_ROUNDS; round++) {
			for (int i = 0; i < pauses; i++) {
				Thread.onSpinWait();
			}
			if (this.sync.isFree() && this.sync.tryAcquire(1)) {
				return;
			}
			pauses = Math.min(pauses << 1, MAX_PAUSES);
		}
		this.sync.acquire(1);
	}

	@Override
	public void lockInterruptibly() throws InterruptedException {
		this.sync.acquireInterruptibly(1);
	}

	@Override
	public boolean tryLock() {
		return this.sync.tryAcquire(1);
	}

	@Override
	public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
		return this.sync.tryAcquireNanos(1, unit.toNanos(time));
	}

	@Override
	public void unlock() {
		this.sync.release(1);
	}

	@Override
	public Condition newCondition() {
		return this.sync.newCondition();
	}

	/** Returns whether the current thread holds the lock. */
	boolean isHeldByCurrentThread() {
		return this.sync.isHeldExclusively();
	}

	/**
	 * Returns a stamp for a read without the lock, or -1 while the lock is held.
	 * @return the version, even, or -1
	 */
	long readStamp() {
		long version = this.sync.version;
		return ((version & 1) == 0) ? version : -1;
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
		return stamp >= 0 && this.sync.version == stamp;
	}

	/**
	 * Hold count in the state, owner thread as AQS's exclusive owner, and the version:
	 * made odd as the lock is taken (an atomic add, so that no write under the lock can
	 * be seen before it) and even as it is released (a volatile write, so that none can
	 * be seen after it).
	 */
	private static final class Sync extends AbstractQueuedSynchronizer {

		private static final long serialVersionUID = 1L;

		private static final VarHandle VERSION;

		static {
			try {
				VERSION = MethodHandles.lookup().findVarHandle(Sync.class, "version", long.class);
			}
			catch (ReflectiveOperationException ex) {
				throw new ExceptionInInitializerError(ex);
			}
		}

		volatile long version;

		@Override
		protected boolean tryAcquire(int acquires) {
			Thread current = Thread.currentThread();
			int held = getState();
			if (held == 0) {
				if (compareAndSetState(0, acquires)) {
					setExclusiveOwnerThread(current);
					VERSION.getAndAdd(this, 1L);
					return true;
				}
				return false;
			}
			if (getExclusiveOwnerThread() == current) {
				setState(held + acquires);
				return true;
			}
			return false;
		}

		@Override
		protected boolean tryRelease(int releases) {
			if (getExclusiveOwnerThread() != Thread.currentThread()) {
				throw new IllegalMonitorStateException("The store's lock is not held by this thread");
			}
			int held = getState() - releases;
			boolean free = held == 0;
			if (free) {
				setExclusiveOwnerThread(null);
				this.version = this.version + 1;
			}
			setState(held);
			return free;
		}

		@Override
		protected boolean isHeldExclusively() {
			return getExclusiveOwnerThread() == Thread.currentThread();
		}

		boolean isFree() {
			return getState() == 0;
		}

		Condition newCondition() {
			return new ConditionObject();
		}

	}

}
