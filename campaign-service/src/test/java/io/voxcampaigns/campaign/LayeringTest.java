package io.voxcampaigns.campaign;

import static com.tngtech.archunit.base.DescribedPredicate.and;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.enterprise.context.ApplicationScoped;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.voxcampaigns.platform.error.ApiException;

/**
 * The structure of campaign-service: resources (api) call services, services use the domain, persistence, the
 * agent-service client and the event builders; Kafka consumers (messaging) hand their records to services. The
 * domain is plain Java: no framework, no Avro, no JSON binding. No two packages depend on each other.
 */
@AnalyzeClasses(packages = "io.voxcampaigns.campaign", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String ROOT = "io.voxcampaigns.campaign.";

    /** What the domain must not touch: frameworks, the wire formats and the platform's HTTP and Kafka helpers. */
    static final String[] FRAMEWORKS = {
        "io.quarkus..", "io.smallrye..", "io.vertx..", "io.netty..", "jakarta..", "javax..", "org.hibernate..",
        "org.eclipse.microprofile..", "org.jboss..", "com.fasterxml..", "org.apache.kafka..", "org.apache.avro..",
        "io.voxcampaigns.events..", "io.voxcampaigns.platform.error..", "io.voxcampaigns.platform.messaging..",
        "io.voxcampaigns.platform.outbox..", "io.voxcampaigns.platform.auth..", "io.voxcampaigns.platform.paging.."
    };

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Api").definedBy(ROOT + "api..")
            .layer("Messaging").definedBy(ROOT + "messaging..")
            .layer("Service").definedBy(ROOT + "service..")
            .layer("Client").definedBy(ROOT + "client..")
            .layer("Events").definedBy(ROOT + "events..")
            .layer("Config").definedBy(ROOT + "config..")
            .layer("Persistence").definedBy(ROOT + "persistence..")
            .layer("Domain").definedBy(ROOT + "domain..")
            .whereLayer("Api").mayNotBeAccessedByAnyLayer()
            .whereLayer("Messaging").mayNotBeAccessedByAnyLayer()
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Api", "Messaging")
            .whereLayer("Client").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Events").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Config").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Api", "Service", "Events")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Api", "Service", "Events", "Persistence");

    /** Resources map rows to responses, but reading and writing them is a service's job. */
    @ArchTest
    static final ArchRule resourcesUseNoRepositories = noClasses().that().resideInAPackage(ROOT + "api..")
            .should().dependOnClassesThat(and(resideInAPackage(ROOT + "persistence.."),
                    annotatedWith(ApplicationScoped.class)))
            .because("a resource only maps HTTP; repositories and writers are used by services");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage(ROOT + "domain..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("the rules in domain are plain Java, testable without a framework");

    @ArchTest
    static final ArchRule repositoriesThrowNoHttpErrors = noClasses().that().resideInAPackage(ROOT + "persistence..")
            .should().dependOnClassesThat().areAssignableTo(ApiException.class)
            .orShould().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
            .because("a repository answers null or empty; the service decides what that means over HTTP");

    @ArchTest
    static final ArchRule noCycles = slices().matching(ROOT + "(*)..").should().beFreeOfCycles();
}
