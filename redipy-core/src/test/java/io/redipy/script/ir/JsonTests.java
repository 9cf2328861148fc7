package io.redipy.script.ir;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Json}: how a script's JSON reply is read back, escapes above all (the
 * Lua side writes every quote, backslash and control character as a {@code \}{@code u}
 * escape).
 */
class JsonTests {

	@Test
	void unicodeEscapes_takeFourAsciiHexDigitsOfEitherCase() {
		assertThat(Json.read("\"\\u0022job\\u0022:\\u005c\\u00E9\\u00e9\"", Type.STRING)).isEqualTo("\"job\":\\éé");
		assertThat(Json.read("\"\\ud83d\\ude00\"", Type.STRING)).isEqualTo("😀");
		assertThat(Json.read("[\"\\u0041\",\"b\\u0000c\"]", Type.listOf(Type.STRING))).isEqualTo(List.of("A", "b\0c"));
		// a lone surrogate becomes what a UTF-8 round trip makes of it
		assertThat(Json.read("\"\\ud83d\"", Type.STRING)).isEqualTo("?");
	}

	@Test
	void unicodeEscapes_refuseAnythingButAsciiHexDigits() {
		for (String escape : List.of("\\u12G4", "\\u00e", "\\u", "\\u 123", "\\u+123", "\\u٣٣٣٣", "\\uＡ000")) {
			assertThatIllegalArgumentException().as(escape)
				.isThrownBy(() -> Json.read("\"" + escape + "\"", Type.STRING))
				.withMessageMatching("(bad|short) unicode escape|unterminated string");
		}
	}

}
