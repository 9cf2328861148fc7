package io.redipy.command;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.redipy.RedipyClient;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command table against a live Redis 7.0: what {@code COMMAND INFO},
 * {@code COMMAND DOCS}, {@code COMMAND LIST} and {@code COMMAND GETKEYS} answer, and the
 * errors for unknown commands and wrong arities, equal the server's, in RESP2 and RESP3.
 *
 * <p>
 * Left out of the comparison: the free texts (summary, complexity, history, replaced_by,
 * key spec notes), which are our own words or not kept; subcommands of Redis's containers
 * that the table does not serve; commands Redis has and the table does not.
 */
@ExtendWith(RedisExtension.class)
class CommandTableTests {

	private static final CommandTable table = CommandTable.standard();

	private static final CommandReplies replies = new CommandReplies(table);

	/** Keys of free text: our own words or history we do not keep. */
	private static final Set<String> TEXT_KEYS = Set.of("summary", "complexity", "history", "replaced_by", "notes");

	private static LiveRedis live;

	@BeforeAll
	static void connect(RedisServer server) {
		live = new LiveRedis(server);
	}

	@AfterAll
	static void disconnect() {
		if (live != null) {
			live.close();
		}
	}

	private static List<CommandSpec> everyCommand() {
		List<CommandSpec> all = new ArrayList<>();
		for (CommandSpec command : table.commands()) {
			all.add(command);
			all.addAll(command.subcommands());
		}
		// what a later Redis added and clients send (CLIENT SETINFO, Redis 7.2) has no
		// counterpart in 7.0.15 to compare with
		all.removeIf((command) -> command.since().compareTo("7.0.15") > 0 && !command.since().startsWith("7.0"));
		return all;
	}

	private static Set<String> fullNames() {
		Set<String> names = new TreeSet<>();
		everyCommand().forEach((command) -> names.add(command.name()));
		return names;
	}

	/** Runs a vector on our side: the table's checks, then COMMAND's replies. */
	private static @Nullable Object ours(int protocol, List<byte[]> argv) {
		CommandTable.Resolution resolution = table.resolve(argv);
		if (resolution instanceof CommandTable.Resolution.Rejected rejected) {
			return Neutral.of(rejected.error(), protocol);
		}
		CommandSpec command = ((CommandTable.Resolution.Found) resolution).command();
		assertThat(command.name()).as("only COMMAND runs here").startsWith("command");
		return Neutral.of(replies.reply(argv), protocol);
	}

	private static @Nullable Object ours(int protocol, String... argv) {
		return ours(protocol, Neutral.bytes(argv));
	}

	/** The live reply, in RESP2 read with the shape of our RESP3 reply as a guide. */
	private static @Nullable Object theirs(int protocol, List<byte[]> argv) {
		Object reply = live.call(protocol, argv);
		if (protocol == 2) {
			return Neutral.guided(reply, ours(3, argv));
		}
		return reply;
	}

	private static @Nullable Object theirs(int protocol, String... argv) {
		return theirs(protocol, Neutral.bytes(argv));
	}

	/**
	 * Drops free text and what Redis has that the table does not serve, and compares
	 * subcommand lists without their order (Redis lists them in its hash table's order).
	 */
	private static String structure(@Nullable Object value) {
		Set<String> served = fullNames();
		return Neutral.render(subcommandsUnordered(Neutral.without(value,
				(key, entry) -> TEXT_KEYS.contains(String.valueOf(key))
						|| (String.valueOf(key).contains("|") && !served.contains(String.valueOf(key))),
				(element) -> element instanceof List<?> info && !info.isEmpty() && info.get(0) instanceof String name
						&& name.contains("|") && !served.contains(name))));
	}

	private static @Nullable Object subcommandsUnordered(@Nullable Object value) {
		if (value instanceof List<?> list) {
			List<@Nullable Object> elements = new ArrayList<>();
			list.forEach((element) -> elements.add(subcommandsUnordered(element)));
			boolean subcommandInfos = !list.isEmpty() && list.stream()
				.allMatch((element) -> element instanceof List<?> info && !info.isEmpty()
						&& info.get(0) instanceof String name && name.contains("|"));
			return subcommandInfos ? new Neutral.NSet(elements) : elements;
		}
		if (value instanceof Neutral.NSet set) {
			return new Neutral.NSet((List<@Nullable Object>) subcommandsUnordered(set.elements()));
		}
		if (value instanceof Neutral.NMap map) {
			java.util.Map<Object, @Nullable Object> entries = new java.util.LinkedHashMap<>();
			map.entries().forEach((key, entry) -> entries.put(key, subcommandsUnordered(entry)));
			return new Neutral.NMap(entries);
		}
		return value;
	}

