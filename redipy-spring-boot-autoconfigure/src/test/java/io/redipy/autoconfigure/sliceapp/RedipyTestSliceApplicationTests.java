package io.redipy.autoconfigure.sliceapp;

import io.redipy.RedipyClient;
import io.redipy.autoconfigure.test.RedipyTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Service;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RedipyTest} inside an application whose component scan finds a bean the slice
 * cannot start: the slice keeps the scan out, as Boot's own slices do, and has their
 * {@code properties}, {@code includeFilters} and {@code excludeFilters}.
 */
class RedipyTestSliceApplicationTests {

	@Nested
	@RedipyTest
	@Import(VisitService.class)
	class ImportedComponentOnly {

		@Autowired
		private ApplicationContext context;

		@Autowired
		private VisitService visits;

		@Test
		void startsWithTheImportedServiceAndWithoutTheScannedComponents() {
			assertThat(this.visits.visit("home")).isEqualTo(1);
			assertThat(this.visits.visit("home")).isEqualTo(2);
			assertThat(this.context.getBeanNamesForType(TemplateCounter.class)).isEmpty();
			assertThat(this.context.getBeanNamesForType(ReportService.class)).isEmpty();
			assertThat(this.context.getBean(RedipyClient.class).backend()).isEqualTo("memory");
		}

	}

	@Nested
	@RedipyTest(properties = "redipy.key-prefix=slice:")
	@Import(VisitService.class)
	class WithProperties {

		@Autowired
		private RedipyClient client;

		@Autowired
		private VisitService visits;

		@Test
		void propertiesApply() {
			this.visits.visit("home");
			assertThat(this.client.keyPrefix()).isEqualTo("slice:");
			assertThat(this.client.get("visits:home")).isEqualTo("1");
		}

	}

	@Nested
	@RedipyTest(includeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ReportService.class))
	class WithIncludeFilter {

		@Autowired
		private ApplicationContext context;

		@Test
		void includedComponentIsScannedAndNothingElse() {
			assertThat(this.context.getBean(ReportService.class).name()).isEqualTo("daily");
			assertThat(this.context.getBeanNamesForType(VisitService.class)).isEmpty();
			assertThat(this.context.getBeanNamesForType(TemplateCounter.class)).isEmpty();
		}

	}

	@Nested
	@RedipyTest(includeFilters = @Filter(Service.class),
			excludeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = ReportService.class))
	class WithIncludeAndExcludeFilters {

		@Autowired
		private ApplicationContext context;

		@Test
		void excludedComponentStaysOutOfWhatIsIncluded() {
			assertThat(this.context.getBean(VisitService.class).visit("home")).isEqualTo(1);
			assertThat(this.context.getBeanNamesForType(ReportService.class)).isEmpty();
			assertThat(this.context.getBeanNamesForType(TemplateCounter.class)).isEmpty();
		}

	}

}
