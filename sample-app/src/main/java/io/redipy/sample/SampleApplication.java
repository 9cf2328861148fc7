package io.redipy.sample;

import io.redipy.RedipyClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The sample application. For now it shows the client at work on the memory backend; the
 * seed article's task queue is the sample-app issue's work.
 */
@SpringBootApplication
public class SampleApplication {

	private static final Logger logger = LoggerFactory.getLogger(SampleApplication.class);

	/**
	 * Runs the application.
	 * @param args Spring Boot arguments
	 */
	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(SampleApplication.class, args)));
	}

	@Bean
	ApplicationRunner demo(RedipyClient client) {
		return (args) -> {
			client.rpush("queue", "task-1", "task-2", "task-3");
			String first = client.lpop("queue");
			long left = client.llen("queue");
			logger.info("backend={} popped={} remaining={}", client.backend(), first, left);
		};
	}

}
