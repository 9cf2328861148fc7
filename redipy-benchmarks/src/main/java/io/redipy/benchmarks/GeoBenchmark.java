package io.redipy.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import io.redipy.RedipyClient;
import io.redipy.api.GeoAddOptions;
import io.redipy.api.GeoMember;
import io.redipy.api.GeoResult;
import io.redipy.api.GeoSearch;
import io.redipy.api.GeoUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A "what is near me" query through redipy's API, on both backends: 1,000 places spread
 * over a city about 20 km across, and
 * {@code GEOSEARCH key FROMLONLAT lon lat BYRADIUS 1 km ASC COUNT 10 WITHDIST} around one
 * of 64 fixed points in it (each finds a few places). The set does not change.
 * {@code java -jar redipy-benchmarks/target/benchmarks.jar GeoBenchmark}, or
 * {@code Compare --only geo}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class GeoBenchmark {

	static final String KEY = "geo:bench";

	static final int PLACES = 1000;

	/** The backend: memory or redis. */
	@Param({ "memory", "redis" })
	public String backend = "memory";

	private @Nullable BenchBackend bench;

	private final GeoSearch[] searches = new GeoSearch[64];

	private int next;

	/** Opens the backend, adds the places, and checks a search. */
	@Setup
	public void open() {
		this.bench = BenchBackend.open(this.backend.equals("memory"));
		RedipyClient opened = this.bench.client();
		SplittableRandom random = new SplittableRandom(42);
		List<GeoMember<String>> places = new ArrayList<>(PLACES);
		for (int i = 0; i < PLACES; i++) {
			places
				.add(GeoMember.of(13.3 + random.nextDouble() * 0.25, 52.45 + random.nextDouble() * 0.15, "place:" + i));
		}
		if (opened.geoadd(KEY, GeoAddOptions.none(), places) != PLACES) {
			throw new IllegalStateException("GEOADD did not add " + PLACES);
		}
		for (int i = 0; i < this.searches.length; i++) {
			this.searches[i] = GeoSearch
				.fromLonLat(13.32 + random.nextDouble() * 0.2, 52.47 + random.nextDouble() * 0.1)
				.byRadius(1, GeoUnit.KM)
				.asc()
				.count(10)
				.withDist();
		}
		if (opened.geosearch(KEY, this.searches[0]).isEmpty()) {
			throw new IllegalStateException("GEOSEARCH found nothing");
		}
	}

	/** Closes the backend. */
	@TearDown
	public void close() {
		RedipyClient opened = client();
		try {
			if (opened.zcard(KEY) != PLACES) {
				throw new IllegalStateException("The geo set changed");
			}
		}
		finally {
			BenchBackend.close(this.bench);
		}
	}

	private RedipyClient client() {
		return BenchBackend.client(this.bench);
	}

	/**
	 * One search around the next point.
	 * @return the places found, nearest first
	 */
	@Benchmark
	public List<GeoResult<String>> search() {
		GeoSearch search = this.searches[this.next];
		this.next = (this.next + 1) & 63;
		return client().geosearch(KEY, search);
	}

}
