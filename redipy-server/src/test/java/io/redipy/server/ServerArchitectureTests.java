package io.redipy.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The transport knows the engine contract ({@code io.redipy.command}) and nothing else of
 * redipy: no backend, no client API, no Spring, and no network library but the JDK's (no
 * Netty), so any engine can be carried and a server starts fast. Only the standalone
 * server's entry point names the engine it carries (the memory store).
 */
class ServerArchitectureTests {

	@Test
	void serverDependsOnlyOnTheCommandContractAndTheJdk() {
		JavaClasses server = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.redipy.server");
		classes().that()
			.doNotHaveSimpleName("StandaloneServer")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("io.redipy.server..", "io.redipy.command..", "org.slf4j..", "org.jspecify..", "java..")
			.check(server);
		classes().that()
			.haveSimpleName("StandaloneServer")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("io.redipy.server..", "io.redipy.command..", "org.jspecify..", "java..")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("io.redipy.memory.MemoryStore")
			.check(server);
	}

}
