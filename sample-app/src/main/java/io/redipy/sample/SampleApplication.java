package io.redipy.sample;

import io.redipy.RedipyClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The seed article's crash-safe task queue: a producer, workers with heartbeats, and a
 * detector that puts the tasks of lost workers back, on the memory backend in one process
 * ({@code queue.mode=single}) or on Redis across processes ({@code producer},
 * {@code worker}).
 */
@SpringBootApplication
@EnableConfigurationProperties(QueueProperties.class)
public class SampleApplication {

	/**
	 * Runs the application; exits 0 when every produced task completed, 1 when a task was
	 * lost, and 2 without starting when the command line has an unknown queue option or
	 * an argument that is no option (the message and the valid options go to standard
	 * error).
	 * @param args Spring Boot arguments, e.g.
	 * {@code --queue.tasks=30 --queue.crash-worker=true}, or their short forms
	 * {@code --tasks=30 --crash-worker}; {@code --help} prints the options
	 */
	public static void main(String[] args) {
		CommandLine commandLine;
		try {
			commandLine = CommandLine.parse(args);
		}
		catch (CommandLine.UsageException ex) {
			System.err.println("sample-app: " + ex.getMessage());
			System.err.println(CommandLine.usage());
			System.exit(2);
			return;
		}
		if (commandLine.help()) {
			System.out.println(CommandLine.usage());
			return;
		}
		ConfigurableApplicationContext context = SpringApplication.run(SampleApplication.class,
				commandLine.springArgs());
		QueueRunner.Summary summary = context.getBean(QueueRunner.class).summary();
		int code = (summary == null || summary.lost() == 0) ? 0 : 1;
		System.exit(SpringApplication.exit(context, () -> code));
	}

	@Bean
	QueueRunner queueRunner(RedipyClient client, QueueProperties properties,
			ObjectProvider<StringRedisTemplate> templates) {
		return new QueueRunner(client, properties, templates);
	}

}
