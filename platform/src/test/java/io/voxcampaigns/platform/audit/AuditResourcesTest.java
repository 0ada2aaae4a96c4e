package io.voxcampaigns.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AuditResourcesTest {

    @Test
    void theCollectionAfterV3NamesTheType() {
        assertThat(AuditResources.typeOf("/v3/campaigns/c-1/tasks")).isEqualTo("campaign");
        assertThat(AuditResources.typeOf("/v3/agents/a-1/versions/v2/publish")).isEqualTo("agent");
        assertThat(AuditResources.typeOf("/v3/api-keys/k-1")).isEqualTo("api_key");
        assertThat(AuditResources.typeOf("/v3/organization-telephone-numbers")).isEqualTo("organization_number");
        assertThat(AuditResources.typeOf("/v3/organization-limits")).isEqualTo("organization_limits");
        assertThat(AuditResources.typeOf("/v3/suppressions/import")).isEqualTo("suppression");
        assertThat(AuditResources.typeOf("/v3/nonsense/x")).isEqualTo("nonsense");
        assertThat(AuditResources.typeOf("/v3")).isEqualTo("unknown");
    }

    @Test
    void theIdIsTheSegmentAfterTheCollectionWhenRoutingBoundIt() {
        assertThat(AuditResources.idOf("/v3/campaigns/c-1/tasks/t-9/callback", List.of("c-1", "t-9")))
                .isEqualTo("c-1");
        assertThat(AuditResources.idOf("/v3/suppressions/import", List.of())).isNull();
        assertThat(AuditResources.idOf("/v3/suppressions/01012345678", List.of("01012345678")))
                .isEqualTo("01012345678");
        assertThat(AuditResources.idOf("/v3/campaigns/c-1", List.of())).as("refused before routing").isNull();
        assertThat(AuditResources.idOf("/v3/campaigns", List.of())).isNull();
    }
}
