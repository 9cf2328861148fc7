package io.redipy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.redipy.api.Batch;
import io.redipy.api.BatchCommands;
import io.redipy.api.BlockingCommands;
import io.redipy.api.Commands;
import io.redipy.api.Response;
import io.redipy.api.TypedCommands;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the parts of the API that are written twice in step: every command can be queued
 * in a batch and has a typed twin, and the README's table lists exactly the commands
 * there are.
 */
class ApiConsistencyTests {

	/**
	 * Commands a batch cannot hold: an iteration, and the commands of the script cache
	 * and the function libraries (a cluster runs them on every master, a batch on one
	 * node; SCRIPT KILL and FUNCTION KILL answer while another call runs).
	 */
	private static final Set<String> NOT_BATCHABLE = Set.of("scanAll", "scriptLoad", "scriptExists", "scriptFlush",
			"scriptKill", "functionLoad", "functionDelete", "functionFlush", "functionKill");

	private static Set<Method> commandMethods() {
		return Arrays.stream(Commands.class.getMethods())
			.filter((m) -> !Modifier.isStatic(m.getModifiers()))
			.collect(Collectors.toSet());
	}

	@Test
	void everyCommandHasABatchTwinReturningAResponseOfItsResult() throws NoSuchMethodException {
		for (Method command : commandMethods()) {
			if (NOT_BATCHABLE.contains(command.getName())) {
				continue;
			}
			Method twin = BatchCommands.class.getMethod(command.getName(), command.getParameterTypes());
			assertThat(twin.getReturnType()).as(twin.toString()).isEqualTo(Response.class);
			Type result = ((ParameterizedType) twin.getGenericReturnType()).getActualTypeArguments()[0];
			assertThat(boxed(command.getGenericReturnType()).getTypeName()).as(twin.toString())
				.isEqualTo(result.getTypeName());
		}
	}

	/** Commands of the String API without keys or values: the typed view has no twin. */
	private static final Set<String> NOT_TYPED = Set.of("dbsize", "flushall", "ping", "scanAll", "scriptLoad",
			"scriptExists", "scriptFlush", "scriptKill", "functionLoad", "functionDelete", "functionFlush",
			"functionKill");

	@Test
	void everyTypedCommandIsAStringCommandWithKeysAndValuesGeneric() throws NoSuchMethodException {
		Set<String> typed = new TreeSet<>();
		for (Method method : TypedCommands.class.getMethods()) {
			typed.add(method.getName() + Arrays.toString(method.getParameterTypes()));
			Type[] params = method.getGenericParameterTypes();
			Class<?>[] erased = new Class<?>[params.length];
			for (int i = 0; i < params.length; i++) {
				erased[i] = stringClass(method.getParameterTypes()[i], params[i]);
			}
			Method twin = stringApi(method.getName(), erased);
			for (int i = 0; i < params.length; i++) {
				assertThat(asString(params[i])).as(method + " parameter " + i)
					.isEqualTo(twin.getGenericParameterTypes()[i].getTypeName());
			}
			assertThat(asString(method.getGenericReturnType())).as(method.toString())
				.isIn(twin.getGenericReturnType().getTypeName(), entryOf(twin.getGenericReturnType()));
		}
		Set<String> strings = new TreeSet<>();
		for (Class<?> group : List.of(Commands.class, BlockingCommands.class)) {
			for (Method method : group.getMethods()) {
				if (!NOT_TYPED.contains(method.getName()) && !Modifier.isStatic(method.getModifiers())) {
					strings.add(method.getName() + Arrays.toString(method.getParameterTypes()));
				}
			}
		}
		assertThat(typed.stream().map((m) -> m.replace("java.lang.Object", "java.lang.String")).toList())
			.as("every String command with keys or values has a typed twin")
			.containsExactlyInAnyOrderElementsOf(strings);
	}

	private static Method stringApi(String name, Class<?>[] parameters) throws NoSuchMethodException {
		try {
			return Commands.class.getMethod(name, parameters);
		}
		catch (NoSuchMethodException ex) {
			return BlockingCommands.class.getMethod(name, parameters);
		}
	}

	/** The String API's parameter class for a typed parameter: K and V are String. */
	private static Class<?> stringClass(Class<?> erased, Type generic) {
		if (generic instanceof java.lang.reflect.TypeVariable<?>) {
			return String.class;
		}
		if (generic instanceof java.lang.reflect.GenericArrayType) {
			return String[].class;
		}
		return erased;
	}

	/** A typed signature type as the String API writes it. */
	private static String asString(Type type) {
		return type.getTypeName()
			.replaceAll("\\b[KV]\\[\\]", "java.lang.String[]")
			.replaceAll("\\b[KV]\\b", "java.lang.String")
			.replace("io.redipy.api.Scored<java.lang.String>", "io.redipy.api.ScoredMember");
	}

	/** The pair records of the String API, written as the typed view's Map.Entry. */
	private static String entryOf(Type type) {
		return type.getTypeName()
			.replace("io.redipy.api.HashEntry", "java.util.Map$Entry<java.lang.String, java.lang.String>")
			.replace("io.redipy.api.KeyValues",
					"java.util.Map$Entry<java.lang.String, java.util.List<java.lang.String>>")
			.replace("io.redipy.api.KeyValue", "java.util.Map$Entry<java.lang.String, java.lang.String>")
			.replace("io.redipy.api.KeyedScoredMembers",
					"java.util.Map$Entry<java.lang.String, java.util.List<io.redipy.api.ScoredMember>>")
			.replace("io.redipy.api.KeyedScoredMember",
					"java.util.Map$Entry<java.lang.String, io.redipy.api.ScoredMember>");
	}

