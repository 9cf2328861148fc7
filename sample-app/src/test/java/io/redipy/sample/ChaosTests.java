package io.redipy.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.redipy.Redipy;
import io.redipy.RedipyClient;
import io.redipy.RedisOptions;
import io.redipy.api.PendingQuery;
import io.redipy.test.RedisCluster;
import io.redipy.test.RedisExtension;
import io.redipy.test.RedisServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task queue across processes on a real Redis, and on a Redis Cluster: one producer
 * and three worker JVMs; workers are killed with SIGKILL while they hold a task, and
 * replaced. Every produced task completes at least once and none is lost. Every process
 * is killed at the end, also when the test fails.
 */
class ChaosTests {

	private static final Pattern JOINED = Pattern.compile("(worker-\\d+) joined");

	private final List<Node> nodes = new CopyOnWriteArrayList<>();

	/** A started JVM of the sample app and the lines it printed. */
	private record Node(Process process, List<String> lines) {

		String workerId() {
			for (String line : this.lines) {
				Matcher matcher = JOINED.matcher(line);
				if (matcher.find()) {
					return matcher.group(1);
				}
			}
			return null;
		}

	}

	@AfterEach
	void killEverything() throws InterruptedException {
		for (Node node : this.nodes) {
			node.process().destroyForcibly();
		}
		for (Node node : this.nodes) {
			node.process().waitFor(10, TimeUnit.SECONDS);
		}
		assertThat(this.nodes).allMatch((node) -> !node.process().isAlive());
	}

	/** Which worker holds which task (or stream entry) now. */
	private static Map<String, String> busy(RedipyClient client, String kind) {
		if (!kind.equals("stream")) {
			return client.hgetall(TaskQueue.BUSY);
		}
		if (client.exists(StreamTaskQueue.STREAM) == 0) {
			return Map.of();
		}
		Map<String, String> busy = new java.util.HashMap<>();
		try {
			client.xpending(StreamTaskQueue.STREAM, StreamTaskQueue.GROUP, PendingQuery.range("-", "+", 1000))
				.forEach((entry) -> busy.put(entry.id(), entry.consumer()));
		}
		catch (io.redipy.CommandException ex) {
			// the group is not there yet
		}
		return busy;
	}

	private Node start(List<String> connection, String prefix, String... args) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
						SampleApplication.class.getName(), "--redipy.backend=redis"));
		command.addAll(connection);
		command.addAll(List.of("--redipy.key-prefix=" + prefix, "--queue.heartbeat-interval=100ms",
				"--queue.heartbeat-expiry=700ms", "--queue.detector-interval=100ms", "--queue.task-min=150ms",
				"--queue.task-max=400ms"));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		Node node = new Node(process, new CopyOnWriteArrayList<>());
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					node.lines().add(line);
				}
			}
			catch (IOException ex) {
				// the process is gone
			}
		});
		reader.setDaemon(true);
		reader.start();
		this.nodes.add(node);
		return node;
	}

	@Test
	void killedWorkersNeverLoseATask() throws Exception {
		RedisServer server = RedisExtension.server();
		chaos(List.of("--spring.data.redis.host=" + server.host(), "--spring.data.redis.port=" + server.port()),
				server.connectionFactory(), "sorted-set");
	}

	@Test
	void killedWorkersNeverLoseATaskOnARedisCluster() throws Exception {
		RedisCluster cluster = RedisExtension.cluster();
		chaos(List.of("--spring.data.redis.cluster.nodes=" + cluster.nodesProperty()), cluster.connectionFactory(),
				"sorted-set");
	}

	/** The stream design: a killed worker's pending entry is taken over by another. */
	@Test
	void killedWorkersNeverLoseATaskOfAStream() throws Exception {
		RedisServer server = RedisExtension.server();
		chaos(List.of("--spring.data.redis.host=" + server.host(), "--spring.data.redis.port=" + server.port()),
				server.connectionFactory(), "stream");
	}

	private void chaos(List<String> connection, LettuceConnectionFactory factory, String kind) throws Exception {
		String prefix = "chaos-" + UUID.randomUUID() + ":";
		List<String> options = new ArrayList<>(connection);
		options.add("--queue.kind=" + kind);
		try {
			RedipyClient client = Redipy.redis(factory, RedisOptions.defaults().withKeyPrefix(prefix));
			int tasks = 40;
			Node producer = start(options, prefix, "--queue.mode=producer", "--queue.tasks=" + tasks,
					"--queue.timeout=90s");
			List<Node> workers = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				workers.add(start(options, prefix, "--queue.mode=worker"));
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(100).toNanos();
			int kills = 0;
			while (kills < 3 && System.nanoTime() < deadline) {
				Map<String, String> busy = busy(client, kind);
				Node victim = null;
				for (Node worker : workers) {
					String id = worker.workerId();
					if (worker.process().isAlive() && id != null && busy.containsValue(id)) {
						victim = worker;
						break;
					}
				}
				if (victim == null) {
					Thread.sleep(50);
					continue;
				}
				victim.process().destroyForcibly();
				victim.process().waitFor(10, TimeUnit.SECONDS);
				kills++;
				workers.remove(victim);
				workers.add(start(options, prefix, "--queue.mode=worker"));
			}
			assertThat(kills).as("workers killed while holding a task").isEqualTo(3);
			long remaining = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
			assertThat(producer.process().waitFor(remaining, TimeUnit.MILLISECONDS)).as("producer finished").isTrue();
			String summary = producer.lines()
				.stream()
				.filter((line) -> line.startsWith("summary:"))
				.findFirst()
				.orElse("no summary: " + producer.lines());
			assertThat(summary).contains("produced=" + tasks + " completed=" + tasks).contains("lost=0");
			assertThat(producer.process().exitValue()).isZero();
			Map<String, String> completions = client.hgetall(TaskQueue.COMPLETED);
			for (int i = 1; i <= tasks; i++) {
				assertThat(completions).containsKey("task-" + i);
			}
			assertThat(client.get(TaskQueue.RECOVERED)).isNotNull();
			client.flushall();
		}
		finally {
			factory.destroy();
		}
	}

}
