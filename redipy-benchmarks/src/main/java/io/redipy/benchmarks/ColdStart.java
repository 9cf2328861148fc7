package io.redipy.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.redipy.memory.MemoryStore;
import io.redipy.server.RedipyServer;
import io.redipy.server.ServerOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Cold starts of the memory store's RESP server: every sample is a fresh JVM, and what is
 * timed ends when a client has received {@code +PONG}. Four rows: the API
 * ({@code RedipyServer.start} in a JVM whose logging is already set up, as in any
 * application), a JVM that starts and prints one line (the floor under the standalone
 * rows), the standalone jar, and the standalone jar with a class-data-sharing archive
 * that one earlier run of it wrote ({@code -XX:ArchiveClassesAtExit}).
 *
 * <p>
 * Run alone with {@code java -jar redipy-benchmarks/target/benchmarks.jar --only "cold
 * start"} after {@code ./mvnw -q -pl redipy-benchmarks -am package -DskipTests}, which
 * also builds the standalone jar (looked for in {@code redipy-server/target}, or named by
 * {@code -Dredipy.standalone.jar=PATH}).
 */
final class ColdStart {

	/** The title the harness's {@code --only} matches. */
	static final String TITLE = "RESP cold start";

	private static final byte[] PING = "PING\r\n".getBytes(StandardCharsets.US_ASCII);

	private static final String PONG = "+PONG\r\n";

	private static final long PROCESS_TIMEOUT_SECONDS = 120;

	private ColdStart() {
	}

	/**
	 * One row: what was started and the time of each sample.
	 *
	 * @param name the row's name
	 * @param timed what the time runs from and to
	 * @param millis the samples, in milliseconds
	 * @param cpuMillis the CPU time the JVM spent in the same span, all its threads (JIT
	 * compilers and GC included), per sample; NaN where the system does not tell
	 */
	record Case(String name, String timed, List<Double> millis, List<Double> cpuMillis) {

		Case {
			millis = List.copyOf(millis);
			cpuMillis = List.copyOf(cpuMillis);
		}

		double median() {
			return ColdStart.median(this.millis);
		}

		double cpuMedian() {
			return ColdStart.median(this.cpuMillis);
		}

		double min() {
			return Collections.min(this.millis);
		}

		double max() {
			return Collections.max(this.millis);
		}

	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/**
	 * The child JVM's side: {@code api} times the API start up to the first PONG and
	 * prints {@code pong-ms N}; {@code hello} prints one line and exits.
	 * @param args {@code api} or {@code hello}
	 * @throws IOException if the client cannot talk to the server
	 */
	public static void main(String[] args) throws IOException {
		if (args.length == 1 && args[0].equals("hello")) {
			System.out.println("hello");
			System.out.flush();
			// lives until the harness has read its CPU time and closes its input
			System.in.read();
			return;
		}
		if (args.length != 1 || !args[0].equals("api")) {
			throw new IllegalArgumentException("usage: ColdStart api|hello");
		}
		// An application's logging is up before it starts a server; its set-up is not
		// the server's (the standalone rows include it).
		LoggerFactory.getILoggerFactory();
		long pid = ProcessHandle.current().pid();
		double cpuBefore = cpuMillis(pid);
		long started = System.nanoTime();
		MemoryStore store = new MemoryStore();
		try (RedipyServer server = RedipyServer.start(store.engine(null), ServerOptions.defaults())) {
			try (Socket socket = new Socket(server.address().getAddress(), server.port())) {
				ping(socket);
			}
			long pong = System.nanoTime();
			double cpu = cpuMillis(pid) - cpuBefore;
			System.out.printf(Locale.ROOT, "pong-ms %.3f cpu-ms %.1f%n", (pong - started) / 1e6, cpu);
		}
	}

	/**
	 * Runs every row's samples.
	 * @param samples fresh JVMs per row
	 * @param progress where to report progress
	 * @return the rows; the standalone ones only when the standalone jar is found
	 * @throws IOException if a child cannot be started or does not answer
	 * @throws InterruptedException if interrupted while waiting for a child
	 */
	static List<Case> run(int samples, PrintStream progress) throws IOException, InterruptedException {
		Path work = Files.createTempDirectory("redipy-cold-start");
		try {
			List<Case> cases = new ArrayList<>();
			Samples api = new Samples();
			Samples hello = new Samples();
			for (int i = 0; i < samples; i++) {
				progress.println(TITLE + ", API and JVM, sample " + (i + 1) + " of " + samples + " ...");
				api(work, api);
				hello(hello);
			}
			cases.add(api.toCase("API: `RedipyServer.start`",
					"in the JVM, from before `new MemoryStore()` to the first PONG (logging already set up)"));
			cases.add(hello.toCase("JVM alone", "process start to its first line of output (an empty `main`)"));
			Path jar = standaloneJar();
			if (jar == null) {
				progress.println(TITLE + ": no standalone jar in redipy-server/target, its rows are left out");
				return cases;
			}
			Path archive = work.resolve("redipy-server.jsa");
			progress.println(TITLE + ", writing a class-data-sharing archive of the standalone jar ...");
			standalone(work, jar, "-XX:ArchiveClassesAtExit=" + archive, new Samples());
			if (!Files.isRegularFile(archive)) {
				throw new IllegalStateException("the JVM wrote no archive to " + archive);
			}
			Samples plain = new Samples();
			Samples shared = new Samples();
			for (int i = 0; i < samples; i++) {
				progress.println(TITLE + ", standalone jar, sample " + (i + 1) + " of " + samples + " ...");
				standalone(work, jar, null, plain);
				standalone(work, jar, "-XX:SharedArchiveFile=" + archive, shared);
			}
			cases.add(plain.toCase("standalone jar",
					"process start of `java -jar ...-standalone.jar` to the first PONG"));
			cases.add(shared.toCase("standalone jar, AppCDS archive",
					"the same with `-XX:SharedArchiveFile` (archive from one run with `-XX:ArchiveClassesAtExit`)"));
			return cases;
		}
		finally {
			deleteTree(work);
		}
	}

	/** Starts a JVM that times the API start; adds the times it reports. */
	private static void api(Path work, Samples samples) throws IOException, InterruptedException {
		Process process = child(work, List.of(java(), "-Dlogback.configurationFile=logback-benchmarks.xml", "-cp",
				System.getProperty("java.class.path"), ColdStart.class.getName(), "api"));
		String output = finish(process, work);
		for (String line : output.split("\\R")) {
			String[] words = line.trim().split(" ");
			if (words.length == 4 && words[0].equals("pong-ms") && words[2].equals("cpu-ms")) {
				samples.add(Double.parseDouble(words[1]), Double.parseDouble(words[3]));
				return;
			}
		}
		throw new IllegalStateException("the API child printed no time: " + output);
	}

	/** Times a JVM from its start to its first line. */
	private static void hello(Samples samples) throws IOException, InterruptedException {
		long started = System.nanoTime();
		Process process = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
				ColdStart.class.getName(), "hello")
			.redirectErrorStream(true)
			.start();
		InputStream in = process.getInputStream();
		int first = in.read();
		long printed = System.nanoTime();
		double cpu = cpuMillis(process.pid());
		process.getOutputStream().close();
		in.readAllBytes();
		if (first != 'h' || !process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException("the JVM that prints one line failed");
		}
		samples.add((printed - started) / 1e6, cpu);
	}

	/**
	 * Starts the standalone jar on a free port and times it to the first PONG, then stops
	 * it as a user would (SIGTERM: its shutdown hook closes the server).
	 */
	private static void standalone(Path work, Path jar, @Nullable String jvmOption, Samples samples)
			throws IOException, InterruptedException {
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(java()));
		if (jvmOption != null) {
			command.add(jvmOption);
		}
		command.addAll(List.of("-jar", jar.toString(), "--port", Integer.toString(port)));
		long started = System.nanoTime();
		Process process = child(work, command);
		try {
			long deadline = started + TimeUnit.SECONDS.toNanos(PROCESS_TIMEOUT_SECONDS);
			while (true) {
				try (Socket socket = new Socket()) {
					socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
					ping(socket);
					long pong = System.nanoTime();
					samples.add((pong - started) / 1e6, cpuMillis(process.pid()));
					return;
				}
				catch (ConnectException ex) {
					if (!process.isAlive() || System.nanoTime() > deadline) {
						throw new IllegalStateException("the standalone server did not answer: " + log(work), ex);
					}
					// a short sleep, not a spin: the child needs the cores
					Thread.sleep(2);
				}
			}
		}
		finally {
			process.destroy();
			finish(process, work);
		}
	}

	/** Sends PING and reads the whole {@code +PONG} line. */
	private static void ping(Socket socket) throws IOException {
		OutputStream out = socket.getOutputStream();
		out.write(PING);
		out.flush();
		InputStream in = socket.getInputStream();
		byte[] reply = new byte[PONG.length()];
		int read = 0;
		while (read < reply.length) {
			int n = in.read(reply, read, reply.length - read);
			if (n < 0) {
				break;
			}
			read += n;
		}
		String text = new String(reply, 0, read, StandardCharsets.US_ASCII);
		if (!text.equals(PONG)) {
			throw new IllegalStateException("expected +PONG, got '" + text.strip() + "'");
		}
	}

	private static Process child(Path work, List<String> command) throws IOException {
		Path log = work.resolve("child.log");
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/** Waits for a child to end; returns what it printed. */
	private static String finish(Process process, Path work) throws IOException, InterruptedException {
		if (!process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("a child JVM did not end: " + log(work));
		}
		return log(work);
	}

	private static String log(Path work) throws IOException {
		Path log = work.resolve("child.log");
		return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String java() {
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * Finds the standalone jar: {@code -Dredipy.standalone.jar}, or the one in
	 * {@code redipy-server/target} of the source tree this module was built in.
	 */
	static @Nullable Path standaloneJar() throws IOException {
		String named = System.getProperty("redipy.standalone.jar");
		if (named != null) {
			return Paths.get(named);
		}
		Path target;
		try {
			Path code = Paths.get(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			target = code.getParent();
		}
		catch (Exception ex) {
			return null;
		}
		if (target == null || target.getFileName() == null || !target.getFileName().toString().equals("target")) {
			return null;
		}
		Path module = target.getParent();
		Path root = (module != null) ? module.getParent() : null;
		Path serverTarget = (root != null) ? root.resolve("redipy-server").resolve("target") : null;
		if (serverTarget == null || !Files.isDirectory(serverTarget)) {
			return null;
		}
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(serverTarget, "redipy-server-*-standalone.jar")) {
			for (Path jar : jars) {
				return jar;
			}
		}
		return null;
	}

	private static void deleteTree(Path directory) throws IOException {
		try (var paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/**
	 * Returns the CPU time a process has used so far, all threads, from
	 * {@code /proc/PID/stat} (in clock ticks of 10 ms); NaN where there is no such file.
	 */
	static double cpuMillis(long pid) {
		try {
			String stat = Files.readString(Paths.get("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
			// the fields after the command name, which is in parentheses and may hold
			// spaces
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return ticks * 10.0;
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	/** Wall and CPU times of a row's samples as they are taken. */
	private static final class Samples {

		private final List<Double> millis = new ArrayList<>();

		private final List<Double> cpuMillis = new ArrayList<>();

		void add(double wall, double cpu) {
			this.millis.add(wall);
			this.cpuMillis.add(cpu);
		}

		Case toCase(String name, String timed) {
			return new Case(name, timed, this.millis, this.cpuMillis);
		}

	}

	/** Returns the one-minute load average, or NaN where the system does not tell. */
	static double loadAverage() {
		try {
			String text = Files.readString(Paths.get("/proc/loadavg"), StandardCharsets.US_ASCII);
			return Double.parseDouble(text.substring(0, text.indexOf(' ')));
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}

	/** The rows as a markdown section. */
	static String markdown(List<Case> cases, boolean quick, double loadAverage) {
		StringBuilder out = new StringBuilder();
		out.append("\n### RESP server cold start (a fresh JVM per sample)\n\n");
		if (quick) {
			out.append("Quick run: one sample per row, to prove the stage works; the figures mean little.\n\n");
		}
		if (!Double.isNaN(loadAverage)) {
			out.append(String.format(Locale.ROOT,
					"Load average when the stage began: %.1f on %d cores (times stretch with it).%n%n", loadAverage,
					Runtime.getRuntime().availableProcessors()));
		}
		out.append("| start | timed | median | min | max | CPU, median | samples |\n");
		out.append("|---|---|---|---|---|---|---|\n");
		for (Case c : cases) {
			out.append(String.format(Locale.ROOT, "| %s | %s | %.0f ms | %.0f ms | %.0f ms | %s | %d |%n", c.name(),
					c.timed(), c.median(), c.min(), c.max(),
					Double.isNaN(c.cpuMedian()) ? "n/a" : String.format(Locale.ROOT, "%.0f ms", c.cpuMedian()),
					c.millis().size()));
		}
		out.append("\nCPU: what the JVM's threads (JIT compilers and GC included) used in the same span, ")
			.append("in 10 ms ticks; on a loaded machine it stretches less than the elapsed time.\n");
		return out.toString();
	}

}
