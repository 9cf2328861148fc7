package io.redipy.contract;

import java.util.List;

import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of bytes that are not UTF-8, run against every backend: how the
 * {@code String} API sends a lone surrogate that stands for a byte.
 */
public abstract class BinaryContractTests extends ContractTestSupport {

	@Test
	void stringApi_escapeSurrogateIsSentAsItsByte() {
		// U+DC80 + b stands for byte 0x80 + b (store form) on both backends; Redis
		// replies with the byte, which a UTF-8 reader sees as U+FFFD
		this.client.set("k", "a\uDC80b");
		assertThat(this.client.get("k")).isEqualTo("a\uFFFDb");
		assertThat(this.client.strlen("k")).isEqualTo(3);
		assertThat(this.client.getrange("k", 1, 1)).isEqualTo("\uFFFD");
		this.client.set("\uDCFF", "v");
		assertThat(this.client.get("\uDCFF")).isEqualTo("v");
		assertThat(this.client.exists("?")).isZero();
		assertThat(this.client.keys("*")).containsExactlyInAnyOrder("k", "\uFFFD");
		this.client.hset("h", "\uDC80", "x");
		assertThat(this.client.hget("h", "\uDC80")).isEqualTo("x");
		assertThat(this.client.hexists("h", "?")).isFalse();
	}

	@Test
	void stringApi_escapedBytesThatFormUtf8AreThatCharacter() {
		this.client.set("e", "\uDCC3\uDCA9");
		assertThat(this.client.get("e")).isEqualTo("é");
		this.client.set("a", "\uDCC3");
		this.client.append("a", "\uDCA9");
		assertThat(this.client.get("a")).isEqualTo("é");
		this.client.rpush("l", "\uDCC3\uDCA9");
		assertThat(this.client.lpos("l", "é")).isZero();
	}

	@Test
	void stringApi_otherLoneSurrogatesStayQuestionMarks() {
		this.client.set("k", "\uD800\uDC00x\uDC00");
		assertThat(this.client.get("k")).isEqualTo("\uD800\uDC00x?");
		this.client.sadd("s", "\uD800", "\uDBFF");
		assertThat(this.client.smembers("s")).containsExactly("?");
		assertThat(List.copyOf(this.client.smembers("s"))).hasSize(1);
	}

}
