package io.voxcampaigns.dispatcher.placement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.CALLS;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.WAIT;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CampaignRuntimeAvailable;
import io.voxcampaigns.events.call.CampaignRuntimeUnavailable;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * A runtime that refuses (503) or does not answer in time never ends a task: the same attempt is re-sent with the
 * same idempotency key, its slot held; refusing for longer than the limit pauses the campaign (system, voice
 * runtime) until the runtime takes a call again; a pause gives claims the runtime never took back to the queue.
 */
@QuarkusTest
@TestProfile(VoxRuntimeStub.class)
@RealInfra(database = "dispatcher")
class VoxRefusalsTest {

    @Inject
    Pool pool;

    private final WireMock runtime = VoxRuntimeStub.client();
    private VoxCalls calls;
    private DispatchDb db;

    @BeforeEach
    void stubRuntime() {
        calls = new VoxCalls(pool, runtime);
        db = new DispatchDb(pool);
        CallEventsLog.start();
    }

    @Test
    void refusedRequestsRetryTheSameAttemptAndNeverEndTheTask() {
        CampaignFeed campaign = calls.prepare(1, 1);
        calls.answerLate(campaign, 3, aResponse().withStatus(503).withHeader("Retry-After", "0"));
        campaign.publish();

        Row call = calls.awaitPlaced(campaign.id());
        assertThat(calls.keysSent(campaign.id())).as("the same attempt, four times").hasSize(4)
                .containsOnly(call.getUUID("attempt_id").toString());
        assertThat(call.getInteger("requests")).isEqualTo(4);
        assertThat(call.getString("last_error")).contains("HTTP 503");
        assertThat(CallEventsLog.of(campaign.id(), CallEnded.class)).isEmpty();
    }

    @Test
    void unansweredRequestsAreResentWithTheSameKeyWhileTheSlotStaysHeld() {
        // slower than the 1 s request timeout: the runtime may have created the call, so only the same key is re-sent
        CampaignFeed campaign = calls.prepare(2, 1);
        calls.answerLate(campaign, 2, created().withFixedDelay(2500));
        campaign.publish();

        Row call = calls.awaitPlaced(campaign.id());
        assertThat(db.campaign(campaign.id()).getInteger("in_progress")).isEqualTo(1);
        assertThat(calls.keysSent(campaign.id())).hasSizeGreaterThanOrEqualTo(3).containsOnly(call.getUUID("attempt_id")
                .toString());
        assertThat(calls.calls(campaign.id())).as("the second task waits for the slot").hasSize(1);
        assertThat(call.getString("last_error")).startsWith("no answer");
    }

    @Test
    void outageLongerThanTheLimitPausesTheCampaignAndTheRuntimesReturnResumesIt() {
        runtime.register(post(CALLS).willReturn(aResponse().withStatus(503)));
        CampaignFeed campaign = calls.campaign(3, 2);

        await().atMost(WAIT).untilAsserted(() -> assertThat(
                CallEventsLog.of(campaign.id(), CampaignRuntimeUnavailable.class)).singleElement()
                .satisfies(fact -> assertThat(fact.getLastError()).contains("HTTP 503")));
        Row paused = db.campaign(campaign.id());
        assertThat(paused.getString("status")).isEqualTo("paused");
        assertThat(paused.getString("paused_by")).isEqualTo("system");
        assertThat(paused.getString("pause_reason")).isEqualTo("runtime");
        assertThat(paused.getInteger("in_progress")).as("the refused attempts keep their slots and probe")
                .isEqualTo(2);

        runtime.resetMappings();
        runtime.register(post(CALLS).willReturn(created()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(
                CallEventsLog.of(campaign.id(), CampaignRuntimeAvailable.class)).hasSize(1));
        await().atMost(WAIT).until(() -> calls.calls(campaign.id()).stream()
                .filter(row -> "placed".equals(row.getString("phase"))).count() == 2);
        assertThat(db.campaign(campaign.id()).getString("status")).isEqualTo("ongoing");
        assertThat(CallEventsLog.of(campaign.id(), CallEnded.class)).isEmpty();
    }

    @Test
    void aPauseGivesClaimsTheRuntimeNeverTookBackToTheQueue() {
        runtime.register(post(CALLS).willReturn(aResponse().withStatus(503)));
        CampaignFeed campaign = calls.campaign(3, 3);
        await().atMost(WAIT).until(() -> calls.calls(campaign.id()).size() == 3 && calls.keysSent(campaign.id()).size() >= 3);
        List<String> refusedKeys = calls.calls(campaign.id()).stream()
                .map(row -> row.getUUID("attempt_id").toString()).toList();

        CampaignFeed.send(campaign.userPaused());
        await().atMost(WAIT).until(() -> calls.calls(campaign.id()).isEmpty());
        assertThat(db.tasks(campaign.id(), "queued")).isEqualTo(3);
        assertThat(db.campaign(campaign.id()).getInteger("in_progress")).isZero();

        runtime.resetMappings();
        runtime.register(post(CALLS).willReturn(created()));
        CampaignFeed.send(campaign.resumed(CampaignStatus.ongoing));
        await().atMost(WAIT).until(() -> calls.calls(campaign.id()).stream()
                .filter(row -> "placed".equals(row.getString("phase"))).count() == 3);
        assertThat(calls.calls(campaign.id())).extracting(row -> row.getUUID("attempt_id").toString())
                .as("new attempts after the resume").doesNotContainAnyElementsOf(refusedKeys);
        assertThat(CallEventsLog.of(campaign.id(), CallEnded.class)).isEmpty();
    }
}
