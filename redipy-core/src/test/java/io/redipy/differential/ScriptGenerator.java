package io.redipy.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import io.redipy.api.GeoAddOptions;
import io.redipy.api.GeoSearch;
import io.redipy.api.GeoUnit;
import io.redipy.api.LexRange;
import io.redipy.api.BitFieldArgs;
import io.redipy.api.BitFieldType;
import io.redipy.api.BitOperation;
import io.redipy.api.BitUnit;
import io.redipy.api.ListPosition;
import io.redipy.api.ListSide;
import io.redipy.api.LposOptions;
import io.redipy.api.ScoreRange;
import io.redipy.api.ScoreSide;
import io.redipy.api.SetOptions;
import io.redipy.api.SortArgs;
import io.redipy.api.StreamAddOptions;
import io.redipy.api.StreamTrim;
import io.redipy.api.ZAddOptions;
import io.redipy.api.ZRange;
import io.redipy.api.ZStoreOptions;
import io.redipy.script.Block;
import io.redipy.script.BoolExpr;
import io.redipy.script.DoubleExpr;
import io.redipy.script.IntExpr;
import io.redipy.script.Kind;
import io.redipy.script.ListExpr;
import io.redipy.script.MapExpr;
import io.redipy.script.Script;
import io.redipy.script.ScriptBuilder;
import io.redipy.script.StringExpr;

import static io.redipy.script.Dsl.anyKey;
import static io.redipy.script.Dsl.emptyMap;
import static io.redipy.script.Dsl.geo;
import static io.redipy.script.Dsl.hash;
import static io.redipy.script.Dsl.hyperLogLog;
import static io.redipy.script.Dsl.keys;
import static io.redipy.script.Dsl.keyspace;
import static io.redipy.script.Dsl.list;
import static io.redipy.script.Dsl.stream;
import static io.redipy.script.Dsl.listOf;
import static io.redipy.script.Dsl.lit;
import static io.redipy.script.Dsl.set;
import static io.redipy.script.Dsl.string;
import static io.redipy.script.Dsl.zset;

/**
 * Generates random well-typed scripts: expressions of every type, branches, bounded
 * loops, early returns, list and map changes, and Redis commands over a small key space,
 * so that types collide and errors happen.
 */
final class ScriptGenerator {

	private static final String[] STRINGS = { "", "a", "b", "x", "1", "-3", "10", "2.5", "é", "日本", "😀", "a b",
			"\"]]'\\\n\0", "-0", "1e400", "123456789012345678901234567890", "0.10000000000000000555111512312578",
			"\"\\ud800\"", "x\udc80" };

	private final RandomGenerator random;

	private ScriptBuilder root;

	private StringExpr[] keys;

	/** Locals in scope, by type; a stack of scopes mirrors the blocks. */
	private final List<List<IntExpr>> ints = new ArrayList<>();

	private final List<List<StringExpr>> strings = new ArrayList<>();

	private final List<List<ListExpr<IntExpr>>> intLists = new ArrayList<>();

	private final List<List<MapExpr<StringExpr>>> stringMaps = new ArrayList<>();

	private int loopBudget;

	/** A nullable boolean argument: null, true or false at call time. */
	private BoolExpr flag;

	/** How many blocks enclose the statement being generated. */
	private int blockDepth;

	ScriptGenerator(RandomGenerator random) {
		this.random = random;
	}

	private boolean chance(int outOf) {
		return this.random.nextInt(outOf) == 0;
	}

	Script<List<String>> script(String name) {
		return Script.define(name, Kind.listOf(Kind.STRING), (s) -> {
			this.root = s;
			this.keys = new StringExpr[] { s.key("k0"), s.key("k1") };
			this.loopBudget = 3;
			push();
			this.ints.get(0).add(s.arg("n", Kind.INTEGER));
			this.strings.get(0).add(s.arg("t", Kind.STRING));
			this.intLists.get(0).add(s.arg("l", Kind.listOf(Kind.INTEGER)));
			this.flag = s.arg("b", Kind.BOOLEAN.orNull());
			this.blockDepth = 0;
			ListExpr<StringExpr> out = s.let("out", listOf(Kind.STRING));
			statements(s, out, 2, 6 + this.random.nextInt(8));
			s.returns(out);
			pop();
		});
	}

	private void push() {
		this.ints.add(new ArrayList<>());
		this.strings.add(new ArrayList<>());
		this.intLists.add(new ArrayList<>());
		this.stringMaps.add(new ArrayList<>());
	}

