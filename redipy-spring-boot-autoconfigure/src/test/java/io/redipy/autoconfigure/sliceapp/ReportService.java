package io.redipy.autoconfigure.sliceapp;

import org.springframework.stereotype.Service;

/**
 * A second service with no dependencies, for the slice's include and exclude filters.
 */
@Service
public class ReportService {

	/**
	 * Names the report.
	 * @return the name
	 */
	public String name() {
		return "daily";
	}

}