	@ParameterizedTest(name = "RESP{0}")
	@ValueSource(ints = { 2, 3 })
	void commandInfoOfEveryCommandEqualsRedis(int protocol) {
		SoftAssertions softly = new SoftAssertions();
		for (CommandSpec command : everyCommand()) {
			softly.assertThat(structure(ours(protocol, "COMMAND", "INFO", command.name())))
				.as(command.name())
				.isEqualTo(structure(theirs(protocol, "COMMAND", "INFO", command.name())));
		}
		softly.assertAll();
	}

	@ParameterizedTest(name = "RESP{0}")
	@ValueSource(ints = { 2, 3 })
	void commandDocsOfEveryCommandEqualsRedis(int protocol) {
		SoftAssertions softly = new SoftAssertions();
		for (CommandSpec command : everyCommand()) {
			softly.assertThat(structure(ours(protocol, "COMMAND", "DOCS", command.name())))
				.as(command.name())
				.isEqualTo(structure(theirs(protocol, "COMMAND", "DOCS", command.name())));
		}
		softly.assertAll();
	}

	@ParameterizedTest(name = "RESP{0}")
	@ValueSource(ints = { 2, 3 })
	void infoAndDocsOfSeveralNamesUnknownOnesAndAnyCaseEqualRedis(int protocol) {
		for (String[] argv : List.of(new String[] { "COMMAND", "INFO", "get", "nosuch", "CLIENT|kill", "Zadd" },
				new String[] { "COMMAND", "INFO", "client|", "|kill", "client|kill|x", "object|encoding" },
				new String[] { "COMMAND", "DOCS", "get", "nosuch", "Client|Kill", "set" },
				new String[] { "COMMAND", "DOCS", "nosuch" })) {
			assertThat(structure(ours(protocol, argv))).as(String.join(" ", argv))
				.isEqualTo(structure(theirs(protocol, argv)));
		}
	}

	@Test
	void commandWithoutArgumentsAndInfoWithoutNamesDescribeEveryCommandOnce() {
		Object all = ours(3, "COMMAND");
		assertThat(all).isInstanceOf(List.class);
		assertThat((List<?>) all).hasSize(table.size());
		assertThat(Neutral.render(ours(3, "COMMAND", "INFO"))).isEqualTo(Neutral.render(all));
		Object docs = ours(3, "COMMAND", "DOCS");
		assertThat(Neutral.keysOf((Neutral.NMap) docs)).hasSize(table.size());
		// every entry of the whole list equals the server's entry of that name
		for (Object info : (List<?>) all) {
			String name = (String) ((List<?>) info).get(0);
			assertThat(structure(List.of(info))).as(name).isEqualTo(structure(theirs(3, "COMMAND", "INFO", name)));
		}
	}

	@Test
	void commandCountIsTheNumberOfTopLevelEntries() {
		assertThat(ours(3, "COMMAND", "COUNT")).isEqualTo((long) table.size());
		assertThat(table.size()).isEqualTo(table.commands().size());
		assertThat(table.commands()).extracting(CommandSpec::name)
			.doesNotHaveDuplicates()
			.allMatch((name) -> !name.contains("|"));
	}

