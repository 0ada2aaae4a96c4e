package io.voxcampaigns.dispatcher;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.lang.annotation.Annotation;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Singleton;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;

/**
 * The dispatcher's layers: resources ({@code api}) map HTTP and call a {@code service}, which owns sessions and
 * lookups and drives the {@code engine}; consumers ({@code messaging}) apply events inside the platform's
 * idempotent-consumer transaction and wake the engine; {@code engine} uses {@code placement}, {@code persistence}
 * and {@code domain}; {@code persistence} knows only {@code domain}; {@code domain} is plain Java.
 */
@AnalyzeClasses(packages = "io.voxcampaigns.dispatcher", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String API = "..dispatcher.api..";
    private static final String SERVICE = "..dispatcher.service..";
    private static final String MESSAGING = "..dispatcher.messaging..";
    private static final String ENGINE = "..dispatcher.engine..";
    private static final String PLACEMENT = "..dispatcher.placement..";
    private static final String PERSISTENCE = "..dispatcher.persistence..";
    private static final String DOMAIN = "..dispatcher.domain..";

    /** What {@code domain} must not depend on: the application framework, the wire formats and the logging. */
    private static final String[] FRAMEWORK = {"io.quarkus..", "io.smallrye..", "io.vertx..", "io.micrometer..",
        "io.opentelemetry..", "jakarta..", "javax..", "org.hibernate..", "org.eclipse.microprofile..",
        "com.fasterxml.jackson..", "org.apache.kafka..", "org.apache.avro..", "org.jboss.."};

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("api").definedBy(API)
            .layer("service").definedBy(SERVICE)
            .layer("messaging").definedBy(MESSAGING)
            .layer("engine").definedBy(ENGINE)
            .layer("placement").definedBy(PLACEMENT)
            .layer("persistence").definedBy(PERSISTENCE)
            .layer("domain").definedBy(DOMAIN)
            .whereLayer("api").mayNotBeAccessedByAnyLayer()
            .whereLayer("messaging").mayNotBeAccessedByAnyLayer()
            .whereLayer("service").mayOnlyBeAccessedByLayers("api")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("service", "messaging")
            .whereLayer("placement").mayOnlyBeAccessedByLayers("api", "service", "engine")
            .whereLayer("persistence").mayOnlyBeAccessedByLayers("api", "service", "messaging", "engine", "placement");

    @ArchTest
    static final ArchRule resourcesUseServices = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat(are(beans()).and(resideInAnyPackage(ENGINE, PLACEMENT, PERSISTENCE)))
            .orShould().callMethodWhere(panacheQuery())
            .because("a resource maps HTTP and calls a service; repositories and the engine are the service's");

    @ArchTest
    static final ArchRule sessionsAndTransactionsInServices = noMethods().that().areDeclaredInClassesThat()
            .resideOutsideOfPackage(SERVICE)
            .should().beAnnotatedWith(WithSession.class).orShould().beAnnotatedWith(WithTransaction.class)
            .because("a use case's session or transaction is opened by its service (consumers: by the platform)");

    @ArchTest
    static final ArchRule noSessionsOnClassesOutsideServices = noClasses().that().resideOutsideOfPackage(SERVICE)
            .should().beAnnotatedWith(WithSession.class).orShould().beAnnotatedWith(WithTransaction.class);

    @ArchTest
    static final ArchRule persistenceAndDomainStayBelow = noClasses().that().resideInAnyPackage(PERSISTENCE, DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(API, SERVICE, MESSAGING, ENGINE, PLACEMENT);

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK)
            .orShould().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, "..dispatcher.config..")
            .because("the rules are unit-tested without Quarkus, a database or a broker");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.voxcampaigns.dispatcher.(*)..")
            .should().beFreeOfCycles();

    private static final List<Class<? extends Annotation>> SCOPES = List.of(ApplicationScoped.class,
            Singleton.class, RequestScoped.class, Dependent.class);

    private static DescribedPredicate<JavaClass> beans() {
        return DescribedPredicate.describe("beans", type -> SCOPES.stream().anyMatch(type::isAnnotatedWith));
    }

    private static DescribedPredicate<JavaAccess<?>> panacheQuery() {
        return DescribedPredicate.describe("its target is a Panache entity (an active-record query)",
                call -> call.getTargetOwner().isAssignableTo(PanacheEntityBase.class));
    }
}
