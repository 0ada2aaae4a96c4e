package io.voxcampaigns.testing.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

class RealInfraTest {

    @Test
    void registersOneSharedInfrastructureForTheWholeTestJvm() {
        WithTestResource resource = RealInfra.class.getAnnotation(WithTestResource.class);

        assertThat(resource.value()).isEqualTo(InfraTestResource.class);
        // GLOBAL: test classes with the same database share one Quarkus start; the servers are shared regardless
        assertThat(resource.scope()).isEqualTo(TestResourceScope.GLOBAL);
        assertThat(RealInfra.class.getAnnotation(Tag.class).value()).isEqualTo(RealInfra.TAG);
    }

    @Test
    void passesTheDatabaseToTheResource() {
        InfraTestResource resource = new InfraTestResource();
        resource.init(Annotated.class.getAnnotation(RealInfra.class));

        assertThat(resource).extracting("database").isEqualTo("fixture_check");
    }

    @RealInfra(database = "fixture_check")
    private static final class Annotated {
    }
}