	@ParameterizedTest(name = "RESP{0}")
	@ValueSource(ints = { 2, 3 })
	void commandListWithAndWithoutFiltersEqualsRedisOnTheServedCommands(int protocol) {
		Set<String> served = fullNames();
		for (String[] argv : List.of(new String[] { "COMMAND", "LIST" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "z*" },
				new String[] { "COMMAND", "LIST", "filterby", "pattern", "CLIENT|*" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "*[a-c]?e*" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "[^s]*e[xy" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "g\\et*" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "*" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "?et" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "[" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "\\\\" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "*\\\\" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "c[a-" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "[z-a]*" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "[Z-a]*" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "G?T" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "*|*" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "[^a-y]*" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "h[\\\\]]*" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "*e*e*e*" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "**x" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "client|[a-h]*" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "ACLCAT", "sortedset" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "ACLCAT", "Dangerous" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "ACLCAT", "@read" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "MODULE", "x" })) {
			Object theirs = theirs(protocol, argv);
			List<Object> servedOnes = new ArrayList<>();
			for (Object name : (List<?>) theirs) {
				if (served.contains((String) name)) {
					servedOnes.add(name);
				}
			}
			TreeSet<Object> oursServed = new TreeSet<>((List<?>) ours(protocol, argv));
			oursServed.removeIf((name) -> !served.contains((String) name));
			assertThat(oursServed.toString()).as(String.join(" ", argv))
				.isEqualTo(new TreeSet<>(servedOnes).toString());
		}
		// every entry of the table, with what a later Redis added
		List<?> all = (List<?>) ours(3, "COMMAND", "LIST");
		assertThat(all).hasSize(served.size() + 1);
		assertThat(all.contains("client|setinfo")).isTrue();
		for (String[] argv : List.of(new String[] { "COMMAND", "LIST", "FILTERBY", "NAME", "x" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN" },
				new String[] { "COMMAND", "LIST", "FILTERBY", "PATTERN", "a", "b" },
				new String[] { "COMMAND", "LIST", "x" })) {
			assertThat(Neutral.render(ours(protocol, argv))).as(String.join(" ", argv))
				.isEqualTo(Neutral.render(theirs(protocol, argv)));
		}
	}

	@ParameterizedTest(name = "RESP{0}")
	@ValueSource(ints = { 2, 3 })
	void getKeysOfGeneratedVectorsForEveryKeyCommandEqualsRedis(int protocol) {
		SoftAssertions softly = new SoftAssertions();
		int vectors = 0;
		for (CommandSpec command : everyCommand()) {
			if (!CommandTable.hasKeys(command)) {
				continue;
			}
			for (List<String> vector : ArgumentSamples.of(command)) {
				vectors++;
				for (String sub : List.of("GETKEYS", "GETKEYSANDFLAGS")) {
					List<String> argv = new ArrayList<>(List.of("COMMAND", sub));
					argv.addAll(vector);
					String[] args = argv.toArray(String[]::new);
					softly.assertThat(Neutral.render(ours(protocol, args)))
						.as(String.join(" ", args))
						.isEqualTo(Neutral.render(theirs(protocol, args)));
				}
			}
		}
		softly.assertAll();
		assertThat(vectors).isGreaterThan(150);
	}

	@ParameterizedTest(name = "RESP{0}")
	@ValueSource(ints = { 2, 3 })
	void getKeysOfEdgeCasesAndErrorsEqualsRedis(int protocol) {
		List<String> vectors = List.of("zunionstore d 2 a b", "zunionstore d 0 a", "zunionstore d -1 a",
				"zunionstore d abc a", "zunionstore d +1 a", "zunionstore d 01 a", "zunionstore d 3 a b",
				"zunionstore d 1 a WEIGHTS 2", "zunionstore d 99999999999 a", "zunionstore d 4294967297 a b c",
				"zinterstore d 2 a b AGGREGATE MIN", "zinterstore d +2 a b", "zdiffstore d 1 a", "zdiffstore d 1a a",
				"sintercard 0 a", "sintercard 2 a b", "sintercard 1 a LIMIT 5", "sintercard +2 a b", "sintercard x a",
				"sintercard 3 a b", "set k v", "set k v GET", "set k v get", "set k v NX EX 10", "set k v xx gEt",
				"set k GET", "mset a 1 b 2", "mset a 1 b", "msetnx a 1", "del a b c", "exists a a", "rename a b",
				"smove a b m", "lmove a b LEFT RIGHT", "blmove a b LEFT RIGHT 0", "bzpopmin a b 0", "blpop a 0",
				"object encoding k", "OBJECT FREQ k", "watch a b", "copy a b DB 1 REPLACE", "ping", "nosuch a", "get",
				"get a b", "client", "client kill x", "client nosuch", "object nosuch k", "object", "publish c m",
				"subscribe c", "command getkeys get a", "GET a",
				// the STREAMS keyword's key spec, and Redis's older look-up when it fails
				"xread STREAMS a 0", "xread STREAMS a b c", "xread x STREAMS k", "xread COUNT 1 STREAMS",
				"xread streams streams a 0", "xread COUNT 1 BLOCK 0 STREAMS a b 0 0",
				"xreadgroup GROUP g c STREAMS a 0", "xreadgroup GROUP g c NOACK STREAMS a",
				"xreadgroup GROUP g STREAMS STREAMS a 0", "xreadgroup STREAMS a b c d STREAMS x",
				"xreadgroup COUNT 1 STREAMS a b STREAMS x", "xreadgroup BLOCK 0 STREAMS a b STREAMS x",
				"xreadgroup noack streams a b c streams x", "xreadgroup GROUP g c x STREAMS a",
				"xreadgroup Group g c Streams a b c STREAMS x", "xinfo stream k FULL COUNT 2", "xinfo groups k",
				"xgroup create k g $ MKSTREAM", "xgroup help", "xadd k NOMKSTREAM MAXLEN ~ 5 * f v");
		for (String vector : vectors) {
			for (String sub : List.of("GETKEYS", "GETKEYSANDFLAGS")) {
				List<String> argv = new ArrayList<>(List.of("COMMAND", sub));
				argv.addAll(List.of(vector.split(" ")));
				String[] args = argv.toArray(String[]::new);
				assertThat(Neutral.render(ours(protocol, args))).as(String.join(" ", args))
					.isEqualTo(Neutral.render(theirs(protocol, args)));
			}
		}
	}

	@ParameterizedTest(name = "RESP{0}")
	@ValueSource(ints = { 2, 3 })
	void wrongArityOfEveryCommandIsRedisError(int protocol) {
		SoftAssertions softly = new SoftAssertions();
		for (CommandSpec command : everyCommand()) {
			List<String> prefix = List.of(command.name().split("\\|"));
			List<Integer> counts = new ArrayList<>();
			if (command.arity() > 0) {
				counts.add(command.arity() - 1);
				counts.add(command.arity() + 1);
			}
			else {
				counts.add(-command.arity() - 1);
			}
			for (int argc : counts) {
				if (argc < prefix.size()) {
					// a subcommand's vector that short calls its container instead
					continue;
				}
				List<String> argv = new ArrayList<>(prefix.subList(0, Math.min(prefix.size(), argc)));
				while (argv.size() < argc) {
					argv.add("x");
				}
				List<byte[]> bytes = Neutral.bytes(argv.toArray(String[]::new));
				CommandTable.Resolution resolution = table.resolve(bytes);
				softly.assertThat(resolution)
					.as(String.join(" ", argv))
					.isInstanceOf(CommandTable.Resolution.Rejected.class);
				if (resolution instanceof CommandTable.Resolution.Rejected rejected) {
					softly.assertThat(Neutral.render(Neutral.of(rejected.error(), protocol)))
						.as(String.join(" ", argv))
						.isEqualTo(Neutral.render(live.call(protocol, bytes)));
				}
			}
		}
		softly.assertAll();
	}

	@ParameterizedTest(name = "RESP{0}")
	@ValueSource(ints = { 2, 3 })
	void unknownCommandsAndSubcommandsAreRedisErrors(int protocol) {
		String long60 = "a".repeat(60);
		List<List<byte[]>> vectors = new ArrayList<>();
		vectors.add(Neutral.bytes("nosuch"));
		vectors.add(Neutral.bytes("nosuch", "a", "b"));
		vectors.add(Neutral.bytes("x".repeat(200), "a"));
		vectors.add(Neutral.bytes("nosuch", long60, long60, long60));
		vectors.add(Neutral.bytes("nosuch", "b".repeat(128), "c"));
		vectors.add(Neutral.bytes("nosuch", "b".repeat(127), "c"));
		vectors.add(Neutral.bytes("nosuch", "b".repeat(124), "c", "d"));
		vectors.add(Neutral.bytes("nosuch", "b".repeat(122), "c", "d"));
		vectors.add(Neutral.bytes("nosuch", "ab\0cd", "e"));
		vectors.add(Neutral.bytes("no\0such", "e"));
		vectors.add(Neutral.bytes("nosuch", "a\r\nb", "é"));
		vectors.add(Neutral.bytes("nosuch", "", ""));
		List<String> many = new ArrayList<>(List.of("nosuch"));
		for (int i = 0; i < 60; i++) {
			many.add(String.valueOf(i));
		}
		vectors.add(Neutral.bytes(many.toArray(String[]::new)));
		vectors.add(Neutral.bytes("client", "nosuch"));
		vectors.add(Neutral.bytes("Object", "x".repeat(200), "y"));
		vectors.add(Neutral.bytes("config", "a\0b"));
		vectors.add(Neutral.bytes("command", "nosuch", "x"));
		vectors.add(Neutral.bytes("pubsub", "", "x"));
		vectors.add(Neutral.bytes("client|kill", "x"));
		vectors.add(Neutral.bytes("GET"));
		vectors.add(Neutral.bytes("cLiEnT", "KILL"));
		for (List<byte[]> argv : vectors) {
			CommandTable.Resolution resolution = table.resolve(argv);
			String label = new String(argv.get(0), StandardCharsets.UTF_8) + " (" + argv.size() + " arguments)";
			assertThat(resolution).as(label).isInstanceOf(CommandTable.Resolution.Rejected.class);
			assertThat(Neutral.render(Neutral.of(((CommandTable.Resolution.Rejected) resolution).error(), protocol)))
				.as(label)
				.isEqualTo(Neutral.render(live.call(protocol, argv)));
		}
	}

	@Test
	void commandHelpHasRedisShapeInOurWords() {
		List<?> ours = (List<?>) ours(3, "COMMAND", "HELP");
		List<?> theirs = (List<?>) theirs(3, "COMMAND", "HELP");
		assertThat(ours).allMatch(String.class::isInstance);
		// the first line and Redis's closing HELP entry are the same; the rest is our
		// text
		assertThat(ours.get(0)).isEqualTo(theirs.get(0));
		assertThat(ours.subList(ours.size() - 2, ours.size()))
			.isEqualTo(theirs.subList(theirs.size() - 2, theirs.size()));
		assertThat(replies.reply(Neutral.bytes("command", "help"))).isInstanceOfSatisfying(Reply.Array.class,
				(array) -> assertThat(array.elements()).allMatch(Reply.Simple.class::isInstance));
	}

	@Test
	void lookupsIgnoreCaseAndFindSubcommands() {
		assertThat(table.command("gEt".getBytes(StandardCharsets.US_ASCII))).isSameAs(table.find("get"));
		assertThat(table.command("client|kill".getBytes(StandardCharsets.US_ASCII))).isNull();
		assertThat(table.find("CLIENT|KILL".getBytes(StandardCharsets.US_ASCII))).isSameAs(table.find("client|kill"));
		assertThat(table.lookup(Neutral.bytes("Client", "kIll", "x"))).isSameAs(table.find("client|kill"));
		assertThat(table.lookup(Neutral.bytes("client"))).isSameAs(table.find("client"));
		assertThat(table.lookup(Neutral.bytes("get", "k"))).isSameAs(table.find("get"));
		assertThat(table.lookup(Neutral.bytes("client", "nosuch"))).isNull();
		assertThat(table.lookup(Neutral.bytes("nosuch"))).isNull();
		assertThat(table.resolve(Neutral.bytes("get", "k")))
			.isEqualTo(new CommandTable.Resolution.Found(table.find("get")));
	}

	@Test
	void everyApiMethodIsACommandOfTheTable() {
		// methods that are not commands, and variants of a command under another name
		Set<String> notCommands = Set.of("backend", "batch", "close", "keyPrefix", "register", "waitFor", "binary",
				"withCodecs");
		Map<String, String> variants = Map.ofEntries(Map.entry("zunionWithScores", "zunion"),
				Map.entry("zinterWithScores", "zinter"), Map.entry("zdiffWithScores", "zdiff"),
				Map.entry("scanAll", "scan"), Map.entry("setGet", "set"), Map.entry("zaddIncr", "zadd"),
				Map.entry("zrangeWithScores", "zrange"), Map.entry("hrandfieldWithValues", "hrandfield"),
				Map.entry("zrandmemberWithScores", "zrandmember"), Map.entry("xclaimJustId", "xclaim"),
				Map.entry("lcsLen", "lcs"), Map.entry("sortRo", "sort_ro"), Map.entry("sortStore", "sort"),
				Map.entry("lcsIdx", "lcs"), Map.entry("xautoclaimJustId", "xautoclaim"),
				Map.entry("xreadBlock", "xread"), Map.entry("xreadgroupBlock", "xreadgroup"),
				Map.entry("xgroupCreate", "xgroup|create"), Map.entry("xgroupSetid", "xgroup|setid"),
				Map.entry("xgroupDestroy", "xgroup|destroy"),
				Map.entry("xgroupCreateconsumer", "xgroup|createconsumer"),
				Map.entry("xgroupDelconsumer", "xgroup|delconsumer"), Map.entry("xinfoStream", "xinfo|stream"),
				Map.entry("xinfoStreamFull", "xinfo|stream"), Map.entry("xinfoGroups", "xinfo|groups"),
				Map.entry("xinfoConsumers", "xinfo|consumers"), Map.entry("bitfieldRo", "bitfield_ro"),
				Map.entry("evalRo", "eval_ro"), Map.entry("evalshaRo", "evalsha_ro"),
				Map.entry("scriptLoad", "script|load"), Map.entry("scriptExists", "script|exists"),
				Map.entry("scriptFlush", "script|flush"), Map.entry("scriptKill", "script|kill"),
				Map.entry("fcallRo", "fcall_ro"), Map.entry("functionLoad", "function|load"),
				Map.entry("functionDelete", "function|delete"), Map.entry("functionFlush", "function|flush"),
				Map.entry("functionKill", "function|kill"));
		Set<String> missing = new TreeSet<>();
		Set<String> checked = new TreeSet<>();
		for (Method method : RedipyClient.class.getMethods()) {
			if (Modifier.isStatic(method.getModifiers()) || notCommands.contains(method.getName())
					|| method.getDeclaringClass() == Object.class) {
				continue;
			}
			String name = variants.getOrDefault(method.getName(), method.getName()).toLowerCase(Locale.ROOT);
			checked.add(name);
			if (table.find(name) == null) {
				missing.add(method.getName());
			}
		}
		assertThat(missing).as("API methods without a table entry").isEmpty();
		assertThat(checked).contains("get", "zrange", "blpop", "publish", "subscribe", "flushall", "ping");
	}

	/** The groups of Redis's data-type commands: keys and the data types. */
	private static final Set<String> DATA_TYPE_GROUPS = Set.of("generic", "string", "list", "hash", "set", "sorted-set",
			"stream", "bitmap", "hyperloglog", "geo");

	/**
	 * Commands of the data-type groups that belong to replication, clustering or Redis's
	 * own tests.
	 */
	private static final Set<String> NOT_DATA_TYPE = Set.of("wait", "migrate", "pfdebug", "pfselftest");

	/**
	 * The README's coverage line counts, from Redis 7.0's own {@code COMMAND DOCS}, the
	 * data-type commands (keys and data types; not server, cluster, replication, module,
	 * connection, pub/sub, transaction or scripting commands) and how many of them the
	 * table serves.
	 */
	@Test
	void readmeCoverageLineCountsTheDataTypeCommandsTheTableServes() throws java.io.IOException {
		Object docs = live.call(3, Neutral.bytes("COMMAND", "DOCS"));
		Set<String> redis = new TreeSet<>();
		for (Map.Entry<Object, @Nullable Object> entry : ((Neutral.NMap) docs).entries().entrySet()) {
			String name = text(entry.getKey());
			Object group = ((Neutral.NMap) entry.getValue()).entries().get("group");
			if (group != null && DATA_TYPE_GROUPS.contains(text(group)) && !NOT_DATA_TYPE.contains(name)) {
				redis.add(name);
			}
		}
		Set<String> served = new TreeSet<>();
		for (String name : redis) {
			if (table.find(name) != null) {
				served.add(name);
			}
		}
		String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"),
				StandardCharsets.UTF_8);
		Set<String> missing = new TreeSet<>(redis);
		missing.removeAll(served);
		assertThat(readme)
			.as("the coverage line (" + served.size() + " of " + redis.size() + "); not yet served: " + missing)
			.contains("**" + served.size() + " of Redis 7.0's " + redis.size() + " data-type commands**");
	}

	private static String text(Object value) {
		return (value instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value);
	}

}