	private void pop() {
		this.ints.remove(this.ints.size() - 1);
		this.strings.remove(this.strings.size() - 1);
		this.intLists.remove(this.intLists.size() - 1);
		this.stringMaps.remove(this.stringMaps.size() - 1);
	}

	private <T> T pick(List<List<T>> scopes) {
		List<T> all = new ArrayList<>();
		scopes.forEach(all::addAll);
		return all.isEmpty() ? null : all.get(this.random.nextInt(all.size()));
	}

	private void statements(Block block, ListExpr<StringExpr> out, int depth, int count) {
		for (int i = 0; i < count; i++) {
			statement(block, out, depth);
		}
	}

	private void nested(Block block, ListExpr<StringExpr> out, int depth) {
		push();
		this.blockDepth++;
		statements(block, out, depth - 1, 1 + this.random.nextInt(3));
		this.blockDepth--;
		pop();
	}

	/**
	 * The value of the nullable boolean argument {@code b} for a call: null, true or
	 * false.
	 * @param random the source of randomness
	 * @return the value
	 */
	static Boolean flagValue(RandomGenerator random) {
		int pick = random.nextInt(3);
		return (pick == 0) ? null : (pick == 1);
	}

	private void statement(Block block, ListExpr<StringExpr> out, int depth) {
		if (chance(30)) {
			edgeShape(block, out);
			return;
		}
		int kind = this.random.nextInt(depth > 0 ? 12 : 8);
		switch (kind) {
			case 0 -> this.ints.get(this.ints.size() - 1).add(block.let("i", intExpr(2)));
			case 1 -> this.strings.get(this.strings.size() - 1).add(block.let("s", stringExpr(2)));
			case 2 -> block.append(out, stringExpr(2));
			case 3 -> {
				if (chance(3)) {
					// a result compared too, not just the command's effects and errors
					block.append(out, newCommand(key(), 2).toJson());
				}
				else {
					block.exec(command(2));
				}
			}
			case 4 -> {
				IntExpr target = pick(this.ints);
				if (target != null && target.node() instanceof io.redipy.script.ir.Expr.Local) {
					block.assign(target, intExpr(2));
				}
				else {
					block.append(out, intExpr(2).asString());
				}
			}
			case 5 -> {
				MapExpr<StringExpr> map = pick(this.stringMaps);
				if (map == null) {
					this.stringMaps.get(this.stringMaps.size() - 1).add(block.let("m", emptyMap(Kind.STRING)));
				}
				else if (chance(3)) {
					block.remove(map, stringExpr(1));
				}
				else {
					block.put(map, stringExpr(1), stringExpr(1));
				}
			}
			case 6 -> {
				ListExpr<IntExpr> target = pick(this.intLists);
				if (target != null && target.node() instanceof io.redipy.script.ir.Expr.Local && !chance(3)) {
					block.append(target, intExpr(1));
				}
				else {
					this.intLists.get(this.intLists.size() - 1)
						.add(block.let("list", listOf(Kind.INTEGER, intExpr(1), intExpr(1))));
				}
			}
			case 7 -> {
				if (chance(25)) {
					block.fail(lit("stopped: ").concat(stringExpr(1)));
				}
				else if (chance(12)) {
					block.returns(out);
				}
				else {
					// toJson too: it keeps the sign of zero, asString does not
					block.append(out, chance(3) ? doubleExpr(2).toJson() : doubleExpr(2).asString());
				}
			}
			case 8 ->
				block.ifThen(boolExpr(2), (then) -> nested(then, out, depth), (orElse) -> nested(orElse, out, depth));
			case 9 -> {
				if (this.loopBudget-- > 0) {
					IntExpr counter = block.let("c", lit(0));
					long limit = 1 + this.random.nextInt(4);
					block.whileLoop(counter.lt(limit), (body) -> {
						body.assign(counter, counter.plus(1));
						nested(body, out, depth);
						if (chance(4)) {
							body.ifThen(boolExpr(1), (then) -> then.breakLoop());
						}
					});
				}
			}
			case 10 -> {
				ListExpr<IntExpr> source = pick(this.intLists);
				if (source != null && this.loopBudget-- > 0) {
					block.forEach(source, (body, index, value) -> {
						push();
						this.ints.get(this.ints.size() - 1).add(index);
						this.ints.get(this.ints.size() - 1).add(value);
						this.blockDepth++;
						statements(body, out, depth - 1, 1 + this.random.nextInt(2));
						this.blockDepth--;
						pop();
					});
				}
			}
			default -> {
				MapExpr<StringExpr> map = pick(this.stringMaps);
				if (map != null) {
					block.append(out, map.size().asString());
					block.forEach(map.keys(), (body, index, key) -> {
						body.append(out, key.concat("=").concat(map.get(key).orElse("?")));
					});
				}
			}
		}
	}