	@Test
	void everyBatchMethodIsACommand() {
		Set<String> commands = commandMethods().stream().map(Method::getName).collect(Collectors.toSet());
		for (Method method : Batch.class.getMethods()) {
			if (!method.getName().equals("exec") && !method.getName().equals("size")) {
				assertThat(commands).as(method.toString()).contains(method.getName());
			}
		}
	}

	@Test
	void batchesOfferNoFreeFormEntry() {
		// a function given to a batch could call two commands or change the result, which
		// a recording batch cannot see: only the typed methods queue commands
		assertThat(Batch.class.getMethods()).extracting(Method::getName).doesNotContain("add");
	}

	private static Type boxed(Type type) {
		if (type == long.class) {
			return Long.class;
		}
		if (type == boolean.class) {
			return Boolean.class;
		}
		if (type == double.class) {
			return Double.class;
		}
		if (type == void.class) {
			return Void.class;
		}
		return type;
	}

	@Test
	void blockingCommandsAreNeitherInBatchesNorInScripts() {
		Set<String> blocking = Arrays.stream(io.redipy.api.BlockingCommands.class.getMethods())
			.map(Method::getName)
			.collect(Collectors.toSet());
		assertThat(blocking).contains("blpop", "brpop", "blmove", "bzpopmin", "bzpopmax");
		Set<String> elsewhere = new TreeSet<>();
		for (Class<?> type : List.of(Commands.class, BatchCommands.class, io.redipy.script.ScriptBuilder.class,
				io.redipy.script.Dsl.class, io.redipy.script.KeyHandle.class, io.redipy.script.KeysHandle.class,
				io.redipy.script.KeyspaceHandle.class, io.redipy.script.StringHandle.class,
				io.redipy.script.ListHandle.class, io.redipy.script.HashHandle.class, io.redipy.script.SetHandle.class,
				io.redipy.script.ZSetHandle.class, io.redipy.script.StreamHandle.class,
				io.redipy.script.HyperLogLogHandle.class)) {
			Arrays.stream(type.getMethods()).map(Method::getName).filter(blocking::contains).forEach(elsewhere::add);
		}
		assertThat(elsewhere).as("blocking commands outside BlockingCommands").isEmpty();
	}

	@Test
	void readmeListsExactlyTheScriptCommands() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
		String table = readme.substring(readme.indexOf("<!-- script-commands:start -->"),
				readme.indexOf("<!-- script-commands:end -->"));
		Set<String> listed = new TreeSet<>();
		Set<String> actual = new TreeSet<>();
		for (Class<?> handle : List.of(io.redipy.script.KeyHandle.class, io.redipy.script.KeysHandle.class,
				io.redipy.script.KeyspaceHandle.class, io.redipy.script.StringHandle.class,
				io.redipy.script.ListHandle.class, io.redipy.script.HashHandle.class, io.redipy.script.SetHandle.class,
				io.redipy.script.ZSetHandle.class, io.redipy.script.StreamHandle.class,
				io.redipy.script.HyperLogLogHandle.class)) {
			String row = table.lines()
				.filter((line) -> line.contains("`" + handleEntry(handle) + "`"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no README row for " + handle.getSimpleName()));
			Matcher name = Pattern.compile("`([a-zA-Z]+)`").matcher(row.substring(row.indexOf('|', 1)));
			while (name.find()) {
				listed.add(handle.getSimpleName() + "." + name.group(1));
			}
			for (Method method : handle.getDeclaredMethods()) {
				if (Modifier.isPublic(method.getModifiers())) {
					actual.add(handle.getSimpleName() + "." + method.getName());
				}
			}
		}
		assertThat(listed).isEqualTo(actual);
	}

	private static String handleEntry(Class<?> handle) {
		return switch (handle.getSimpleName()) {
			case "KeyHandle" -> "anyKey(key)";
			case "KeysHandle" -> "keys(list)";
			case "KeyspaceHandle" -> "keyspace()";
			case "StringHandle" -> "string(key)";
			case "ListHandle" -> "list(key)";
			case "HashHandle" -> "hash(key)";
			case "SetHandle" -> "set(key)";
			case "StreamHandle" -> "stream(key)";
			case "HyperLogLogHandle" -> "hyperLogLog(key)";
			default -> "zset(key)";
		};
	}

	@Test
	void readmeListsExactlyTheCommands() throws IOException {
		String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
		int start = readme.indexOf("<!-- commands:start -->");
		int end = readme.indexOf("<!-- commands:end -->");
		assertThat(start).isPositive();
		assertThat(end).isGreaterThan(start);
		Set<String> listed = new TreeSet<>();
		for (String line : readme.substring(start, end).split("\n")) {
			if (!line.startsWith("| ") || line.startsWith("| group")) {
				continue;
			}
			String methods = line.substring(line.indexOf('|', 1));
			// the first backticked word of each comma-separated entry is a method name
			for (String entry : methods.split(",")) {
				Matcher name = Pattern.compile("`([a-zA-Z]+)`").matcher(entry);
				if (name.find()) {
					listed.add(name.group(1));
				}
			}
		}
		Set<String> actual = commandMethods().stream()
			.map(Method::getName)
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(listed).isEqualTo(actual);
	}

}
