package io.redipy.autoconfigure.spring.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.session.events.AbstractSessionEvent;

/**
 * A servlet application with Spring Session Data Redis, as Boot configures it, that
 * records the session events it receives.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class SessionApplication implements ApplicationListener<AbstractSessionEvent> {

	private final List<AbstractSessionEvent> events = new CopyOnWriteArrayList<>();

	@Override
	public void onApplicationEvent(AbstractSessionEvent event) {
		this.events.add(event);
	}

	/**
	 * Returns the session events received so far.
	 * @return the events
	 */
	public List<AbstractSessionEvent> events() {
		return this.events;
	}

}
