package io.redipy.autoconfigure.sliceapp;

import io.redipy.RedipyClient;

import org.springframework.stereotype.Service;

/**
 * Counts visits with redipy: the component a slice test imports.
 */
@Service
public class VisitService {

	private final RedipyClient client;

	/**
	 * Creates the service.
	 * @param client the client
	 */
	public VisitService(RedipyClient client) {
		this.client = client;
	}

	/**
	 * Counts a visit.
	 * @param page the page visited
	 * @return the visits so far
	 */
	public long visit(String page) {
		return this.client.incr("visits:" + page);
	}

}