	/**
	 * A shape at the edge of what Lua 5.1 compiles (issue 16): long right-nested
	 * and/or/orElse chains, deep arithmetic, deeply nested blocks and loops, and many
	 * locals read by one expression.
	 */
	private void edgeShape(Block block, ListExpr<StringExpr> out) {
		switch (this.random.nextInt(5)) {
			case 0 -> {
				BoolExpr chain = boolExpr(1);
				for (int i = 40 + this.random.nextInt(260); i > 0; i--) {
					chain = switch (this.random.nextInt(3)) {
						case 0 -> boolExpr(1).and(chain);
						case 1 -> boolExpr(1).or(chain);
						default -> this.flag.orElse(chain);
					};
				}
				block.append(out, chain.toJson());
			}
			case 1 -> {
				IntExpr sum = intExpr(1);
				for (int i = 40 + this.random.nextInt(400); i > 0; i--) {
					sum = chance(2) ? intExpr(0).plus(sum) : intExpr(0).minus(sum);
				}
				block.append(out, sum.asString());
			}
			case 2 -> nestIfs(block, out, 30 + this.random.nextInt(60));
			case 3 -> nestLoops(block, out, 20 + this.random.nextInt(50), lit(0));
			default -> {
				List<BoolExpr> tests = new ArrayList<>();
				List<IntExpr> values = new ArrayList<>();
				for (int i = 130 + this.random.nextInt(120); i > 0; i--) {
					IntExpr local = block.let("w", intExpr(0));
					values.add(local);
					tests.add(local.gt(this.random.nextInt(9) - 4));
				}
				// balanced: shallow enough to stay inline, so one expression reads them
				// all
				while (tests.size() > 1) {
					List<BoolExpr> pairs = new ArrayList<>();
					List<IntExpr> sums = new ArrayList<>();
					for (int i = 0; i + 1 < tests.size(); i += 2) {
						pairs.add(tests.get(i).or(tests.get(i + 1)));
						sums.add(values.get(i).plus(values.get(i + 1)));
					}
					if (tests.size() % 2 == 1) {
						pairs.add(tests.get(tests.size() - 1));
						sums.add(values.get(values.size() - 1));
					}
					tests = pairs;
					values = sums;
				}
				ListExpr<IntExpr> items = listOf(Kind.INTEGER, intExpr(0), intExpr(0), intExpr(0));
				block.append(out, this.flag.orElse(tests.get(0)).toJson());
				block.append(out, items.get(values.get(0).mod(lit(3))).asString());
			}
		}
	}

	private void nestIfs(Block block, ListExpr<StringExpr> out, int levels) {
		if (levels == 0 || this.blockDepth >= 95) {
			block.append(out, stringExpr(1));
			return;
		}
		this.blockDepth++;
		block.ifThen(chance(4) ? boolExpr(1) : lit(true), (then) -> nestIfs(then, out, levels - 1));
		this.blockDepth--;
	}

	private void nestLoops(Block block, ListExpr<StringExpr> out, int levels, IntExpr sum) {
		if (levels == 0 || this.blockDepth >= 95) {
			block.append(out, sum.asString());
			return;
		}
		this.blockDepth++;
		// one element per level: nested loops over more would run too many rounds
		block.forEach(listOf(Kind.INTEGER, intExpr(0)),
				(body, index, value) -> nestLoops(body, out, levels - 1, sum.plus(value).minus(index)));
		this.blockDepth--;
	}

	/** A geo command around a few points near (13, 38), now and then out of range. */
	private io.redipy.script.Expression geoCommand(StringExpr key, int d) {
		double lon = chance(20) ? 200 : 13 + this.random.nextInt(5) * 0.25;
		double lat = 38 + this.random.nextInt(5) * 0.25;
		GeoSearch around = chance(3) ? GeoSearch.fromMember("m" + this.random.nextInt(3))
				: GeoSearch.fromLonLat(lon, lat);
		around = chance(2) ? around.byRadius(this.random.nextInt(100), GeoUnit.KM)
				: around.byBox(this.random.nextInt(150), this.random.nextInt(150), GeoUnit.MI);
		if (chance(2)) {
			around = chance(2) ? around.asc() : around.desc();
		}
		if (chance(3)) {
			around = around.count(1 + this.random.nextInt(3), chance(2));
		}
		StringExpr member = chance(2) ? lit("m" + this.random.nextInt(3)) : stringExpr(d);
		return switch (this.random.nextInt(6)) {
			case 0 -> geo(key).geoadd(chance(3) ? GeoAddOptions.none().nx().ch() : GeoAddOptions.none(), lit(lon),
					lit(lat), member);
			case 1 -> geo(key).geopos(member);
			case 2 -> geo(key).geodist(member, lit("m" + this.random.nextInt(3)), GeoUnit.KM);
			case 3 -> geo(key).geohash(member);
			case 4 -> geo(key).geosearch(around);
			default -> geo(key).geosearchstore(key(), around, false);
		};
	}

