package io.soundport.lambda;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The lambda module's place among the modules, which bootstrap's {@code ArchitectureTest} cannot check (this module
 * depends on bootstrap, not the other way; and no module can depend on this one without a cycle Maven refuses): a
 * second composition root beside bootstrap, that wires nothing of its own.
 */
class LambdaArchitectureTest {
    private static JavaClasses lambda;

    @BeforeAll
    static void importClasses() {
        lambda = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.soundport.lambda");
    }

    @Test
    void the_handlers_use_the_servers_wiring_and_the_application_never_an_adapter() {
        // the adapters are bootstrap's to pick: a handler takes what the context made from bootstrap's factories
        classes().that().resideInAPackage("io.soundport.lambda..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.soundport.lambda..",
                        "io.soundport.bootstrap..", "io.soundport.application..", "io.micronaut..",
                        "com.amazonaws.services.lambda.runtime..", "org.slf4j..")
                .check(lambda);
    }
}
