package io.redipy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture of redipy-core: dependencies point one way.
 *
 * <p>
 * {@code io.redipy} holds the public vocabulary (client interface, exceptions, options)
 * that the backends use, and the {@link Redipy} facade that creates them: the facade is
 * the one class of that package allowed to know the backends (with {@link MemoryOptions},
 * which may name a store to share).
 */
class ArchitectureTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.redipy");
	}

	@Test
	void backendsNeverImportEachOther() {
		noClasses().that()
			.resideInAPackage("io.redipy.memory..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.redipy.redis..")
			.check(classes);
		noClasses().that()
			.resideInAPackage("io.redipy.redis..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.redipy.memory..")
			.check(classes);
	}

	@Test
	void apiKnowsNoBackendAndNoDriver() {
		noClasses().that()
			.resideInAPackage("io.redipy.api..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.redipy.memory..", "io.redipy.redis..", "org.springframework..", "io.lettuce..")
			.check(classes);
	}

	@Test
	void scriptsKnowNeitherBackend() {
		noClasses().that()
			.resideInAPackage("io.redipy.script..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.redipy.memory..", "io.redipy.redis..")
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void theCodecViewKnowsNeitherBackend() {
		// one implementation of TypedCommands for every backend
		noClasses().that()
			.resideInAPackage("io.redipy.codec..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.redipy.memory..", "io.redipy.redis..")
			.check(classes);
	}

	@Test
	void theCacheKnowsNeitherBackend() {
		noClasses().that()
			.resideInAPackage("io.redipy.cache..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.redipy.memory..", "io.redipy.redis..")
			.check(classes);
	}

	@Test
	void onlyTheRedisBackendAndTheFacadeUseSpringOrLettuce() {
		noClasses().that()
			.resideOutsideOfPackage("io.redipy.redis..")
			.and()
			.doNotHaveFullyQualifiedName(Redipy.class.getName())
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "io.lettuce..")
			.check(classes);
	}

	@Test
	void onlyTheFacadeOfTheRootPackageKnowsTheBackends() {
		// MemoryOptions may name a MemoryStore to share; nothing else in the root package
		// knows a backend
		noClasses().that()
			.resideInAPackage("io.redipy")
			.and()
			.doNotHaveFullyQualifiedName(Redipy.class.getName())
			.and()
			.doNotHaveFullyQualifiedName(MemoryOptions.class.getName())
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("io.redipy.memory..", "io.redipy.redis..")
			.check(classes);
	}

	@Test
	void subpackagesHaveNoCycles() {
		slices().matching("io.redipy.(*)..").should().beFreeOfCycles().check(classes);
	}

}
