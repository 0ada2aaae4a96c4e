package io.voxcampaigns.dispatcher.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.events.campaign.CampaignPaused;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.testing.support.RealInfra;

/** A user pause stops new starts once consumed (calls in progress finish); a resume starts the rest. */
@QuarkusTest
@RealInfra(database = "dispatcher")
class PauseResumeTest {

    private static final Duration WAIT = Duration.ofMinutes(1);
    private static final String CONSUMER = "call-dispatcher.campaign-events";

    @Inject
    Pool pool;

    @Test
    void pauseStopsNewStartsAndResumeStartsTheRest() {
        CallEventsLog.start();
        CampaignFeed campaign = CampaignFeed.anyCampaign().concurrency(3).tasks(600).publish();
        UUID id = campaign.id();
        DispatchDb db = new DispatchDb(pool);
        await().atMost(WAIT).until(() -> db.placedCalls(id) >= 15);

        CampaignPaused pause = campaign.userPaused();
        CampaignFeed.send(pause);
        await().atMost(WAIT).until(() -> db.processedAt(CONSUMER, pause.getEventId()) != null);
        // requests that left before the pause may still be answered (placed) after it; no new one leaves
        long sentAtPause = db.sentCalls(id);

        await().atMost(WAIT).until(() -> db.campaign(id).getInteger("in_progress") == 0);
        long placedAtPause = db.placedCalls(id);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> db.sentCalls(id) == sentAtPause && db.placedCalls(id) == placedAtPause);
        assertThat(db.attemptsInProgress(id)).as("calls in progress at the pause finished").isZero();
        assertThat(db.tasks(id, "queued")).isEqualTo(600 - placedAtPause);
        assertThat(db.campaign(id).getString("status")).isEqualTo("paused");
        assertThat(db.campaign(id).getString("paused_by")).isEqualTo("user");

        CampaignFeed.send(campaign.resumed(CampaignStatus.ongoing));
        await().atMost(WAIT).until(() -> db.terminalTasks(id) == 600);
        assertThat(db.placedCalls(id)).isEqualTo(600);
        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(id, CampaignDrained.class)).hasSize(1));
        assertThat(CallEventsLog.of(id, CallStarted.class)).hasSize(600);
    }
}
