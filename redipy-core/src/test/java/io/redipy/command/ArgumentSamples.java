package io.redipy.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Argument vectors made from a command's argument tree: only what is required, every
 * optional argument with the first alternative of each choice, and every optional
 * argument with the last alternative and repeated arguments three times. A key count
 * ({@code numkeys}) counts the keys that follow.
 */
final class ArgumentSamples {

	private final boolean optionals;

	private final boolean lastAlternative;

	private final int repeat;

	private final List<String> out = new ArrayList<>();

	private int keys;

	private ArgumentSamples(boolean optionals, boolean lastAlternative, int repeat) {
		this.optionals = optionals;
		this.lastAlternative = lastAlternative;
		this.repeat = repeat;
	}

	static List<List<String>> of(CommandSpec command) {
		List<List<String>> samples = new ArrayList<>();
		for (ArgumentSamples sample : List.of(new ArgumentSamples(false, false, 1), new ArgumentSamples(true, false, 1),
				new ArgumentSamples(true, true, 3))) {
			sample.out.addAll(List.of(command.name().split("\\|")));
			for (Argument argument : command.arguments()) {
				sample.emit(argument, false);
			}
			if (!samples.contains(sample.out)) {
				samples.add(sample.out);
			}
		}
		return samples;
	}

	private void emit(Argument argument, boolean chosen) {
		if (argument.optional() && !chosen && !this.optionals) {
			return;
		}
		int times = argument.multiple() ? this.repeat : 1;
		for (int i = 0; i < times; i++) {
			if (argument.token() != null && (i == 0 || argument.multipleToken())) {
				this.out.add(argument.token());
			}
			switch (argument.type()) {
				case PURE_TOKEN -> {
				}
				case ONEOF ->
					emit(argument.arguments().get(this.lastAlternative ? argument.arguments().size() - 1 : 0), true);
				case BLOCK -> argument.arguments().forEach((child) -> emit(child, false));
				case KEY -> this.out.add("k" + this.keys++);
				case INTEGER -> this.out.add(argument.name().equals("numkeys") ? String.valueOf(this.repeat) : "1");
				case DOUBLE -> this.out.add("1.5");
				case UNIX_TIME -> this.out.add("1700000000");
				case PATTERN -> this.out.add("p*");
				default -> this.out.add("v");
			}
		}
	}

}
