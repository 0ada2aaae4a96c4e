package io.voxcampaigns.agent.messaging;

import static io.voxcampaigns.agent.support.AgentApi.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.agent.support.AgentApi;
import io.voxcampaigns.agent.support.AgentEventLog;
import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.agent.AgentDeleted;
import io.voxcampaigns.events.agent.AgentUpdated;
import io.voxcampaigns.events.agent.AgentVersionPublished;
import io.voxcampaigns.events.common.AgentSnapshot;
import io.voxcampaigns.events.common.AgentType;
import io.voxcampaigns.events.common.AgentVersionInfo;
import io.voxcampaigns.events.common.CallSettings;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Every change of an agent is published on agent.events, in order and keyed by agent id, with the complete
 * snapshot: current call settings, every version's call settings and the production label.
 */
@QuarkusTest
@RealInfra(database = "agents")
class AgentEventsTest {

    private static final String ORG = UUID.randomUUID().toString();

    @Test
    void lifecycleIsPublishedInOrderWithCompleteSnapshots() {
        String id = AgentApi.create(ORG, AgentApi.resource("examples/flow-agent.json"));
        patchRing(id, 50);
        AgentApi.snapshot(ORG, id);
        patchRing(id, 60);
        as(ORG).when().post("/v3/agents/" + id + "/versions/v1/publish").then().statusCode(200);
        as(ORG).when().delete("/v3/agents/" + id).then().statusCode(204);

        List<SpecificRecord> events = AgentEventLog.read(id, 6);
        assertThat(events).hasSize(6);
        assertThat(events.stream().map(e -> e.getClass().getSimpleName()).toList()).containsExactly(
                "AgentCreated", "AgentUpdated", "AgentUpdated", "AgentUpdated", "AgentVersionPublished", "AgentDeleted");

        AgentCreated created = (AgentCreated) events.get(0);
        assertThat(created.getOrganizationId()).isEqualTo(ORG);
        assertThat(created.getAgentId()).isEqualTo(id);
        AgentSnapshot first = created.getAgent();
        assertThat(first.getType()).isEqualTo(AgentType.flow);
        assertThat(first.getName()).isEqualTo("Delivery survey");
        assertThat(first.getCurrentCallSettings()).isEqualTo(new CallSettings(40, 600));
        assertThat(first.getProductionVersion()).isNull();
        assertThat(first.getVersions()).isEmpty();
        assertThat(first.getCreatedAt()).isEqualTo(first.getUpdatedAt());

        assertThat(((AgentUpdated) events.get(1)).getAgent().getCurrentCallSettings().getRingDurationSeconds())
                .isEqualTo(50);
        List<AgentVersionInfo> afterSnapshot = ((AgentUpdated) events.get(2)).getAgent().getVersions();
        assertThat(afterSnapshot).extracting(AgentVersionInfo::getLabel).containsExactly("v1");
        assertThat(afterSnapshot.get(0).getCallSettings()).isEqualTo(new CallSettings(50, 600));

        AgentSnapshot edited = ((AgentUpdated) events.get(3)).getAgent();
        assertThat(edited.getCurrentCallSettings()).isEqualTo(new CallSettings(60, 600));
        assertThat(edited.getVersions().get(0).getCallSettings()).isEqualTo(new CallSettings(50, 600));
        assertThat(edited.getUpdatedAt()).isAfter(first.getUpdatedAt());
        assertThat(edited.getCreatedAt()).isEqualTo(first.getCreatedAt());

        AgentVersionPublished published = (AgentVersionPublished) events.get(4);
        assertThat(published.getVersion()).isEqualTo("v1");
        assertThat(published.getPreviousVersion()).isNull();
        assertThat(published.getAgent().getProductionVersion()).isEqualTo("v1");

        AgentDeleted deleted = (AgentDeleted) events.get(5);
        assertThat(deleted.getAgent().getProductionVersion()).isEqualTo("v1");
        assertThat(deleted.getAgent().getCurrentCallSettings()).isEqualTo(new CallSettings(60, 600));
    }

    @Test
    void rejectedChangePublishesNothing() {
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        as(ORG).body("{\"data\": {\"callSettings\": {\"ringDurationInSeconds\": -1}}}")
                .when().patch("/v3/agents/" + id).then().statusCode(400);
        as(ORG).body("{\"name\": \"accepted\"}").when().patch("/v3/agents/" + id).then().statusCode(200);

        List<SpecificRecord> events = AgentEventLog.read(id, 2);
        assertThat(events).hasSize(2);
        assertThat(((AgentUpdated) events.get(1)).getAgent().getName()).isEqualTo("accepted");
    }

    @Test
    void concurrentChangesOfOneAgentArePublishedInCommitOrder() throws Exception {
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> patches = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int seconds = 10 + i;
                patches.add(pool.submit(() -> patchRing(id, seconds)));
            }
            for (Future<?> patch : patches) {
                patch.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        int finalRing = as(ORG).when().get("/v3/agents/" + id).then().statusCode(200)
                .extract().path("data.callSettings.ringDurationInSeconds");

        List<SpecificRecord> events = AgentEventLog.read(id, 9);
        List<AgentSnapshot> updates = events.subList(1, 9).stream().map(e -> ((AgentUpdated) e).getAgent()).toList();
        for (int i = 1; i < updates.size(); i++) {
            assertThat(updates.get(i).getUpdatedAt()).isAfter(updates.get(i - 1).getUpdatedAt());
        }
        assertThat(updates.get(updates.size() - 1).getCurrentCallSettings().getRingDurationSeconds())
                .isEqualTo(finalRing);
        assertThat(updates.stream().map(u -> u.getCurrentCallSettings().getRingDurationSeconds()).distinct())
                .hasSize(8);
    }

    private static void patchRing(String id, int seconds) {
        as(ORG).body("{\"data\": {\"callSettings\": {\"ringDurationInSeconds\": " + seconds + "}}}")
                .when().patch("/v3/agents/" + id).then().statusCode(200);
    }
}
