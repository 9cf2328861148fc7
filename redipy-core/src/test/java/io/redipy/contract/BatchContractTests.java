package io.redipy.contract;

import java.util.ArrayList;
import java.util.List;

import io.redipy.RedipyClient;
import io.redipy.WrongTypeException;
import io.redipy.api.AbstractBatch;
import io.redipy.api.Batch;
import io.redipy.api.Response;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * The contract of batches, run against every backend.
 */
public abstract class BatchContractTests extends ContractTestSupport {

	@Test
	void exec_completesEveryResponseInOrder() {
		Batch batch = this.client.batch();
		Response<Long> pushed = batch.rpush("q", "a", "b");
		Response<Long> field = batch.hset("h", "f", "v");
		Response<String> popped = batch.lpop("q");
		Response<Void> set = batch.set("s", "1");
		Response<Long> incremented = batch.incr("s");
		assertThat(batch.size()).isEqualTo(5);
		batch.exec();
		assertThat(pushed.get()).isEqualTo(2);
		assertThat(field.get()).isEqualTo(1);
		assertThat(popped.get()).isEqualTo("a");
		assertThat(set.get()).isNull();
		assertThat(incremented.get()).isEqualTo(2);
		assertThat(this.client.lrange("q", 0, -1)).containsExactly("b");
	}

	@Test
	void exec_aFailingCommandFailsOnlyItsOwnResponse() {
		this.client.rpush("list", "x");
		Batch batch = this.client.batch();
		Response<Void> before = batch.set("a", "1");
		Response<String> wrong = batch.get("list");
		Response<Long> notANumber = batch.incr("list");
		Response<Void> after = batch.set("b", "2");
		batch.exec();
		assertThat(before.get()).isNull();
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(wrong::get);
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(notANumber::get);
		assertThat(after.get()).isNull();
		assertThat(this.client.get("a")).isEqualTo("1");
		assertThat(this.client.get("b")).isEqualTo("2");
		assertThat(this.client.lrange("list", 0, -1)).containsExactly("x");
	}

	@Test
	void response_readBeforeExecIsAnError() {
		Batch batch = this.client.batch();
		Response<String> value = batch.get("k");
		assertThat(value.isDone()).isFalse();
		assertThatIllegalStateException().isThrownBy(value::get).withMessageContaining("exec()");
		batch.exec();
		assertThat(value.isDone()).isTrue();
		assertThat(value.get()).isNull();
	}

	@Test
	void exec_onlyOnce() {
		Batch batch = this.client.batch();
		batch.set("k", "v");
		batch.exec();
		assertThatIllegalStateException().isThrownBy(batch::exec);
		assertThatIllegalStateException().isThrownBy(() -> batch.get("k"));
	}

	@Test
	void exec_emptyBatchDoesNothing() {
		Batch batch = this.client.batch();
		batch.exec();
		assertThat(batch.size()).isZero();
	}

	@Test
	void add_checksArgumentsWhenQueued() {
		Batch batch = this.client.batch();
		batch.set("k", "v");
		assertThatNullPointerException().isThrownBy(() -> batch.set(null, "v"));
		assertThatIllegalArgumentException().isThrownBy(() -> batch.del());
		assertThat(batch.size()).isEqualTo(1);
		assertThat(this.client.exists("k")).isZero();
		batch.exec();
		assertThat(this.client.get("k")).isEqualTo("v");
	}

	@Test
	void internalAdd_rejectsAFunctionThatCallsNoCommand() {
		AbstractBatch<?> batch = (AbstractBatch<?>) this.client.batch();
		assertThatIllegalArgumentException().isThrownBy(() -> batch.add((c) -> "no command"));
		Response<Long> length = batch.add((c) -> c.strlen("k"));
		assertThat(batch.size()).isEqualTo(1);
		this.client.set("k", "v");
		batch.exec();
		assertThat(length.get()).isEqualTo(1);
	}

	@Test
	void exec_hundredsOfCommands() {
		Batch batch = this.client.batch();
		List<Response<Long>> responses = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			responses.add(batch.incr("counter"));
		}
		batch.exec();
		for (int i = 0; i < 300; i++) {
			assertThat(responses.get(i).get()).isEqualTo(i + 1);
		}
	}

	@Test
	void batch_appliesTheKeyPrefix() {
		RedipyClient app = backend().client("app:");
		Batch batch = app.batch();
		batch.set("k", "v");
		Response<List<String>> keys = batch.keys("*");
		batch.exec();
		assertThat(keys.get()).containsExactly("k");
		assertThat(this.client.get("app:k")).isEqualTo("v");
	}

}
