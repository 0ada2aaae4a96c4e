package io.voxcampaigns.agent;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.voxcampaigns.platform.error.ValidationErrors;

/**
 * The structure of agent-service, checked on its main classes: {@code api} (HTTP only) -> {@code service} (use cases,
 * transactions, events) -> {@code domain} (pure rules) and {@code persistence}; {@code messaging} serves the services.
 */
@AnalyzeClasses(packages = "io.voxcampaigns.agent", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    private static final String API = "io.voxcampaigns.agent.api..";
    private static final String SERVICE = "io.voxcampaigns.agent.service..";
    private static final String DOMAIN = "io.voxcampaigns.agent.domain..";
    private static final String PERSISTENCE = "io.voxcampaigns.agent.persistence..";
    private static final String MESSAGING = "io.voxcampaigns.agent.messaging..";

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("api").definedBy(API)
            .layer("service").definedBy(SERVICE)
            .layer("messaging").definedBy(MESSAGING)
            .layer("persistence").definedBy(PERSISTENCE)
            .layer("domain").definedBy(DOMAIN)
            .whereLayer("api").mayNotBeAccessedByAnyLayer()
            .whereLayer("service").mayOnlyBeAccessedByLayers("api")
            .whereLayer("messaging").mayOnlyBeAccessedByLayers("service")
            // api maps entities to its responses; it reaches no repository (next rule)
            .whereLayer("persistence").mayOnlyBeAccessedByLayers("api", "service", "messaging")
            .whereLayer("domain").mayOnlyBeAccessedByLayers("api", "service", "messaging", "persistence");

    @ArchTest
    static final ArchRule resourcesReachNoRepository = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat(assignableTo(PanacheRepositoryBase.class))
            .because("resources call a service, which decides what to read and write");

    @ArchTest
    static final ArchRule transactionsLiveInServices = noMethods()
            .that().areDeclaredInClassesThat().resideOutsideOfPackage(SERVICE)
            .should().beAnnotatedWith(WithTransaction.class).orShould().beAnnotatedWith(WithSession.class)
            .because("a use case is the unit of work; resources only map HTTP");

    @ArchTest
    static final ArchRule repositoriesRaiseNoHttpErrors = noClasses().that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage("io.voxcampaigns.platform.error..")
            .because("a repository answers null or empty; the service decides whether that is a 404");

    /**
     * The domain may use only the JDK, Jackson (its records are the JSON documents {@code data} and {@code flow_data},
     * and the merge of a partial {@code data} works on the JSON tree) and {@link ValidationErrors}, the plain collector
     * its validators report each invalid field into. Nothing else: no Quarkus, SmallRye/Mutiny, Vert.x, Jakarta (CDI,
     * JAX-RS, Persistence), Hibernate, MicroProfile, Kafka, Avro, event records or other platform class.
     */
    @ArchTest
    static final ArchRule domainUsesNoFramework = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat(not(resideInAnyPackage("java..", "com.fasterxml.jackson..", DOMAIN))
                    .and(not(type(ValidationErrors.class))));

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.voxcampaigns.agent.(**)").should().beFreeOfCycles();
}
