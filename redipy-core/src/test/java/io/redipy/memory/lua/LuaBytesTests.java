package io.redipy.memory.lua;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import party.iroiro.luajava.lua51.Lua51;

import static org.assertj.core.api.Assertions.assertThat;

/** Byte strings go into a Lua state and come out as they were, whatever their bytes. */
class LuaBytesTests {

	private final Lua51 lua = new Lua51();

	{
		this.lua.openLibraries();
	}

	private final LuaBytes bytes = new LuaBytes(this.lua);

	@AfterEach
	void close() {
		this.lua.close();
	}

	private byte[] roundTrip(byte[] value) {
		this.bytes.push(value);
		assertThat(this.lua.isString(-1)).isTrue();
		assertThat(this.lua.rawLength(-1)).isEqualTo(value.length);
		byte[] back = this.bytes.bytes(-1);
		this.lua.pop(1);
		assertThat(this.lua.getTop()).isZero();
		return back;
	}

	@Test
	void everyByteAlone() {
		for (int b = 0; b < 256; b++) {
			byte[] value = { (byte) b };
			assertThat(roundTrip(value)).isEqualTo(value);
		}
	}

	@Test
	void emptyAsciiNulAndInvalidUtf8() {
		assertThat(roundTrip(new byte[0])).isEmpty();
		byte[] ascii = "hello world".getBytes(StandardCharsets.US_ASCII);
		assertThat(roundTrip(ascii)).isEqualTo(ascii);
		byte[] nul = { 'a', 0, 'b', 0 };
		assertThat(roundTrip(nul)).isEqualTo(nul);
		byte[] invalid = { (byte) 0xc3, (byte) 0x28, (byte) 0xff, (byte) 0xfe, (byte) 0xed, (byte) 0xa0, (byte) 0x80 };
		assertThat(roundTrip(invalid)).isEqualTo(invalid);
		byte[] emoji = "x\uD83D\uDE00y".getBytes(StandardCharsets.UTF_8);
		assertThat(roundTrip(emoji)).isEqualTo(emoji);
	}

	@Test
	void largeRandomStrings() {
		SplittableRandom random = new SplittableRandom(7);
		for (int size : new int[] { 1, 255, 256, 65_536, 1 << 20 }) {
			byte[] value = new byte[size];
			random.nextBytes(value);
			assertThat(roundTrip(value)).isEqualTo(value);
		}
	}

	@Test
	void pushedStringsAreLuaStrings() throws Exception {
		this.bytes.push(new byte[] { 'a', 0, (byte) 0xff });
		this.lua.setGlobal("s");
		this.lua.run("r = #s .. ':' .. s:byte(1) .. ',' .. s:byte(2) .. ',' .. s:byte(3) .. ':' .. type(s)");
		this.lua.getGlobal("r");
		assertThat(this.lua.toString(-1)).isEqualTo("3:97,0,255:string");
	}

}