	/** SORT's GET patterns: {@code *} and {@code c*} name keys of the key set. */
	private static final String[] SORT_GETS = { "#", "*", "c*", "*->x", "a", "" };

	/**
	 * SORT's options in a script: always ALPHA (a numeric SORT on Redis reads an errno
	 * that an earlier command in the script may have left at ERANGE), and BY only without
	 * {@code *} (ALPHA with weights that tie would come out in an order that depends on a
	 * set's hash table).
	 */
	private SortArgs sortArgs() {
		SortArgs args = SortArgs.none().withAlpha();
		if (chance(3)) {
			args = args.withBy(chance(2) ? "nosort" : "");
		}
		if (chance(3)) {
			args = args.withLimit(this.random.nextInt(5) - 1, this.random.nextInt(5) - 1);
		}
		for (int i = this.random.nextInt(4) - 1; i > 0; i--) {
			args = args.withGet(SORT_GETS[this.random.nextInt(SORT_GETS.length)]);
		}
		return chance(2) ? args.descending() : args;
	}

	private StringExpr key() {
		return switch (this.random.nextInt(5)) {
			// a key named with a byte of a stored value
			case 4 -> lit("r").concat(string(this.keys[1]).getrange(lit(0), lit(0)));
			case 0 -> this.keys[0];
			case 1 -> this.keys[1];
			case 2 -> lit("c").concat(intExpr(0).mod(lit(3)).asString());
			default -> lit(STRINGS[this.random.nextInt(4)]);
		};
	}

	private io.redipy.script.Expression command(int depth) {
		StringExpr key = key();
		if (chance(2)) {
			return newCommand(key, depth);
		}
		return switch (this.random.nextInt(31)) {
			case 26 -> hash(key).hscan(lit(STRINGS[this.random.nextInt(3)] + "*")).size();
			case 27 -> set(key).sscan(lit("*")).size();
			case 28 -> zset(key).zscan(lit("?")).size();
			case 29 -> io.redipy.script.Dsl.keyspace().scan(lit("*")).size();
			case 30 -> this.random.nextInt(10) == 0 ? io.redipy.script.Dsl.keyspace().flushall() : lit(true);
			case 0 -> string(key).set(stringExpr(depth - 1));
			case 1 -> string(key).get().orElse("nil");
			case 2 -> string(key).incrby(intExpr(depth - 1));
			case 3 -> string(key).append(stringExpr(depth - 1));
			case 4 -> string(key).strlen();
			case 5 -> string(key).setIfMissing(stringExpr(depth - 1));
			case 6 -> string(key).getdel().orElse("nil");
			case 7 -> list(key).rpush(stringExpr(depth - 1));
			case 8 -> list(key).lpush(stringExpr(depth - 1));
			case 9 -> list(key).lpop().orElse("nil");
			case 10 -> list(key).lrange(lit(0), lit(-1)).size();
			case 11 -> list(key).lindex(intExpr(depth - 1)).orElse("nil");
			case 12 -> hash(key).hset(stringExpr(depth - 1), stringExpr(depth - 1));
			case 13 -> hash(key).hget(stringExpr(depth - 1)).orElse("nil");
			case 14 -> hash(key).hincrby(stringExpr(depth - 1), intExpr(depth - 1));
			case 15 -> hash(key).hgetall().size();
			case 16 -> hash(key).hdel(stringExpr(depth - 1));
			case 17 -> set(key).sadd(stringExpr(depth - 1));
			case 18 -> set(key).sismember(stringExpr(depth - 1));
			case 19 -> set(key).smembers().size();
			case 20 -> zset(key).zadd(doubleExpr(depth - 1), stringExpr(depth - 1));
			case 21 -> zset(key).zincrby(doubleExpr(depth - 1), stringExpr(depth - 1));
			case 22 -> zset(key).zpopmax(intExpr(0)).size();
			case 23 -> zset(key).zrange(lit(0), lit(-1)).size();
			case 24 -> anyKey(key).type();
			default -> anyKey(key).del();
		};
	}

