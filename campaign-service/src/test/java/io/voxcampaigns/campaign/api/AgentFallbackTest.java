package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Read-model lag never rejects a valid request: what the agent read model does not know yet is asked of
 * agent-service (here the in-application stand-in, {@link FakeAgentService}) with the caller's key.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class AgentFallbackTest {

    @Inject
    Pool pool;

    @Test
    void anAgentTheReadModelHasNotSeenYetIsAcceptedAndProductionResolved() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String fresh = UUID.randomUUID().toString();
        FakeAgentService.register(fresh, fixtures.key, List.of("v1", "v2", "v3"), "v3");
        Map<String, Object> body = fixtures.body(1);
        CampaignFixtures.agent(body).putAll(Map.of("agent_id", fresh, "agent_version", "production"));

        String id = fixtures.create(body);

        assertThat(fixtures.column(id, "agent_version")).isEqualTo("production");
        assertThat(fixtures.column(id, "resolved_agent_version")).isEqualTo("v3");
    }

    @Test
    void aVersionPublishedAfterTheReadModelLastHeardIsAccepted() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        FakeAgentService.register(fixtures.agentId, fixtures.key, List.of("v1", "v2", "v3"), "v3");
        Map<String, Object> body = fixtures.body(1);
        CampaignFixtures.agent(body).put("agent_version", "v3");
        String pinned = fixtures.create(body);
        assertThat(fixtures.column(pinned, "resolved_agent_version")).isEqualTo("v3");

        String unpublished = UUID.randomUUID().toString();
        fixtures.seedAgent(unpublished, "", null);
        FakeAgentService.register(unpublished, fixtures.key, List.of("v1"), "v1");
        CampaignFixtures.agent(body).putAll(Map.of("agent_id", unpublished, "agent_version", "production"));
        String production = fixtures.create(body);
        assertThat(fixtures.column(production, "resolved_agent_version")).isEqualTo("v1");
    }

    @Test
    void anotherOrganisationsKeyDoesNotSeeTheAgentThroughAgentService() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        CampaignFixtures other = new CampaignFixtures(pool);
        String theirs = UUID.randomUUID().toString();
        FakeAgentService.register(theirs, other.key, List.of("v1"), "v1");
        Map<String, Object> body = fixtures.body(1);
        CampaignFixtures.agent(body).put("agent_id", theirs);

        fixtures.api().body(body).when().post("/v3/campaigns")
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("agent.agent_id"));
        assertThat(fixtures.campaignCount()).isZero();
    }

    @Test
    void agentServiceDownIs503AndNothingIsStored() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String unknown = UUID.randomUUID().toString();
        FakeAgentService.FAILING.add(unknown);
        Map<String, Object> body = fixtures.body(1);
        CampaignFixtures.agent(body).put("agent_id", unknown);
        long outboxBefore = fixtures.outboxCount();

        fixtures.api().body(body).when().post("/v3/campaigns")
                .then().statusCode(503).body("error.code", equalTo("SERVICE_UNAVAILABLE"));
        assertThat(fixtures.campaignCount()).isZero();
        assertThat(fixtures.outboxCount()).isEqualTo(outboxBefore);
    }
}
