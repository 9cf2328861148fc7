package io.redipy.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.redipy.resp.RespPair;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The table's text format: argument lines become the trees {@code COMMAND DOCS} shows,
 * derived facts are derived as Redis derives them, and a mistake names its line.
 */
class CommandTableParserTests {

	private static final String FACTS = "\n  arity -3 | flags write denyoom | acl string | group string | since 1.0.0"
			+ "\n  complexity O(1)\n  summary s\n";

	private static CommandSpec only(String text) {
		List<CommandSpec> commands = CommandTableParser.parse(text);
		assertThat(commands).hasSize(1);
		return commands.get(0);
	}

	@Test
	void tokensBindToTheArgumentAfterThemAndGroupsTakeTheirNames() {
		CommandSpec set = only("SET key value condition:[NX | XX]@2.6.12 [GET]@6.2.0 "
				+ "expiration:[EX seconds:integer | KEEPTTL] [LIMIT offset:integer count:integer] [PREFIX p]... "
				+ "[name=TOKEN] [WEIGHTS weight:double...]" + FACTS
				+ "  key RW access update variable_flags | index 1 | range 0 1 0\n"
				+ "  keyflags GET: RW access update | else: OW update\n");
		List<Argument> arguments = set.arguments();
		assertThat(arguments).extracting(Argument::name)
			.containsExactly("key", "value", "condition", "get", "expiration", "limit", "p", "name", "weight");
		assertThat(arguments.get(0))
			.isEqualTo(new Argument("key", ArgumentType.KEY, null, 0, null, null, false, false, false, List.of()));
		Argument condition = arguments.get(2);
		assertThat(condition.type()).isEqualTo(ArgumentType.ONEOF);
		assertThat(condition.optional()).isTrue();
		assertThat(condition.since()).isEqualTo("2.6.12");
		assertThat(condition.arguments()).extracting(Argument::token).containsExactly("NX", "XX");
		assertThat(arguments.get(3)).isEqualTo(
				new Argument("get", ArgumentType.PURE_TOKEN, "GET", -1, "6.2.0", null, true, false, false, List.of()));
		assertThat(arguments.get(4).arguments().get(0)).isEqualTo(
				new Argument("seconds", ArgumentType.INTEGER, "EX", -1, null, null, false, false, false, List.of()));
		Argument limit = arguments.get(5);
		assertThat(limit.type()).isEqualTo(ArgumentType.BLOCK);
		assertThat(limit.token()).isEqualTo("LIMIT");
		assertThat(limit.arguments()).extracting(Argument::name).containsExactly("offset", "count");
		assertThat(limit.arguments()).extracting(Argument::token).containsOnlyNulls();
		Argument prefix = arguments.get(6);
		assertThat(prefix.token()).isEqualTo("PREFIX");
		assertThat(prefix.multiple()).isTrue();
		assertThat(prefix.multipleToken()).isTrue();
		assertThat(arguments.get(7).token()).isEqualTo("TOKEN");
		Argument weight = arguments.get(8);
		assertThat(weight.multiple()).isTrue();
		assertThat(weight.multipleToken()).isFalse();
		assertThat(set.variableKeyFlags()).isEqualTo(new CommandSpec.VariableKeyFlags("GET", 3,
				java.util.Set.of(KeySpecFlag.RW, KeySpecFlag.ACCESS, KeySpecFlag.UPDATE),
				java.util.Set.of(KeySpecFlag.OW, KeySpecFlag.UPDATE)));
	}

	@Test
	void aKeyMayReferToAnEarlierKeySpec() {
		CommandSpec lcs = only("LCS key1:key key2:key=0 [LEN]" + FACTS + "  key RO access | index 1 | range 1 1 0\n");
		assertThat(lcs.arguments()).extracting(Argument::keySpecIndex).containsExactly(0, 0, -1);
		assertThatIllegalStateException().isThrownBy(
				() -> only("LCS key1:key key2:key= [LEN]" + FACTS + "  key RO access | index 1 | range 1 1 0\n"));
	}

