package io.voxcampaigns.dispatcher.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.dispatcher.support.AgentFeed;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignDispatchFailed;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.CampaignFailureReason;
import io.voxcampaigns.testing.support.RealInfra;

/** Deleting the campaign's agent cancels its queued tasks, then publishes the dispatch failure after them. */
@QuarkusTest
@RealInfra(database = "dispatcher")
class AgentDeletedTest {

    private static final Duration WAIT = Duration.ofMinutes(1);
    private static final int TASKS = 1200;

    @Inject
    Pool pool;

    @Test
    void deletedAgentCancelsTheRestAndFailsTheCampaign() {
        CallEventsLog.start();
        AgentFeed agent = new AgentFeed(UUID.randomUUID().toString());
        CampaignFeed.send(agent.created(30, 900));
        CampaignFeed campaign = new CampaignFeed(agent.organizationId(), agent.id()).concurrency(2).tasks(TASKS)
                .publish();
        UUID id = campaign.id();
        DispatchDb db = new DispatchDb(pool);
        await().atMost(WAIT).until(() -> db.placedCalls(id) >= 6);

        CampaignFeed.send(agent.deleted());
        await().atMost(WAIT).until(() -> db.terminalTasks(id) == TASKS);
        assertThat(db.campaign(id).getString("status")).isEqualTo("fail");
        assertThat(db.campaign(id).getString("failure_reason")).isEqualTo("agent_deleted");

        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(id, CampaignDispatchFailed.class))
                .singleElement().satisfies(failed ->
                        assertThat(failed.getReason()).isEqualTo(CampaignFailureReason.agent_deleted)));
        long placed = db.placedCalls(id);
        long canceled = db.calls(id, "canceled");
        assertThat(placed + canceled).isEqualTo(TASKS);
        assertThat(canceled).isGreaterThan(TASKS / 2);
        List<SpecificRecord> events = CallEventsLog.of(id);
        int failure = events.indexOf(CallEventsLog.of(id, CampaignDispatchFailed.class).get(0));
        List<CallEnded> canceledEnds = CallEventsLog.of(id, CallEnded.class).stream()
                .filter(ended -> ended.getStatus() == CallStatus.canceled).toList();
        assertThat(canceledEnds).hasSize((int) canceled)
                .allSatisfy(ended -> assertThat(events.indexOf(ended)).isLessThan(failure));
        assertThat(CallEventsLog.of(id, CallStarted.class))
                .allSatisfy(started -> assertThat(events.indexOf(started)).isLessThan(failure));
    }
}