	private static final String[] STREAM_IDS = { "1-1", "1-2", "2-0", "2-*", "3-*", "5", "0-1", "bad" };

	private String streamId() {
		return STREAM_IDS[this.random.nextInt(STREAM_IDS.length)];
	}

	private String group() {
		return chance(2) ? "g1" : "g2";
	}

	/** A map of the script to add as a stream entry's fields, often empty. */
	private MapExpr<StringExpr> fields() {
		MapExpr<StringExpr> map = pick(this.stringMaps);
		return (map != null) ? map : emptyMap(Kind.STRING);
	}

	private ListExpr<StringExpr> stringList(int depth) {
		int size = this.random.nextInt(4);
		StringExpr[] items = new StringExpr[size];
		for (int i = 0; i < size; i++) {
			items[i] = chance(2) ? key() : stringExpr(depth);
		}
		return listOf(Kind.STRING, items);
	}

	/** One BITFIELD operation of a random type, mostly within the first bytes. */
	private IntExpr bitfield(StringExpr key) {
		boolean signed = chance(2);
		BitFieldType type = signed ? BitFieldType.signed(1 + this.random.nextInt(64))
				: BitFieldType.unsigned(1 + this.random.nextInt(63));
		IntExpr offset = chance(6) ? intExpr(0) : intExpr(0).mod(lit(40));
		BitFieldArgs.Overflow overflow = BitFieldArgs.Overflow.values()[this.random.nextInt(3)];
		return switch (this.random.nextInt(4)) {
			case 0 -> string(key).bitfieldGet(type, offset);
			case 1 -> string(key).bitfieldRo(type, offset);
			case 2 -> string(key).bitfieldSet(type, offset, intExpr(0), overflow).orElse(lit(-1));
			default -> string(key).bitfieldIncrby(type, offset, intExpr(0), overflow).orElse(lit(-1));
		};
	}

