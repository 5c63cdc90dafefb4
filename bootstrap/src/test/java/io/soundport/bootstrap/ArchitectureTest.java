package io.soundport.bootstrap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module rules of DESIGN.md, checked on the compiled classes of every module. */
class ArchitectureTest {
    private static JavaClasses soundport;

    @BeforeAll
    static void importClasses() {
        soundport = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.soundport");
    }

    @Test
    void the_domain_imports_nothing_but_the_jdk() {
        classes().that().resideInAPackage("io.soundport.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.soundport.domain..")
                .check(soundport);
    }

    @Test
    void the_application_imports_nothing_but_the_jdk_and_the_domain() {
        // JDK packages only: javax.crypto for signatures
        classes().that().resideInAPackage("io.soundport.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", "io.soundport.domain..", "io.soundport.application..")
                .check(soundport);
    }

    @Test
    void the_core_knows_no_wire_format() {
        // XML is a partner's format: building DDEX ERN is the adapters-ddex module's business, behind ReleasePackager
        noClasses().that().resideInAnyPackage("io.soundport.domain..", "io.soundport.application..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.xml..", "org.w3c.dom..")
                .check(soundport);
    }

    @Test
    void adapters_never_import_each_other() {
        slices().matching("io.soundport.adapters.(*)..").should().notDependOnEachOther().check(soundport);
    }

    @Test
    void adapters_never_reach_the_application_except_the_rest_adapter() {
        noClasses().that().resideInAPackage("io.soundport.adapters..")
                .and().resideOutsideOfPackage("io.soundport.adapters.rest..")
                .should().dependOnClassesThat().resideInAPackage("io.soundport.application..")
                .check(soundport);
    }

    @Test
    void the_rest_adapter_reaches_the_core_only_through_the_application() {
        DescribedPredicate<JavaClass> outboundPorts = new DescribedPredicate<>("outbound ports of the domain") {
            @Override
            public boolean test(JavaClass javaClass) {
                return javaClass.getPackageName().startsWith("io.soundport.domain") && javaClass.isInterface();
            }
        };
        noClasses().that().resideInAPackage("io.soundport.adapters.rest..")
                .should().dependOnClassesThat(outboundPorts)
                .check(soundport);
    }

    @Test
    void only_bootstrap_and_the_rest_adapter_know_micronaut() {
        noClasses().that().resideInAPackage("io.soundport..")
                .and().resideOutsideOfPackages("io.soundport.bootstrap..", "io.soundport.adapters.rest..")
                .should().dependOnClassesThat().resideInAPackage("io.micronaut..")
                .check(soundport);
    }

    @Test
    void nothing_but_bootstrap_depends_on_bootstrap() {
        noClasses().that().resideInAPackage("io.soundport..")
                .and().resideOutsideOfPackage("io.soundport.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("io.soundport.bootstrap..")
                .check(soundport);
    }

    @Test
    void packages_are_free_of_cycles() {
        slices().matching("io.soundport.(**)").should().beFreeOfCycles().check(soundport);
    }
}
