package io.redipy.contract;

import java.util.List;

import io.redipy.CommandException;
import io.redipy.WrongTypeException;
import io.redipy.api.Batch;
import io.redipy.api.GeoAddOptions;
import io.redipy.api.GeoCoordinates;
import io.redipy.api.GeoMember;
import io.redipy.api.GeoResult;
import io.redipy.api.GeoSearch;
import io.redipy.api.GeoUnit;
import io.redipy.api.Response;
import io.redipy.api.ScoredMember;
import io.redipy.api.TypedCommands;
import io.redipy.api.ZRange;
import io.redipy.test.ContractTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The contract of the geo commands ({@code GEOADD}, {@code GEOPOS}, {@code GEODIST},
 * {@code GEOHASH}, {@code GEOSEARCH}, {@code GEOSEARCHSTORE}), run against every backend:
 * the {@code String} API, batches and the binary view. The expected values are Redis's
 * (its documentation's Palermo and Catania).
 */
public abstract class GeoContractTests extends ContractTestSupport {

	private static final GeoCoordinates PALERMO = new GeoCoordinates(13.36138933897018433, 38.11555639549629859);

	private static final GeoCoordinates CATANIA = new GeoCoordinates(15.08726745843887329, 37.50266842333162032);

	@BeforeEach
	void sicily() {
		assertThat(this.client.geoadd("Sicily", GeoAddOptions.none(),
				List.of(GeoMember.of(13.361389, 38.115556, "Palermo"), GeoMember.of(15.087269, 37.502669, "Catania"))))
			.isEqualTo(2);
	}

	@Test
	void geoadd_storesGeohashScoresThatTheSortedSetCommandsRead() {
		assertThat(this.client.zrangeWithScores("Sicily", ZRange.byRank(0, -1))).containsExactly(
				new ScoredMember("Palermo", 3479099956230698.0), new ScoredMember("Catania", 3479447370796909.0));
	}

	@Test
	void geoadd_nxXxAndCh() {
		List<GeoMember<String>> moved = List.of(GeoMember.of(13, 38, "Palermo"), GeoMember.of(1, 1, "New"));
		assertThat(this.client.geoadd("Sicily", GeoAddOptions.none().nx(), moved)).isEqualTo(1);
		assertThat(this.client.geopos("Sicily", "Palermo").get(0)).isEqualTo(PALERMO);
		assertThat(this.client.geoadd("Sicily", GeoAddOptions.none().xx(), List.of(GeoMember.of(2, 2, "Other"))))
			.isZero();
		assertThat(this.client.geoadd("Sicily", GeoAddOptions.none().xx().ch(), moved)).isEqualTo(1);
		assertThat(this.client.geoadd("Sicily", GeoAddOptions.none().ch(), moved)).isZero();
		assertThat(this.client.zcard("Sicily")).isEqualTo(3);
	}

	@Test
	void geoadd_refusesAPositionOutOfRangeAndAddsNothing() {
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.geoadd("Sicily", GeoAddOptions.none(),
					List.of(GeoMember.of(1, 1, "ok"), GeoMember.of(181, 10, "bad"))))
			.withMessage("ERR invalid longitude,latitude pair 181.000000,10.000000");
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(
					() -> this.client.geoadd("Sicily", GeoAddOptions.none(), List.of(GeoMember.of(0, -85.06, "bad"))))
			.withMessage("ERR invalid longitude,latitude pair 0.000000,-85.060000");
		assertThat(this.client.zcard("Sicily")).isEqualTo(2);
	}

	@Test
	void geopos_returnsTheCellCentresAndNullForMissingMembers() {
		assertThat(this.client.geopos("Sicily", "Palermo", "nope", "Catania")).containsExactly(PALERMO, null, CATANIA);
		assertThat(this.client.geopos("missing", "a")).containsExactly((GeoCoordinates) null);
	}

	@Test
	void geodist_inEveryUnitAsRedisPrintsIt() {
		assertThat(this.client.geodist("Sicily", "Palermo", "Catania", GeoUnit.M)).isEqualTo(166274.1516);
		assertThat(this.client.geodist("Sicily", "Palermo", "Catania", GeoUnit.KM)).isEqualTo(166.2742);
		assertThat(this.client.geodist("Sicily", "Palermo", "Catania", GeoUnit.MI)).isEqualTo(103.3182);
		assertThat(this.client.geodist("Sicily", "Palermo", "Catania", GeoUnit.FT)).isEqualTo(545518.8700);
		assertThat(this.client.geodist("Sicily", "Palermo", "nope", GeoUnit.M)).isNull();
		assertThat(this.client.geodist("missing", "a", "b", GeoUnit.M)).isNull();
	}

	@Test
	void geohash_elevenCharacters() {
		assertThat(this.client.geohash("Sicily", "Palermo", "Catania", "nope")).containsExactly("sqc8b49rny0",
				"sqdtr74hyu0", null);
	}

	@Test
	void geosearch_byRadiusFromAPointWithEverything() {
		List<GeoResult<String>> found = this.client.geosearch("Sicily",
				GeoSearch.fromLonLat(15, 37).byRadius(200, GeoUnit.KM).asc().withCoord().withDist().withHash());
		assertThat(found).containsExactly(new GeoResult<>("Catania", 56.4413, 3479447370796909L, CATANIA),
				new GeoResult<>("Palermo", 190.4424, 3479099956230698L, PALERMO));
	}

	@Test
	void geosearch_byBoxFromAMemberCountAndOrder() {
		assertThat(this.client.geosearch("Sicily", GeoSearch.fromMember("Palermo").byBox(400, 400, GeoUnit.KM).desc()))
			.extracting(GeoResult::member)
			.containsExactly("Catania", "Palermo");
		assertThat(this.client.geosearch("Sicily", GeoSearch.fromLonLat(15, 37).byRadius(200, GeoUnit.KM).count(1)))
			.containsExactly(new GeoResult<>("Catania", null, null, null));
		assertThat(this.client.geosearch("Sicily",
				GeoSearch.fromLonLat(15, 37).byRadius(200, GeoUnit.KM).count(2, true).withDist()))
			.hasSize(2);
		assertThat(this.client.geosearch("Sicily", GeoSearch.fromLonLat(15, 37).byRadius(10, GeoUnit.KM))).isEmpty();
		assertThat(this.client.geosearch("missing", GeoSearch.fromMember("x").byRadius(10, GeoUnit.KM))).isEmpty();
	}

	@Test
	void geosearch_redisErrors() {
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.geosearch("Sicily", GeoSearch.fromMember("nope").byRadius(1, GeoUnit.M)))
			.withMessage("ERR could not decode requested zset member");
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.geosearch("Sicily", GeoSearch.fromMember("Palermo").byRadius(-1, GeoUnit.M)))
			.withMessage("ERR radius cannot be negative");
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.geosearch("Sicily", GeoSearch.fromMember("Palermo").byBox(1, -1, GeoUnit.M)))
			.withMessage("ERR height or width cannot be negative");
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.geosearch("Sicily", GeoSearch.fromLonLat(0, 86).byRadius(1, GeoUnit.M)))
			.withMessage("ERR invalid longitude,latitude pair 0.000000,86.000000");
		assertThatExceptionOfType(CommandException.class).isThrownBy(
				() -> this.client.geosearch("Sicily", GeoSearch.fromMember("Palermo").byRadius(1, GeoUnit.M).count(0)))
			.withMessage("ERR COUNT must be > 0");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.geosearch("Sicily", GeoSearch.fromMember("Palermo")));
		this.client.set("s", "x");
		assertThatExceptionOfType(WrongTypeException.class)
			.isThrownBy(() -> this.client.geosearch("s", GeoSearch.fromMember("nope").byRadius(-1, GeoUnit.M)));
		assertThatExceptionOfType(WrongTypeException.class).isThrownBy(() -> this.client.geopos("s", "a"));
	}

	@Test
	void geosearchstore_geohashesOrDistancesAndAnEmptyResultDeletes() {
		GeoSearch search = GeoSearch.fromLonLat(15, 37).byRadius(200, GeoUnit.KM).asc();
		assertThat(this.client.geosearchstore("{Sicily}d", "Sicily", search, false)).isEqualTo(2);
		assertThat(this.client.zrangeWithScores("{Sicily}d", ZRange.byRank(0, -1))).containsExactly(
				new ScoredMember("Palermo", 3479099956230698.0), new ScoredMember("Catania", 3479447370796909.0));
		assertThat(this.client.geosearchstore("{Sicily}d", "Sicily", search.count(1), true)).isEqualTo(1);
		assertThat(this.client.zrangeWithScores("{Sicily}d", ZRange.byRank(0, -1))).hasSize(1)
			.allSatisfy((m) -> assertThat(m.score()).isCloseTo(56.4413, org.assertj.core.data.Offset.offset(1e-4)));
		assertThatExceptionOfType(CommandException.class)
			.isThrownBy(() -> this.client.geosearchstore("{Sicily}d", "Sicily", search.withDist(), false))
			.withMessage("ERR GEOSEARCHSTORE is not compatible with WITHDIST, WITHHASH and WITHCOORD options");
		assertThat(this.client.geosearchstore("{Sicily}d", "Sicily", GeoSearch.fromLonLat(0, 0).byRadius(1, GeoUnit.M),
				false))
			.isZero();
		assertThat(this.client.exists("{Sicily}d")).isZero();
	}

	@Test
	void batch_queuesEveryGeoCommand() {
		Batch batch = this.client.batch();
		Response<Long> add = batch.geoadd("Sicily", GeoAddOptions.none(), List.of(GeoMember.of(1, 2, "x")));
		Response<List<GeoCoordinates>> pos = batch.geopos("Sicily", "Palermo");
		Response<Double> dist = batch.geodist("Sicily", "Palermo", "Catania", GeoUnit.KM);
		Response<List<String>> hash = batch.geohash("Sicily", "Catania");
		Response<List<GeoResult<String>>> search = batch.geosearch("Sicily",
				GeoSearch.fromMember("Palermo").byRadius(1, GeoUnit.KM));
		Response<Long> store = batch.geosearchstore("{Sicily}d", "Sicily",
				GeoSearch.fromMember("Palermo").byRadius(1, GeoUnit.KM), false);
		batch.exec();
		assertThat(add.get()).isEqualTo(1);
		assertThat(pos.get()).containsExactly(PALERMO);
		assertThat(dist.get()).isEqualTo(166.2742);
		assertThat(hash.get()).containsExactly("sqdtr74hyu0");
		assertThat(search.get()).extracting(GeoResult::member).containsExactly("Palermo");
		assertThat(store.get()).isEqualTo(1);
	}

	@Test
	void binaryView_membersAsBytes() {
		TypedCommands<byte[], byte[]> bin = this.client.binary();
		byte[] key = { 'g', (byte) 0x80 };
		byte[] member = { (byte) 0xff, 'm' };
		assertThat(bin.geoadd(key, GeoAddOptions.none(), List.of(GeoMember.of(1.0, 1.0, member)))).isEqualTo(1);
		assertThat(bin.geopos(key, member)).hasSize(1).doesNotContainNull();
		List<GeoResult<byte[]>> found = bin.geosearch(key, GeoSearch.fromLonLat(1, 1).byRadius(1, GeoUnit.KM));
		assertThat(found).hasSize(1);
		assertThat(found.get(0).member()).isEqualTo(member);
		assertThat(bin.geohash(key, member)).containsExactly("s00twy01mt0");
	}

}