	/**
	 * The commands added with build-time options and several keys (deterministic ones).
	 */
	private io.redipy.script.Expression newCommand(StringExpr key, int depth) {
		int d = depth - 1;
		return switch (this.random.nextInt(97)) {
			// the payload itself differs where a hashtable's order does: only RESTORE's
			// outcome and the restored key's reads are compared
			case 96 -> anyKey(key()).restore(lit(0), anyKey(key).dump().orElse(""), chance(2));
			case 91 -> switch (this.random.nextInt(3)) {
				case 0 -> anyKey(key).sort(sortArgs());
				case 1 -> anyKey(key).sortRo(sortArgs());
				default -> anyKey(key).sortStore(sortArgs(), key());
			};
			case 90 -> geoCommand(key, d);
			case 88 -> bitfield(key);
			case 89 -> switch (this.random.nextInt(3)) {
				case 0 -> stream(key).xinfoStream();
				case 1 -> stream(key).xinfoGroups();
				// idle times follow each backend's clock
				default -> stream(key).xinfoConsumers(lit(group())).size();
			};
			case 87 -> chance(2) ? string(key).lcs(key()) : string(key).lcsLen(key());
			case 92 -> hyperLogLog(key).pfadd(stringList(0));
			case 93 -> hyperLogLog(key).pfcount();
			case 94 -> hyperLogLog(key).pfmerge(stringList(0));
			case 95 -> keys(stringList(0)).pfcount();
			case 82 -> string(key).setbit(chance(6) ? intExpr(0) : intExpr(0).mod(lit(64)),
					chance(6) ? intExpr(0) : lit(this.random.nextInt(2)));
			case 83 -> string(key).getbit(intExpr(0));
			case 84 -> switch (this.random.nextInt(3)) {
				case 0 -> string(key).bitcount();
				case 1 -> string(key).bitcount(intExpr(0), intExpr(0));
				default -> string(key).bitcount(intExpr(0), intExpr(0), chance(2) ? BitUnit.BIT : BitUnit.BYTE);
			};
			case 85 -> {
				IntExpr bit = chance(8) ? intExpr(0) : lit(this.random.nextInt(2));
				yield switch (this.random.nextInt(4)) {
					case 0 -> string(key).bitpos(bit);
					case 1 -> string(key).bitpos(bit, intExpr(0));
					case 2 -> string(key).bitpos(bit, intExpr(0), intExpr(0));
					default -> string(key).bitpos(bit, intExpr(0), intExpr(0), chance(2) ? BitUnit.BIT : BitUnit.BYTE);
				};
			}
			case 86 -> string(key).bitop(BitOperation.values()[this.random.nextInt(4)], stringList(0));
			case 80 -> keys(stringList(0)).lmpop(chance(2) ? ListSide.LEFT : ListSide.RIGHT, intExpr(0)).size();
			case 81 -> keys(stringList(0)).zmpop(chance(2) ? ScoreSide.MIN : ScoreSide.MAX, intExpr(0)).size();
			case 66 -> stream(key).xadd(StreamAddOptions.none().id(streamId()), fields()).orElse(lit("none"));
			case 67 -> stream(key).xadd(StreamAddOptions.none()
				.id(streamId())
				.trim(chance(2) ? StreamTrim.maxLen(2) : StreamTrim.minId("2")), fields()).orElse(lit("none"));
			case 68 -> stream(key).xlen();
			case 69 -> chance(2) ? stream(key).xrange(lit("-"), lit("+")).size()
					: stream(key).xrevrange(lit("+"), lit(streamId()), intExpr(0)).size();
			case 70 -> stream(key).xdel(listOf(Kind.STRING, lit(streamId()), stringExpr(0)));
			case 71 -> stream(key).xtrim(chance(2) ? StreamTrim.maxLen(1) : StreamTrim.minId(streamId()));
			case 72 -> stream(key).xread(lit(chance(2) ? "0" : streamId()), intExpr(0)).size();
			case 73 -> stream(key).xgroupCreate(lit(group()), lit(chance(2) ? "$" : "0"), chance(2));
			case 74 -> stream(key).xreadgroup(lit(group()), lit(chance(2) ? "c1" : "c2"), lit(chance(2) ? ">" : "0"),
					intExpr(0), chance(4))
				.size();
			case 75 -> stream(key).xack(lit(group()), listOf(Kind.STRING, lit(streamId())));
			case 76 -> stream(key).xpending(lit(group()));
			case 77 -> chance(2)
					? stream(key).xclaim(lit(group()), lit("c3"), lit(0), listOf(Kind.STRING, lit(streamId()))).size()
					: stream(key).xautoclaim(lit(group()), lit("c2"), lit(0), lit("0"), lit(2)).size();
			case 78 -> switch (this.random.nextInt(4)) {
				case 0 -> stream(key).xgroupSetid(lit(group()), lit(streamId()));
				case 1 -> stream(key).xgroupDestroy(lit(group()));
				case 2 -> stream(key).xgroupCreateconsumer(lit(group()), lit("c1"));
				default -> stream(key).xsetid(lit(streamId()));
			};
			case 79 -> stream(key).xgroupDelconsumer(lit(group()), lit("c1"));
			case 63 -> keys(stringList(0)).zunion(ZStoreOptions.none().aggregate(ZStoreOptions.Aggregate.MIN)).size();
			case 64 -> keys(stringList(0)).zinterWithScores(ZStoreOptions.none()).size();
			case 65 -> chance(2) ? keys(stringList(0)).zdiff().size() : keys(stringList(0)).zintercard(intExpr(0));
			case 59 -> keys(stringList(0)).touch();
			case 60 -> anyKey(key).touch();
			case 61 -> anyKey(key).expiretime().orElse(lit(-1));
			case 62 -> anyKey(key).pexpiretime().orElse(lit(-1));
			case 0 -> keys(stringList(0)).exists();
			case 1 -> keys(stringList(0)).del();
			case 2 -> keys(stringList(0)).mget().size();
			case 3 -> keys(stringList(0)).sinter().size();
			case 4 -> keys(stringList(0)).sunion().size();
			case 5 -> keys(stringList(0)).sdiff().size();
			case 6 -> keys(stringList(0)).sintercard(intExpr(0));
			case 7 -> keyspace().keys(lit(chance(2) ? "*" : "c?")).size();
			case 8 -> keyspace().dbsize();
			case 9 -> anyKey(key).rename(key());
			case 10 -> anyKey(key).renamenx(key());
			case 11 -> anyKey(key).copy(key(), chance(2));
			case 12 ->
				string(key).set(stringExpr(d), chance(2) ? SetOptions.ifExists() : SetOptions.ifMissing().keepTtl());
			case 13 -> string(key).setGet(stringExpr(d), SetOptions.always()).orElse("nil");
			case 14 -> string(key).getset(stringExpr(d)).orElse("nil");
			case 15 -> string(key).incr();
			case 16 -> string(key).decrby(intExpr(d));
			case 17 -> string(key).incrbyfloat(doubleExpr(d));
			case 18 -> string(key).getrange(intExpr(d), intExpr(d));
			case 19 -> string(key).setrange(intExpr(0).mod(lit(20)), stringExpr(d));
			case 20 -> list(key).rpush(stringList(0));
			case 21 -> list(key).lpushx(stringList(0));
			case 22 -> list(key).lpop(intExpr(d)).size();
			case 23 -> list(key).lset(intExpr(d), stringExpr(d));
			case 24 -> list(key).lrem(intExpr(d), stringExpr(d));
			case 25 -> list(key).ltrim(intExpr(d), intExpr(d));
			case 26 ->
				list(key).linsert(chance(2) ? ListPosition.BEFORE : ListPosition.AFTER, stringExpr(d), stringExpr(d));
			case 27 -> list(key).lpos(stringExpr(d), LposOptions.none().withRank(chance(2) ? 1 : -1)).orElse(lit(-9));
			case 28 -> list(key).lpos(stringExpr(d), intExpr(0), LposOptions.none()).size();
			case 29 -> list(key).lmove(key(), ListSide.LEFT, chance(2) ? ListSide.LEFT : ListSide.RIGHT).orElse("nil");
			case 30 -> list(key).rpoplpush(key()).orElse("nil");
			case 31 -> hash(key).hsetnx(stringExpr(d), stringExpr(d));
			case 32 -> hash(key).hmget(stringList(0)).size();
			case 33 -> hash(key).hdel(stringList(0));
			case 34 -> hash(key).hvals().size();
			case 35 -> hash(key).hincrbyfloat(stringExpr(d), doubleExpr(d));
			case 36 -> hash(key).hstrlen(stringExpr(d));
			case 37 -> set(key).sadd(stringList(0));
			case 38 -> set(key).srem(stringList(0));
			case 39 -> set(key).smismember(stringList(0)).size();
			case 40 -> set(key).smove(key(), stringExpr(d));
			case 41 -> set(key).sinterstore(stringList(0));
			case 42 -> set(key).sunionstore(stringList(0));
			case 43 -> set(key).sdiffstore(stringList(0));
			case 44 -> zset(key).zadd(chance(2) ? ZAddOptions.none().gt().ch() : ZAddOptions.none().nx(), doubleExpr(d),
					stringExpr(d));
			case 45 -> zset(key)
				.zaddIncr(chance(2) ? ZAddOptions.none().xx() : ZAddOptions.none(), doubleExpr(d), stringExpr(d))
				.orElse(lit(-1.0));
			case 46 -> zset(key).zrem(stringList(0));
			case 47 -> zset(key).zmscore(stringList(0)).size();
			case 48 -> zset(key).zcount(ScoreRange.closed(0, 2));
			case 49 -> zset(key).zlexcount(LexRange.closed("a", "x"));
			case 50 -> zset(key).zrange(ZRange.byScore(ScoreRange.all()).reversed().limit(0, 2)).size();
			case 51 -> zset(key).zrangeWithScores(ZRange.byLex(LexRange.all())).size();
			case 52 -> zset(key).zrangestore(key(), ZRange.byRank(0, -1));
			case 53 -> zset(key).zrevrank(stringExpr(d)).orElse(lit(-1));
			case 54 -> zset(key).zremrangebyrank(intExpr(d), intExpr(d));
			case 55 -> zset(key).zremrangebyscore(ScoreRange.closed(1, 2));
			case 56 -> zset(key).zunionstore(
					ZStoreOptions.none()
						.aggregate(chance(2) ? ZStoreOptions.Aggregate.MAX : ZStoreOptions.Aggregate.SUM),
					stringList(0));
			case 57 -> zset(key).zinterstore(ZStoreOptions.none(), stringList(0));
			case 58 -> zset(key).zdiffstore(stringList(0));
			default -> keyspace().msetnx(emptyMap(Kind.STRING));
		};
	}

