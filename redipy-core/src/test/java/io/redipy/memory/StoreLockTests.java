package io.redipy.memory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The store's spinning lock keeps the contract of a reentrant lock.
 */
class StoreLockTests {

	private final StoreLock lock = new StoreLock();

	private long counter;

	@Test
	void excludesOtherThreads() throws Exception {
		Thread[] threads = new Thread[4];
		for (int t = 0; t < threads.length; t++) {
			threads[t] = new Thread(() -> {
				for (int i = 0; i < 200_000; i++) {
					this.lock.lock();
					try {
						this.counter++;
					}
					finally {
						this.lock.unlock();
					}
				}
			});
			threads[t].start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		assertThat(this.counter).isEqualTo(800_000);
	}

	@Test
	void isReentrant_andFreeOnlyAfterTheLastUnlock() throws Exception {
		this.lock.lock();
		this.lock.lock();
		assertThat(this.lock.isHeldByCurrentThread()).isTrue();
		this.lock.unlock();
		assertThat(CompletableFuture.supplyAsync(this.lock::tryLock).get(10, TimeUnit.SECONDS)).isFalse();
		this.lock.unlock();
		assertThat(this.lock.isHeldByCurrentThread()).isFalse();
		assertThat(CompletableFuture.supplyAsync(() -> {
			boolean taken = this.lock.tryLock();
			this.lock.unlock();
			return taken;
		}).get(10, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void unlockByAnotherThread_isRefused() {
		this.lock.lock();
		try {
			assertThatExceptionOfType(java.util.concurrent.ExecutionException.class)
				.isThrownBy(() -> CompletableFuture.runAsync(this.lock::unlock).get(10, TimeUnit.SECONDS))
				.withCauseInstanceOf(IllegalMonitorStateException.class);
		}
		finally {
			this.lock.unlock();
		}
	}

	@Test
	void waiterOfALongHold_parksAndGetsTheLockAfterIt() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		this.lock.lock();
		CompletableFuture<Boolean> waiter;
		try {
			waiter = CompletableFuture.supplyAsync(() -> {
				started.countDown();
				this.lock.lock();
				try {
					return this.counter == 1;
				}
				finally {
					this.lock.unlock();
				}
			});
			started.await();
			// the waiter spins, then parks; it must not get the lock meanwhile
			this.counter = 1;
			assertThat(waiter).isNotDone();
		}
		finally {
			this.lock.unlock();
		}
		assertThat(waiter.get(10, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void conditions_releaseAndRetakeTheLock() throws Exception {
		Condition ready = this.lock.newCondition();
		CompletableFuture<Long> awaiting = CompletableFuture.supplyAsync(() -> {
			this.lock.lock();
			try {
				while (this.counter == 0) {
					ready.await();
				}
				return this.counter;
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				this.lock.unlock();
			}
		});
		this.lock.lock();
		try {
			this.counter = 42;
			ready.signalAll();
		}
		finally {
			this.lock.unlock();
		}
		assertThat(awaiting.get(10, TimeUnit.SECONDS)).isEqualTo(42);
	}

	@Test
	void readStamps_areInvalidWhileHeldAndAfterAnyWriter() throws Exception {
		StoreLock lock = new StoreLock();
		long stamp = lock.readStamp();
		assertThat(stamp).isNotNegative();
		assertThat(lock.validate(stamp)).isTrue();
		lock.lock();
		assertThat(lock.readStamp()).isEqualTo(-1);
		assertThat(lock.validate(stamp)).isFalse();
		lock.lock();
		lock.unlock();
		assertThat(lock.readStamp()).as("still held once").isEqualTo(-1);
		lock.unlock();
		long later = lock.readStamp();
		assertThat(later).isGreaterThan(stamp);
		assertThat(lock.validate(stamp)).isFalse();
		assertThat(lock.validate(later)).isTrue();
		Thread other = new Thread(() -> {
			lock.lock();
			lock.unlock();
		});
		other.start();
		other.join();
		assertThat(lock.validate(later)).as("another thread took the lock").isFalse();
		assertThat(lock.validate(-1)).isFalse();
	}

	@Test
	void conditionWait_releasesEveryHoldAndRestoresThem() throws Exception {
		Condition never = this.lock.newCondition();
		this.lock.lock();
		this.lock.lock();
		try {
			CompletableFuture<Boolean> other = new CompletableFuture<>();
			Thread taker = new Thread(() -> {
				// runs while the holder waits: the lock must be free then
				this.lock.lock();
				other.complete(true);
				this.lock.unlock();
			});
			taker.start();
			while (!other.isDone()) {
				never.awaitNanos(TimeUnit.MILLISECONDS.toNanos(5));
			}
			taker.join();
			assertThat(this.lock.isHeldByCurrentThread()).isTrue();
		}
		finally {
			this.lock.unlock();
		}
		assertThat(this.lock.isHeldByCurrentThread()).as("held twice before the wait").isTrue();
		assertThat(CompletableFuture.supplyAsync(this.lock::tryLock).get(10, TimeUnit.SECONDS)).isFalse();
		this.lock.unlock();
		assertThat(this.lock.isHeldByCurrentThread()).isFalse();
	}

	@Test
	void signal_wakesOneWaiterInOrder() throws Exception {
		Condition ready = this.lock.newCondition();
		CountDownLatch waiting = new CountDownLatch(2);
		List<Integer> woken = new java.util.concurrent.CopyOnWriteArrayList<>();
		Thread[] threads = new Thread[2];
		for (int t = 0; t < threads.length; t++) {
			int id = t;
			threads[t] = new Thread(() -> {
				this.lock.lock();
				try {
					waiting.countDown();
					ready.awaitUninterruptibly();
					woken.add(id);
				}
				finally {
					this.lock.unlock();
				}
			});
			threads[t].start();
			// the second waits after the first
			while (waiting.getCount() > 1 - t) {
				Thread.onSpinWait();
			}
			this.lock.lock();
			this.lock.unlock();
		}
		this.lock.lock();
		try {
			ready.signal();
		}
		finally {
			this.lock.unlock();
		}
		threads[0].join(10_000);
		assertThat(woken).containsExactly(0);
		this.lock.lock();
		try {
			ready.signal();
		}
		finally {
			this.lock.unlock();
		}
		threads[1].join(10_000);
		assertThat(woken).containsExactly(0, 1);
	}

	@Test
	void timedTryLock_givesUpWhileHeld_andTakesAFreeLock() throws Exception {
		this.lock.lock();
		try {
			assertThat(CompletableFuture.supplyAsync(() -> {
				try {
					return this.lock.tryLock(20, TimeUnit.MILLISECONDS);
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			}).get(10, TimeUnit.SECONDS)).isFalse();
		}
		finally {
			this.lock.unlock();
		}
		assertThat(CompletableFuture.supplyAsync(() -> {
			try {
				boolean taken = this.lock.tryLock(10, TimeUnit.SECONDS);
				this.lock.unlock();
				return taken;
			}
			catch (InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}).get(10, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void lockInterruptibly_endsOnInterrupt_whileLockKeepsWaitingAndTheInterrupt() throws Exception {
		this.lock.lock();
		CompletableFuture<Boolean> interruptible = new CompletableFuture<>();
		Thread first = new Thread(() -> {
			try {
				this.lock.lockInterruptibly();
				this.lock.unlock();
				interruptible.complete(false);
			}
			catch (InterruptedException ex) {
				interruptible.complete(true);
			}
		});
		CompletableFuture<Boolean> uninterruptible = new CompletableFuture<>();
		Thread second = new Thread(() -> {
			this.lock.lock();
			uninterruptible.complete(Thread.currentThread().isInterrupted());
			this.lock.unlock();
		});
		try {
			first.start();
			second.start();
			// both spin, then park
			Thread.sleep(50);
			first.interrupt();
			second.interrupt();
			assertThat(interruptible.get(10, TimeUnit.SECONDS)).isTrue();
			Thread.sleep(20);
			assertThat(uninterruptible).isNotDone();
		}
		finally {
			this.lock.unlock();
		}
		assertThat(uninterruptible.get(10, TimeUnit.SECONDS)).as("still interrupted").isTrue();
	}

	@Test
	void threadsThatParkBehindLongHolds_allGetTheLockInTurn() throws Exception {
		// holds of about a millisecond: the waiters spin out and park, and every release
		// must wake one of them
		Thread[] threads = new Thread[4];
		for (int t = 0; t < threads.length; t++) {
			threads[t] = new Thread(() -> {
				for (int i = 0; i < 50; i++) {
					this.lock.lock();
					try {
						long inside = ++this.counter;
						java.util.concurrent.locks.LockSupport.parkNanos(200_000);
						assertThat(this.counter).isEqualTo(inside);
					}
					finally {
						this.lock.unlock();
					}
				}
			});
			threads[t].start();
		}
		for (Thread thread : threads) {
			thread.join(60_000);
			assertThat(thread.isAlive()).isFalse();
		}
		assertThat(this.counter).isEqualTo(200);
	}

}