	@Test
	void quotedNamesNamedBlocksAndDeprecatedArguments() {
		CommandSpec kill = only(
				"KILL filter:(\"ip:port\"^2.8.12 | new-format:([ID client-id:integer] | [SKIPME \"yes/no\"])...)"
						+ " id:[ID client-id:integer...]" + FACTS);
		Argument filter = kill.arguments().get(0);
		assertThat(filter.arguments().get(0).name()).isEqualTo("ip:port");
		assertThat(filter.arguments().get(0).deprecatedSince()).isEqualTo("2.8.12");
		Argument newFormat = filter.arguments().get(1);
		assertThat(newFormat.type()).isEqualTo(ArgumentType.ONEOF);
		assertThat(newFormat.multiple()).isTrue();
		assertThat(newFormat.arguments().get(1).name()).isEqualTo("yes/no");
		Argument id = kill.arguments().get(1);
		assertThat(id.type()).isEqualTo(ArgumentType.BLOCK);
		assertThat(id.token()).isEqualTo("ID");
		assertThat(id.arguments().get(0).multiple()).isTrue();
		assertThat(id.arguments().get(0).token()).isNull();
	}

	@Test
	void tokensOfOtherCharactersAndATokenBeforeAnArgumentWithItsOwn() {
		CommandSpec add = only("XADD key operator:[equal=\"=\" | approximately=\"~\"]@6.2.0 "
				+ "id_or_auto:(auto_id=\"*\" | id) [FULL [COUNT count:integer]] full2:(FULL [COUNT count:integer]...)"
				+ FACTS + "  key RW | index 1 | range 0 1 0\n");
		List<Argument> arguments = add.arguments();
		Argument operator = arguments.get(1);
		assertThat(operator.since()).isEqualTo("6.2.0");
		assertThat(operator.arguments()).containsExactly(
				new Argument("equal", ArgumentType.PURE_TOKEN, "=", -1, null, null, false, false, false, List.of()),
				new Argument("approximately", ArgumentType.PURE_TOKEN, "~", -1, null, null, false, false, false,
						List.of()));
		assertThat(arguments.get(2).arguments()).extracting(Argument::name, Argument::token)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("auto_id", "*"),
					org.assertj.core.groups.Tuple.tuple("id", null));
		Argument count = new Argument("count", ArgumentType.INTEGER, "COUNT", -1, null, null, true, false, false,
				List.of());
		assertThat(arguments.get(3)).isEqualTo(
				new Argument("full", ArgumentType.BLOCK, "FULL", -1, null, null, true, false, false, List.of(count)));
		Argument full2 = arguments.get(4);
		assertThat(full2.name()).isEqualTo("full2");
		assertThat(full2.token()).isEqualTo("FULL");
		assertThat(full2.optional()).isFalse();
		assertThat(full2.arguments()).extracting(Argument::name).containsExactly("count");
		assertThat(full2.arguments().get(0).multipleToken()).isTrue();
		for (String[] bad : new String[][] { { "SET FULL [COUNT c]", "outside a group" },
				{ "SET key FULL [COUNT c]", "two tokens for 'c'" },
				{ "SET key [A FULL [COUNT c]]", "two tokens for 'c'" }, { "SET key x=\"\"", "cannot read" },
				{ "SET key x=\"=\"y", "cannot read 'y' after 'x'" } }) {
			assertThatIllegalStateException().isThrownBy(() -> CommandTableParser.parse(bad[0] + FACTS))
				.as(bad[0])
				.withMessageContaining(bad[1]);
		}
	}

	@Test
	void legacyKeyPositionsAndMovableKeysAreDerivedFromTheKeySpecs() {
		CommandSpec pairs = only("MSET data:(key value)..." + FACTS + "  key OW update | index 1 | range -1 2 0\n");
		assertThat(List.of(pairs.firstKey(), pairs.lastKey(), pairs.keyStep())).containsExactly(1, -1, 2);
		assertThat(pairs.flags()).doesNotContain(CommandFlag.MOVABLEKEYS);
		CommandSpec two = only("SMOVE source:key destination:key member" + FACTS
				+ "  key RW | index 1 | range 0 1 0\n  key RW | index 2 | range 0 1 0\n");
		assertThat(List.of(two.firstKey(), two.lastKey(), two.keyStep())).containsExactly(1, 2, 1);
		CommandSpec counted = only("ZSTORE destination:key numkeys:integer key..." + FACTS
				+ "  key OW | index 1 | range 0 1 0\n  key RO | index 2 | keynum 0 1 1\n");
		assertThat(List.of(counted.firstKey(), counted.lastKey(), counted.keyStep())).containsExactly(1, 1, 1);
		assertThat(counted.flags()).contains(CommandFlag.MOVABLEKEYS);
		assertThat(counted.aclCategories()).containsExactly(AclCategory.WRITE, AclCategory.STRING, AclCategory.SLOW);
	}

	@Test
	void wordsThatAreNeitherTokenNorArgumentAreRejected() {
		for (String[] bad : new String[][] { { "SET *key", "cannot read '*key'" },
				{ "SET key@", "cannot read '@' after 'key'" }, { "SET key:", "cannot read ':' after 'key'" },
				{ "SET key:Integer", "cannot read ':Integer' after 'key'" },
				{ "SET key...@1.0^", "cannot read '...@1.0^' after 'key'" },
				{ "SET x=y", "cannot read '=y' after 'x'" }, { "SET \"\"", "cannot read '\"\"'" } }) {
			assertThatIllegalStateException().isThrownBy(() -> CommandTableParser.parse(bad[0] + FACTS))
				.withMessageContaining("line 1")
				.withMessageContaining(bad[1]);
		}
		CommandSpec spec = only("GET a-b_1:pattern...@2.0.0^3.0.0 \"x y\"=TOK-2 KEEP_TTL" + FACTS);
		assertThat(spec.arguments().get(0)).isEqualTo(
				new Argument("a-b_1", ArgumentType.PATTERN, null, -1, "2.0.0", "3.0.0", false, true, false, List.of()));
		assertThat(spec.arguments().get(1)).isEqualTo(
				new Argument("x y", ArgumentType.PURE_TOKEN, "TOK-2", -1, null, null, false, false, false, List.of()));
		assertThat(spec.arguments().get(2).name()).isEqualTo("keep_ttl");
	}

	@Test
	void mistakesNameTheirLine() {
		assertThatIllegalStateException().isThrownBy(() -> CommandTableParser.parse("# x\nSET key [NX | XX]" + FACTS))
			.withMessageContaining("line 2")
			.withMessageContaining("alternatives need a group name");
		assertThatIllegalStateException().isThrownBy(() -> CommandTableParser.parse("SET key [NX" + FACTS))
			.withMessageContaining("line 1")
			.withMessageContaining("without ']'");
		assertThatIllegalStateException()
			.isThrownBy(() -> CommandTableParser.parse("SET key\n  arity 2 | flags writ | group g | since 1"))
			.withMessageContaining("line 2")
			.withMessageContaining("unknown command flag 'writ'");
		assertThatIllegalStateException().isThrownBy(() -> CommandTableParser.parse("SET key\n  arity 2"))
			.withMessageContaining("lacks its arity, group, since, complexity or summary");
		assertThatIllegalStateException().isThrownBy(() -> CommandTableParser.parse("GET key" + FACTS))
			.withMessageContaining("has key arguments but no key spec");
		assertThatIllegalStateException().isThrownBy(() -> CommandTableParser.parse("X|Y" + FACTS))
			.withMessageContaining("has no container 'x'");
		assertThatIllegalStateException().isThrownBy(() -> CommandTableParser.parse("GET x" + FACTS + "GET y" + FACTS))
			.withMessageContaining("'get' is described twice");
	}

	@Test
	void theStandardTablesArgumentsParsedOnFirstUseEqualAnEagerParse() throws IOException {
		String text;
		try (InputStream in = CommandTable.class.getResourceAsStream("commands.txt")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<CommandSpec> eager = CommandTableParser.parse(text);
		List<CommandSpec> lazy = CommandTableParser.parse(text, false);
		assertThat(lazy).hasSameSizeAs(eager);
		int compared = 0;
		for (int i = 0; i < eager.size(); i++) {
			List<CommandSpec> eagerLevel = new ArrayList<>(List.of(eager.get(i)));
			eagerLevel.addAll(eager.get(i).subcommands());
			List<CommandSpec> lazyLevel = new ArrayList<>(List.of(lazy.get(i)));
			lazyLevel.addAll(lazy.get(i).subcommands());
			assertThat(lazyLevel).hasSameSizeAs(eagerLevel);
			for (int j = 0; j < eagerLevel.size(); j++) {
				assertThat(lazyLevel.get(j).name()).isEqualTo(eagerLevel.get(j).name());
				assertThat(lazyLevel.get(j).arguments()).as(eagerLevel.get(j).name())
					.isEqualTo(eagerLevel.get(j).arguments());
				compared++;
			}
		}
		// subcommands included
		assertThat(compared).isGreaterThan(eager.size());
		assertThat(CommandTable.standard().find("set").arguments()).isEqualTo(
				eager.stream().filter((command) -> command.name().equals("set")).findFirst().orElseThrow().arguments());
	}

	@Test
	void theStandardTableReadOnFirstUseEqualsAnEagerParseInEveryFactAndEveryCommandReply() throws IOException {
		String text = standardText();
		List<CommandSpec> eager = flatten(CommandTableParser.parse(text));
		List<CommandSpec> lazy = flatten(CommandTableParser.parse(text, false));
		assertThat(lazy).hasSameSizeAs(eager);
		for (int i = 0; i < eager.size(); i++) {
			CommandSpec e = eager.get(i);
			// the lazy one's facts asked for in another order than a reply asks for them
			CommandSpec l = lazy.get(i);
			assertThat(l.arguments()).as(e.name()).isEqualTo(e.arguments());
			assertThat(l.name()).isEqualTo(e.name());
			assertThat(l.keySpecs()).as(e.name()).isEqualTo(e.keySpecs());
			assertThat(l.summary()).as(e.name()).isEqualTo(e.summary());
			assertThat(l.arity()).as(e.name()).isEqualTo(e.arity());
			assertThat(l.flags()).as(e.name()).containsExactlyElementsOf(e.flags());
			assertThat(l.aclCategories()).as(e.name()).containsExactlyElementsOf(e.aclCategories());
			assertThat(l.tips()).as(e.name()).isEqualTo(e.tips());
			assertThat(l.variableKeyFlags()).as(e.name()).isEqualTo(e.variableKeyFlags());
			assertThat(List.of(l.firstKey(), l.lastKey(), l.keyStep())).as(e.name())
				.isEqualTo(List.of(e.firstKey(), e.lastKey(), e.keyStep()));
			assertThat(l.group()).as(e.name()).isEqualTo(e.group());
			assertThat(l.since()).as(e.name()).isEqualTo(e.since());
			assertThat(l.complexity()).as(e.name()).isEqualTo(e.complexity());
			assertThat(l.deprecatedSince()).as(e.name()).isEqualTo(e.deprecatedSince());
			assertThat(l.replacedBy()).as(e.name()).isEqualTo(e.replacedBy());
			assertThat(l.isSubcommand()).as(e.name()).isEqualTo(e.isSubcommand());
			assertThat(l.subcommands()).extracting(CommandSpec::name)
				.as(e.name())
				.isEqualTo(e.subcommands().stream().map(CommandSpec::name).toList());
		}
		// every reply of COMMAND, from a table read on first use (each command's facts
		// first read by its own INFO, DOCS or GETKEYS) and from an eager one
		CommandReplies eagerReplies = new CommandReplies(CommandTable.read(text, true));
		CommandReplies lazyReplies = new CommandReplies(CommandTable.read(text, false));
		List<List<String>> requests = new ArrayList<>();
		for (CommandSpec command : eager) {
			requests.add(List.of("COMMAND", "INFO", command.name()));
			requests.add(List.of("COMMAND", "DOCS", command.name().toUpperCase(Locale.ROOT)));
			if (CommandTable.hasKeys(command)) {
				for (List<String> vector : ArgumentSamples.of(command)) {
					List<String> getKeys = new ArrayList<>(List.of("COMMAND", "GETKEYSANDFLAGS"));
					getKeys.addAll(vector);
					requests.add(getKeys);
				}
			}
		}
		requests.addAll(List.of(List.of("COMMAND"), List.of("COMMAND", "INFO"), List.of("COMMAND", "DOCS"),
				List.of("COMMAND", "COUNT"), List.of("COMMAND", "LIST"),
				List.of("COMMAND", "LIST", "FILTERBY", "ACLCAT", "string"),
				List.of("COMMAND", "LIST", "FILTERBY", "PATTERN", "z*"), List.of("COMMAND", "HELP"),
				List.of("COMMAND", "INFO", "get", "client|kill", "nosuch", "SET")));
		for (List<String> request : requests) {
			List<byte[]> argv = new ArrayList<>();
			for (String arg : request) {
				argv.add(arg.getBytes(StandardCharsets.UTF_8));
			}
			String expected;
			try {
				expected = RespPair.show(eagerReplies.reply(argv));
			}
			catch (RuntimeException ex) {
				// a vector the table's GETKEYS refuses: the lazy one must refuse it too
				assertThatThrownBy(() -> lazyReplies.reply(argv)).as(String.join(" ", request))
					.isInstanceOf(ex.getClass())
					.hasMessage(ex.getMessage());
				continue;
			}
			assertThat(RespPair.show(lazyReplies.reply(argv))).as(String.join(" ", request)).isEqualTo(expected);
		}
		assertThat(requests).hasSizeGreaterThan(2 * eager.size());
	}

	private static String standardText() throws IOException {
		try (InputStream in = CommandTable.class.getResourceAsStream("commands.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Commands with their subcommands after each, in the parse's order. */
	private static List<CommandSpec> flatten(List<CommandSpec> commands) {
		List<CommandSpec> all = new ArrayList<>();
		for (CommandSpec command : commands) {
			all.add(command);
			all.addAll(command.subcommands());
		}
		return all;
	}

	@Test
	void factsReadOnFirstUseReportTheirMistakesThenWithTheirLine() {
		List<CommandSpec> lazy = CommandTableParser.parse("# x\nSET key\n  arity 2 | flags writ | group g | since 1\n",
				false);
		assertThat(lazy.get(0).name()).isEqualTo("set");
		assertThatIllegalStateException().isThrownBy(() -> lazy.get(0).arity())
			.withMessageContaining("line 3")
			.withMessageContaining("writ");
		List<CommandSpec> incomplete = CommandTableParser.parse("SET key\n  arity 2\n", false);
		assertThatIllegalStateException().isThrownBy(() -> incomplete.get(0).flags())
			.withMessageContaining("'set' lacks its arity, group, since, complexity or summary");
		assertThatIllegalStateException()
			.isThrownBy(() -> CommandTableParser.parse("GET x" + FACTS + "get y" + FACTS, false))
			.withMessageContaining("line 5")
			.withMessageContaining("'get' is described twice");
		assertThatIllegalStateException().isThrownBy(() -> CommandTableParser.parse("X|Y" + FACTS, false))
			.withMessageContaining("'x|y' has no container 'x'");
		assertThatIllegalStateException().isThrownBy(() -> CommandTableParser.parse("  arity 2\nGET x" + FACTS, false))
			.withMessageContaining("line 1: an indented line before the first command");
	}

	@Test
	void argumentsParsedOnFirstUseReportTheirMistakesThen() {
		List<CommandSpec> lazy = CommandTableParser.parse("SET key [NX" + FACTS, false);
		assertThatIllegalStateException().isThrownBy(() -> lazy.get(0).arguments())
			.withMessageContaining("'set'")
			.withMessageContaining("without ']'");
		List<CommandSpec> keyless = CommandTableParser.parse("GET key" + FACTS, false);
		assertThatIllegalStateException().isThrownBy(() -> keyless.get(0).arguments())
			.withMessageContaining("has key arguments but no key spec");
	}

	@Test
	void theStandardTableLoads() {
		CommandTable table = CommandTable.standard();
		// what clients need besides the data commands of the API (ApiConsistency-like
		// check in CommandTableTests)
		for (String name : List.of("auth", "hello", "ping", "echo", "quit", "reset", "select", "swapdb", "move",
				"flushdb", "flushall", "dbsize", "time", "info", "config|get", "config|set", "config|resetstat",
				"client|id", "client|setname", "client|getname", "client|info", "client|list", "client|kill",
				"client|unblock", "client|no-evict", "multi", "exec", "discard", "watch", "unwatch", "subscribe",
				"psubscribe", "unsubscribe", "punsubscribe", "publish", "pubsub|channels", "pubsub|numsub",
				"pubsub|numpat", "object|encoding", "object|freq", "object|idletime", "object|refcount", "type", "scan",
				"command", "command|count", "command|info", "command|docs", "command|list", "command|getkeys",
				"command|getkeysandflags", "client|help", "config|help", "pubsub|help", "object|help",
				"command|help")) {
			assertThat(table.find(name)).as(name).isNotNull();
		}
		assertThat(table.find("client|kill")).isNotNull();
		assertThat(table.find("CLIENT|KILL")).isSameAs(table.find("client|kill"));
		assertThat(table.find("\u212Aeys")).as("only ASCII letters fold").isNull();
		assertThat(table.find("get").aclCategories()).containsExactly(AclCategory.READ, AclCategory.STRING,
				AclCategory.FAST);
	}

}
