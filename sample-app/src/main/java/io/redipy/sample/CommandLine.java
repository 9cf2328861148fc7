package io.redipy.sample;

import java.beans.PropertyDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;

/**
 * The sample's command line, checked before Spring starts: Spring Boot binds what it
 * knows and silently ignores the rest, so a mistyped {@code --queue.*} option would run
 * the demo with its defaults. Every {@code queue.NAME} property may also be written as
 * {@code --NAME}, the short form a person types ({@code --tasks=12 --crash-worker}); a
 * boolean given without a value means {@code true}. Options with a dot outside
 * {@code queue.*} ({@code --redipy.backend=redis}, {@code --spring.data.redis.port=6380})
 * and Boot's {@code --debug} and {@code --trace} go to Spring unchanged. Anything else is
 * rejected: the app has no positional arguments, and a bare {@code --name} that is no
 * queue property is a typo.
 */
final class CommandLine {

	private static final String PREFIX = "queue";

	private static final ConfigurationPropertyName QUEUE = ConfigurationPropertyName.of(PREFIX);

	/** Spring Boot's own properties without a dot, which people pass as flags. */
	private static final Set<String> BOOT_FLAGS = Set.of("debug", "trace");

	/** The queue properties by name, in the order the usage lists them. */
	private static final Map<ConfigurationPropertyName, Option> OPTIONS = options();

	private final List<String> springArgs;

	private final boolean help;

	private CommandLine(List<String> springArgs, boolean help) {
		this.springArgs = List.copyOf(springArgs);
		this.help = help;
	}

	/**
	 * Checks the arguments and writes the queue options in their full form.
	 * @param args the arguments of {@code main}
	 * @return the checked command line
	 * @throws UsageException for an unknown queue option, an option given twice, or an
	 * argument that is no option
	 */
	static CommandLine parse(String... args) {
		List<String> springArgs = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		boolean help = false;
		for (String arg : args) {
			if (arg.equals("--help") || arg.equals("-h")) {
				help = true;
				continue;
			}
			if (!arg.startsWith("--") || arg.length() == 2 || arg.charAt(2) == '=') {
				throw new UsageException("unexpected argument '" + arg + "': options are written --name=value");
			}
			int equals = arg.indexOf('=');
			String name = (equals < 0) ? arg.substring(2) : arg.substring(2, equals);
			// "--flag" means true; "--flag=" is an empty value, which no option takes
			String value = (equals < 0) ? null : arg.substring(equals + 1);
			boolean dotted = name.indexOf('.') >= 0;
			if (!dotted && BOOT_FLAGS.contains(name.toLowerCase(Locale.ROOT))) {
				springArgs.add(arg);
				continue;
			}
			if (dotted && (name.startsWith(".") || name.endsWith(".") || name.contains(".."))) {
				throw new UsageException("option --" + name + " is no property name");
			}
			// Spring's own relaxed matching says what a name means (queue.crashWorker is
			// queue.crash-worker), so the check accepts exactly what Spring would bind; a
			// name without a dot is always a queue option, whatever Spring makes of it.
			ConfigurationPropertyName property = ConfigurationPropertyName.adapt(dotted ? name : PREFIX + "." + name,
					'.');
			boolean queue = !dotted || QUEUE.isAncestorOf(property) || QUEUE.equals(property)
					|| name.toLowerCase(Locale.ROOT).startsWith(PREFIX + ".");
			if (!queue) {
				springArgs.add(arg);
				continue;
			}
			Option option = OPTIONS.get(property);
			if (option == null) {
				throw new UsageException("unknown option --" + name);
			}
			if (!seen.add(option.name())) {
				throw new UsageException("option --" + option.name() + " given twice");
			}
			if ((value == null && !option.flag()) || (value != null && value.isEmpty())) {
				throw new UsageException("option --" + name + " needs a value: --" + name + "=" + option.values());
			}
			springArgs.add("--" + option.name() + "=" + ((value != null) ? value : "true"));
		}
		return new CommandLine(springArgs, help);
	}

	/**
	 * Returns the arguments for Spring: queue options in their full form, the rest as
	 * given.
	 * @return the arguments
	 */
	String[] springArgs() {
		return this.springArgs.toArray(String[]::new);
	}

	/**
	 * Returns whether {@code --help} was given.
	 * @return whether to print the usage instead of running
	 */
	boolean help() {
		return this.help;
	}

	/**
	 * Returns the usage text: every queue option with its values and default.
	 * @return the text, several lines
	 */
	static String usage() {
		int width = OPTIONS.values().stream().mapToInt((option) -> option.synopsis().length()).max().orElse(0);
		StringBuilder text = new StringBuilder("usage: java -jar sample-app.jar [options]\n");
		text.append("options (--queue.NAME may also be written --NAME):\n");
		for (Option option : OPTIONS.values()) {
			text.append(String.format("  %-" + width + "s   default %s%n", option.synopsis(), option.defaultText()));
		}
		text.append("and Spring Boot properties as --name=value, e.g. --redipy.backend=redis, ")
			.append("--spring.data.redis.port=6380, --debug");
		return text.toString();
	}

	/**
	 * Reads the options from {@link QueueProperties} itself, so that a new property needs
	 * no second list here.
	 */
	private static Map<ConfigurationPropertyName, Option> options() {
		BeanWrapper defaults = PropertyAccessorFactory.forBeanPropertyAccess(new QueueProperties());
		Map<ConfigurationPropertyName, Option> options = new LinkedHashMap<>();
		Arrays.stream(BeanUtils.getPropertyDescriptors(QueueProperties.class))
			.filter((descriptor) -> descriptor.getWriteMethod() != null)
			.forEach((descriptor) -> {
				String name = PREFIX + "." + DataObjectPropertyName.toDashedForm(descriptor.getName());
				Object value = defaults.getPropertyValue(descriptor.getName());
				options.put(ConfigurationPropertyName.of(name), new Option(name, descriptor, value));
			});
		return options;
	}

	/** One queue property: its full name, type and default value. */
	private record Option(String name, PropertyDescriptor descriptor, Object initial) {

		boolean flag() {
			return this.descriptor.getPropertyType() == boolean.class;
		}

		String values() {
			Class<?> type = this.descriptor.getPropertyType();
			if (type.isEnum()) {
				return Arrays.stream(type.getEnumConstants())
					.map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
					.collect(Collectors.joining("|"));
			}
			if (type == Duration.class) {
				return "DURATION";
			}
			return flag() ? "true|false" : "N";
		}

		String synopsis() {
			return "--" + this.name + (flag() ? "[=true|false]" : "=" + values());
		}

		/** The default as a person would write it: 200ms rather than PT0.2S. */
		String defaultText() {
			if (this.initial instanceof Duration duration) {
				return (duration.toMillis() % 1000 == 0) ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
			}
			if (this.initial instanceof Enum<?> constant) {
				return constant.name().toLowerCase(Locale.ROOT);
			}
			return String.valueOf(this.initial);
		}

	}

	/**
	 * A command line the app does not understand; its message says what was wrong.
	 */
	static final class UsageException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}

	}

}