	IntExpr intExpr(int depth) {
		if (depth <= 0 || chance(3)) {
			IntExpr local = chance(2) ? pick(this.ints) : null;
			if (local != null) {
				return local;
			}
			long[] special = { 0, 1, -1, 2, 3, 7, -20, 1L << 40, (1L << 53) - 1 };
			return lit(chance(4) ? special[this.random.nextInt(special.length)] : this.random.nextInt(21) - 10);
		}
		return switch (this.random.nextInt(12)) {
			case 0 -> intExpr(depth - 1).plus(intExpr(depth - 1));
			case 1 -> intExpr(depth - 1).minus(intExpr(depth - 1));
			case 2 -> intExpr(depth - 1).times(intExpr(depth - 1));
			case 3 -> intExpr(depth - 1).div(intExpr(depth - 1));
			case 4 -> intExpr(depth - 1).mod(intExpr(depth - 1));
			case 5 -> intExpr(depth - 1).negate();
			case 6 -> stringExpr(depth - 1).length();
			case 7 -> stringExpr(depth - 1).find(stringExpr(depth - 1), intExpr(depth - 1));
			case 8 -> stringExpr(depth - 1).parseInteger().orElse(intExpr(depth - 1));
			case 9 -> doubleExpr(depth - 1).truncate();
			case 10 -> {
				ListExpr<IntExpr> list = pick(this.intLists);
				yield (list != null) ? list.size() : lit(4);
			}
			default -> {
				ListExpr<IntExpr> list = pick(this.intLists);
				yield (list != null) ? list.get(intExpr(0)) : lit(5);
			}
		};
	}

