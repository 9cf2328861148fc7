package io.redipy.autoconfigure.sliceapp;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * A component that uses Spring Data Redis directly: the redipy slice provides no
 * {@link StringRedisTemplate}, so a context that scanned it could not start.
 */
@Component
public class TemplateCounter {

	private final StringRedisTemplate template;

	/**
	 * Creates the counter.
	 * @param template the template
	 */
	public TemplateCounter(StringRedisTemplate template) {
		this.template = template;
	}

	/**
	 * Counts an event.
	 * @param name the event
	 * @return the count so far
	 */
	public Long count(String name) {
		return this.template.opsForValue().increment(name);
	}

}
