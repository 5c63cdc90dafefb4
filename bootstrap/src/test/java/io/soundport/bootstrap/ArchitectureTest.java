package io.soundport.bootstrap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.http.annotation.Controller;
import io.soundport.domain.identity.Caller;
import io.soundport.domain.publishing.EventCatalog;
import io.soundport.domain.shared.event.DomainEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
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
    void the_core_speaks_no_http() {
        // statuses, HTTP clients and header vocabulary belong to the adapters; the core names business outcomes.
        // "HTTP" in capitals stays allowed: a partner reached over an HTTP API is a business fact (Protocol.HTTP).
        String core = "io.soundport.domain..";
        String application = "io.soundport.application..";
        String httpName = "(?:http|.*Http).*";
        noClasses().that().resideInAnyPackage(core, application)
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
                .orShould().haveSimpleNameContaining("Http")
                .check(soundport);
        noFields().that().areDeclaredInClassesThat().resideInAnyPackage(core, application)
                .should().haveNameMatching(httpName)
                .check(soundport);
        noCodeUnits().that().areDeclaredInClassesThat().resideInAnyPackage(core, application)
                .should().haveNameMatching(httpName)
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
        // and the lambda module, bootstrap's twin for AWS Lambda (its own LambdaArchitectureTest checks it)
        noClasses().that().resideInAPackage("io.soundport..")
                .and().resideOutsideOfPackages("io.soundport.bootstrap..", "io.soundport.adapters.rest..",
                        "io.soundport.lambda..")
                .should().dependOnClassesThat().resideInAPackage("io.micronaut..")
                .check(soundport);
    }

    /**
     * The public classes of adapters-rest besides its controllers, each with the reason it is public. Everything else
     * there (requests, views, filters, handlers, helpers) is package-private: Micronaut builds its beans and
     * introspections in their own package.
     */
    private static final Map<String, String> PUBLIC_IN_REST = Map.ofEntries(
            Map.entry("io.soundport.adapters.rest.SoundportApi",
                    "every controller's path starts at its BASE"),
            Map.entry("io.soundport.adapters.rest.marketing.AmountView",
                    "analytics' overview answers the campaigns' spend in the shape of their budgets"),
            Map.entry("io.soundport.adapters.rest.http.ApiDocs",
                    "controllers of every context name with its annotations what the OpenAPI document says they do"),
            Map.entry("io.soundport.adapters.rest.http.ClientAddresses",
                    "identity's AuthController throttles sign-ins per address"),
            Map.entry("io.soundport.adapters.rest.http.Etags",
                    "controllers of every context read If-Match and write ETag"),
            Map.entry("io.soundport.adapters.rest.http.FieldNames",
                    "workflow's views name fields of the core in the JSON names"),
            Map.entry("io.soundport.adapters.rest.http.IdempotentRequests",
                    "controllers of every context run POSTs under it"),
            Map.entry("io.soundport.adapters.rest.http.ListResponse",
                    "controllers of every context answer lists in it"),
            Map.entry("io.soundport.adapters.rest.http.PathIds",
                    "controllers of every context parse path ids with it"),
            Map.entry("io.soundport.adapters.rest.security.AccessTokens",
                    "identity's AuthController mints access tokens"),
            Map.entry("io.soundport.adapters.rest.security.Callers",
                    "controllers of every context find their caller with it"),
            Map.entry("io.soundport.adapters.rest.http.ErrorStatuses",
                    "integrations' callback page and analytics' WebSocket answer a core error outside the envelope"));

    @Test
    void the_rest_adapter_makes_public_only_its_controllers_and_what_other_packages_use() {
        Set<String> allowed = PUBLIC_IN_REST.keySet();
        classes().that().resideInAPackage("io.soundport.adapters.rest..")
                .and().areNotAnnotatedWith(Controller.class)
                .and(new DescribedPredicate<JavaClass>("are written by us (not generated by Micronaut: $...)") {
                    @Override
                    public boolean test(JavaClass javaClass) {
                        return !javaClass.getName().substring(javaClass.getPackageName().length() + 1).startsWith("$");
                    }
                })
                .should(new ArchCondition<JavaClass>("be package-private unless listed with a reason") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        boolean isPublic = javaClass.getModifiers().contains(JavaModifier.PUBLIC);
                        // a listed class's public members (ApiDocs' annotations) are public for its reason
                        boolean ok = !isPublic || allowed.contains(javaClass.getName())
                                || javaClass.getEnclosingClass().map(c -> allowed.contains(c.getName())).orElse(false);
                        events.add(new SimpleConditionEvent(javaClass, ok, javaClass.getName()
                                + (ok ? " is package-private or listed" : " is public but neither a @Controller nor listed")));
                    }
                })
                .check(soundport);
    }

    @Test
    void nothing_but_bootstrap_depends_on_bootstrap() {
        // the lambda module starts bootstrap's context in its handlers
        noClasses().that().resideInAPackage("io.soundport..")
                .and().resideOutsideOfPackages("io.soundport.bootstrap..", "io.soundport.lambda..")
                .should().dependOnClassesThat().resideInAPackage("io.soundport.bootstrap..")
                .check(soundport);
    }

    @Test
    void packages_are_free_of_cycles() {
        slices().matching("io.soundport.(**)").should().beFreeOfCycles().check(soundport);
    }

    @Test
    void every_domain_event_is_a_record_of_a_sealed_hierarchy_in_the_event_catalog() {
        Set<String> catalogued = EventCatalog.all().stream().map(e -> e.eventClass().getName())
                .collect(Collectors.toSet());
        classes().that().implement(DomainEvent.class).and().areNotInterfaces()
                .should(new ArchCondition<JavaClass>("be records listed in the event catalog") {
                    @Override
                    public void check(JavaClass event, ConditionEvents events) {
                        boolean ok = event.isRecord() && catalogued.contains(event.getName());
                        events.add(new SimpleConditionEvent(event, ok,
                                event.getName() + (ok ? " is" : " is not") + " a catalogued event record"));
                    }
                })
                .check(soundport);
        classes().that().areInterfaces().and().areAssignableTo(DomainEvent.class)
                .and().doNotHaveFullyQualifiedName(DomainEvent.class.getName())
                .should(new ArchCondition<JavaClass>("be sealed") {
                    @Override
                    public void check(JavaClass root, ConditionEvents events) {
                        boolean sealed = root.reflect().isSealed();
                        events.add(new SimpleConditionEvent(root, sealed, root.getName() + (sealed ? " is" : " is not")
                                + " sealed"));
                    }
                })
                .check(soundport);
    }

    /**
     * The bounded contexts of the core and the other contexts each may use, in the domain and the application alike.
     * Packages not named here (shared, shared.event, port, jobs, notifications, persistence, publishing) are the
     * shared kernel and the ports every context may use; a new context adds its line.
     */
    private static final Map<String, Set<String>> ALLOWED_EDGES = Map.of(
            "identity", Set.of(),
            "catalog", Set.of("identity"),
            "distribution", Set.of("identity", "catalog"),
            "workflow", Set.of("identity", "catalog", "distribution"),
            "webhooks", Set.of("identity"),
            "integrations", Set.of("identity", "catalog"),
            "analytics", Set.of("identity", "catalog", "marketing"),
            "marketing", Set.of("identity", "catalog", "integrations"),
            "platform", Set.of("identity"),
            "live", Set.of("identity"));

    @Test
    void contexts_use_only_the_contexts_they_are_allowed_to() {
        classes().that().resideInAnyPackage("io.soundport.domain..", "io.soundport.application..")
                .should(new ArchCondition<JavaClass>("use only the contexts their context may use") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String from = contextOf(origin.getPackageName());
                        if (from == null) {
                            return;
                        }
                        origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                            String to = contextOf(dependency.getTargetClass().getPackageName());
                            if (to != null && !to.equals(from) && !ALLOWED_EDGES.get(from).contains(to)) {
                                events.add(SimpleConditionEvent.violated(dependency, from + " may not use " + to + ": "
                                        + dependency.getDescription()));
                            }
                        });
                    }
                })
                .check(soundport);
    }

    /** The context of a package of the core, or null for the shared kernel and everything else. */
    private static String contextOf(String packageName) {
        for (String layer : new String[]{"io.soundport.domain.", "io.soundport.application."}) {
            if (packageName.startsWith(layer)) {
                String first = packageName.substring(layer.length()).split("\\.")[0];
                return ALLOWED_EDGES.containsKey(first) ? first : null;
            }
        }
        return null;
    }

    @Test
    void no_public_application_method_takes_more_than_three_parameters_besides_the_caller() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("io.soundport.application..")
                .and().arePublic()
                .and().areDeclaredInClassesThat().areNotRecords()
                .should(new ArchCondition<JavaMethod>("take at most three parameters besides the Caller") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        long count = method.getRawParameterTypes().stream()
                                .filter(type -> !type.isEquivalentTo(Caller.class)).count();
                        if (count > 3) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes " + count
                                    + " parameters besides the Caller; give it a command or query record"));
                        }
                    }
                })
                .check(soundport);
    }
}