	DoubleExpr doubleExpr(int depth) {
		if (depth <= 0 || chance(3)) {
			if (chance(20)) {
				// the infinities are no literals: JSON reads them, as a score can be one
				return lit(chance(2) ? "1e999" : "-1e999").parseJson(Kind.DOUBLE);
			}
			double[] values = { 0.0, 0.1, 0.2, 1.5, -2.25, 3.0, 1e10, 1e-7, 123456.789, 1.0 / 3, -0.0, 1e-300 };
			return lit(values[this.random.nextInt(values.length)]);
		}
		return switch (this.random.nextInt(6)) {
			case 0 -> doubleExpr(depth - 1).plus(doubleExpr(depth - 1));
			case 1 -> doubleExpr(depth - 1).times(doubleExpr(depth - 1));
			case 2 -> doubleExpr(depth - 1).div(doubleExpr(depth - 1));
			case 3 -> intExpr(depth - 1).toDouble();
			case 4 -> stringExpr(depth - 1).parseDouble().orElse(doubleExpr(depth - 1));
			default -> doubleExpr(depth - 1).negate();
		};
	}

	StringExpr stringExpr(int depth) {
		if (depth <= 0 || chance(3)) {
			StringExpr local = chance(2) ? pick(this.strings) : null;
			return (local != null) ? local : lit(STRINGS[this.random.nextInt(STRINGS.length)]);
		}
		return switch (this.random.nextInt(8)) {
			// a cut of a stored value: often bytes that are not UTF-8, which commands
			// then store as fields, members, elements and key names
			case 6 -> string(key()).getrange(intExpr(depth - 1), intExpr(depth - 1));
			case 0 -> stringExpr(depth - 1).concat(stringExpr(depth - 1));
			case 1 -> stringExpr(depth - 1).substring(intExpr(depth - 1), intExpr(depth - 1));
			case 2 -> intExpr(depth - 1).asString();
			case 3 -> doubleExpr(depth - 1).asString();
			case 4 -> key();
			case 5 -> {
				MapExpr<StringExpr> map = pick(this.stringMaps);
				yield (map != null) ? map.get(stringExpr(0)).orElse(stringExpr(0)) : lit("m");
			}
			default -> string(key()).get().orElse(stringExpr(depth - 1));
		};
	}

	BoolExpr boolExpr(int depth) {
		if (depth <= 0) {
			return lit(this.random.nextBoolean());
		}
		return switch (this.random.nextInt(11)) {
			case 0 -> intExpr(depth - 1).lt(intExpr(depth - 1));
			case 1 -> intExpr(depth - 1).eq(intExpr(depth - 1));
			case 2 -> stringExpr(depth - 1).lt(stringExpr(depth - 1));
			case 3 -> stringExpr(depth - 1).eq(stringExpr(depth - 1));
			case 4 -> doubleExpr(depth - 1).ge(doubleExpr(depth - 1));
			case 5 -> boolExpr(depth - 1).and(boolExpr(depth - 1));
			case 6 -> boolExpr(depth - 1).or(boolExpr(depth - 1)).not();
			case 9 -> this.flag.orElse(boolExpr(depth - 1));
			case 10 -> this.flag.isNull();
			case 7 -> anyKey(key()).exists();
			default -> {
				ListExpr<IntExpr> list = pick(this.intLists);
				yield (list != null) ? list.contains(intExpr(0)) : lit(false);
			}
		};
	}

}
