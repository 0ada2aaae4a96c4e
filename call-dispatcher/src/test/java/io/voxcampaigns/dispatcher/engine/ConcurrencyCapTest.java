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
import io.voxcampaigns.dispatcher.placement.PlacementLog;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignDispatchStarted;
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.testing.support.RealInfra;

/** The cap holds for a whole campaign fed through Kafka, and every task ends exactly once. */
@QuarkusTest
@RealInfra(database = "dispatcher")
class ConcurrencyCapTest {

    private static final Duration WAIT = Duration.ofMinutes(2);

    @Inject
    Pool pool;

    @Inject
    PlacementLog placements;

    @Test
    void fiveHundredTasksWithConcurrencySevenNeverExceedSevenAndAllEnd() {
        CallEventsLog.start();
        CampaignFeed campaign = CampaignFeed.anyCampaign().concurrency(7).tasks(500);
        UUID id = campaign.id();
        // Tasks before settings, as when campaign.events lags behind campaign.tasks.
        campaign.batches().forEach(CampaignFeed::send);
        CampaignFeed.send(campaign.created());
        DispatchDb db = new DispatchDb(pool);

        await().atMost(WAIT).until(() -> db.terminalTasks(id) == 500);

        assertThat(placements.maxOverlap(id)).as("most calls in progress at once").isEqualTo(7);
        assertThat(placements.duplicateAttempts()).isEmpty();
        assertThat(db.calls(id)).isEqualTo(500);
        assertThat(db.attemptsInProgress(id)).isZero();
        await().atMost(WAIT).untilAsserted(() -> assertThat(db.campaign(id).getValue("drained_at")).isNotNull());
        assertThat(db.campaign(id).getInteger("in_progress")).isZero();

        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(id, CampaignDrained.class)).hasSize(1));
        List<SpecificRecord> events = CallEventsLog.of(id);
        List<CallStarted> started = CallEventsLog.of(id, CallStarted.class);
        List<CallEnded> ended = CallEventsLog.of(id, CallEnded.class);
        assertThat(started).hasSize(500);
        assertThat(ended).hasSize(500);
        assertThat(started.stream().map(CallStarted::getAttemptId).distinct()).hasSize(500);
        assertThat(started).allSatisfy(call -> assertThat(placements.placed(UUID.fromString(call.getAttemptId())))
                .isTrue());
        assertThat(ended.stream().map(CallEnded::getAttemptId).toList())
                .containsExactlyInAnyOrderElementsOf(started.stream().map(CallStarted::getAttemptId).toList());
        assertThat(events.get(0)).isInstanceOf(CampaignDispatchStarted.class);
        assertThat(CallEventsLog.of(id, CampaignDispatchStarted.class)).hasSize(1);
        assertThat(events.get(events.size() - 1)).isInstanceOf(CampaignDrained.class);
    }
}
