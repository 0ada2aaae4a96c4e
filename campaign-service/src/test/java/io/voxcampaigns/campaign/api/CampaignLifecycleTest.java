package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.campaign.CampaignCanceled;
import io.voxcampaigns.events.campaign.CampaignPaused;
import io.voxcampaigns.events.campaign.CampaignResumed;
import io.voxcampaigns.events.campaign.CampaignStatusChanged;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.events.common.PausedBy;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * POST pause, resume and cancel: the status rules and 409s of docs/api.md "Campaign status rules", their events, and
 * tenancy.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CampaignLifecycleTest {

    @Inject
    Pool pool;

    @Test
    void pauseThenResumeOfACampaignThatNeverCalledGoesBackToPending() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(2);
        long before = Instant.now().toEpochMilli();

        JsonPath paused = action(fixtures, id, "pause").then().statusCode(200)
                .body("status", equalTo("paused")).body("paused_by", equalTo("user"))
                .extract().jsonPath();
        assertThat(paused.getLong("paused_at")).isBetween(before, Instant.now().toEpochMilli());
        action(fixtures, id, "pause").then().statusCode(409).body("error.code", equalTo("CONFLICT"))
                .body("error.details.status", equalTo("paused")).body("error.details.paused_by", equalTo("user"));

        action(fixtures, id, "resume").then().statusCode(200)
                .body("status", equalTo("pending")).body("paused_by", nullValue()).body("paused_at", nullValue());
        action(fixtures, id, "resume").then().statusCode(409).body("error.details.status", equalTo("pending"));

        assertThat(fixtures.outboxTypes(id)).containsSubsequence("CampaignCreated", "CampaignPaused",
                "CampaignStatusChanged", "CampaignResumed", "CampaignStatusChanged");
        CampaignPaused pause = CampaignEventsLog.published(id, CampaignPaused.class, 1).get(0);
        assertThat(pause.getPausedBy()).isEqualTo(PausedBy.user);
        assertThat(pause.getPausedAt().toEpochMilli()).isEqualTo(paused.getLong("paused_at"));
        assertThat(CampaignEventsLog.published(id, CampaignResumed.class, 1).get(0).getStatus())
                .isEqualTo(CampaignStatus.pending);
        List<CampaignStatusChanged> changes = CampaignEventsLog.published(id, CampaignStatusChanged.class, 2);
        assertThat(changes).extracting(c -> c.getPreviousStatus() + ">" + c.getStatus())
                .containsExactly("pending>paused", "paused>pending");
        assertThat(changes.get(0).getPausedBy()).isEqualTo(PausedBy.user);
    }

    @Test
    void resumeOfACampaignThatCalledIsOngoingInsideAWindow() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(2);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        feed.sendAndAwait(feed.dispatchStarted(Instant.now()));

        action(fixtures, id, "pause").then().statusCode(200).body("status", equalTo("paused"));
        action(fixtures, id, "resume").then().statusCode(200).body("status", equalTo("ongoing"))
                .body("paused_by", nullValue());
    }

    @Test
    void resumeOutsideEveryWindowHandsThePauseToTheSystem() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        body.put("call_time_window", CampaignFixtures.closedNow());
        String id = fixtures.create(body);
        long pausedAt = action(fixtures, id, "pause").then().statusCode(200).extract().jsonPath().getLong("paused_at");

        JsonPath resumed = action(fixtures, id, "resume").then().statusCode(200)
                .body("status", equalTo("paused")).body("paused_by", equalTo("system"))
                .extract().jsonPath();
        assertThat(resumed.getLong("paused_at")).isGreaterThanOrEqualTo(pausedAt);
        assertThat(CampaignEventsLog.published(id, CampaignResumed.class, 1).get(0).getStatus())
                .isEqualTo(CampaignStatus.paused);
        // A system pause may still be turned into a user pause.
        action(fixtures, id, "pause").then().statusCode(200).body("paused_by", equalTo("user"));
    }

    @Test
    void cancelFinishesAtOnceAndEveryLaterActionIs409() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.create(fixtures.body(3));
        long before = Instant.now().toEpochMilli();

        JsonPath canceled = action(fixtures, id, "cancel").then().statusCode(200)
                .body("status", equalTo("canceled")).body("finished_at", notNullValue())
                .extract().jsonPath();
        assertThat(canceled.getLong("finished_at")).isBetween(before, Instant.now().toEpochMilli());
        assertThat(CampaignEventsLog.published(id, CampaignCanceled.class, 1).get(0).getCanceledAt().toEpochMilli())
                .isEqualTo(canceled.getLong("finished_at"));

        for (String action : List.of("cancel", "pause", "resume")) {
            action(fixtures, id, action).then().statusCode(409).body("error.code", equalTo("CONFLICT"))
                    .body("error.details.status", equalTo("canceled"));
        }
        assertThat(fixtures.get(id).getMap("$")).isEqualTo(canceled.getMap("$"));
    }

    @Test
    void aDraftCanBeCanceledButNotPausedOrResumed() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        body.put("scheduled_at", Instant.now().plusSeconds(3600).toEpochMilli());
        String id = fixtures.create(body);

        action(fixtures, id, "pause").then().statusCode(409).body("error.details.status", equalTo("draft"));
        action(fixtures, id, "resume").then().statusCode(409).body("error.details.status", equalTo("draft"));
        action(fixtures, id, "cancel").then().statusCode(200).body("status", equalTo("canceled"));
    }

    @Test
    void pauseOfAFinishedCampaignIs409() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(1);
        String task = fixtures.taskIds(id).get(0);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        Instant start = Instant.now();
        feed.sendAndAwait(feed.started(task, start),
                feed.ended(task, CallStatus.ended,
                        DisconnectionReason.user_hangup, start, start.plusSeconds(30)),
                feed.drained(start.plusSeconds(30)));
        assertThat(fixtures.get(id).getString("status")).isEqualTo("success");

        action(fixtures, id, "pause").then().statusCode(409)
                .body("error.message", equalTo("cannot pause a campaign in status success;"
                        + " only pending, ongoing or system-paused campaigns can be paused"))
                .body("error.details.status", equalTo("success"));
        action(fixtures, id, "cancel").then().statusCode(409);
        action(fixtures, id, "resume").then().statusCode(409);
    }

    @Test
    void anotherOrganisationCannotTouchTheCampaign() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.create(fixtures.body(1));
        String stranger = TestApiKeys.issue(UUID.randomUUID().toString(), "campaigns");

        for (String action : List.of("pause", "resume", "cancel")) {
            given().auth().oauth2(stranger).when().post("/v3/campaigns/" + id + "/" + action)
                    .then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        }
        given().auth().oauth2(stranger).when().get("/v3/campaigns/" + id + "/reconciliation")
                .then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        assertThat(fixtures.get(id).getString("status")).isEqualTo("pending");
        assertThat(fixtures.outboxTypes(id)).containsExactly("CampaignCreated", "TaskBatch");
        fixtures.api().when().post("/v3/campaigns/" + UUID.randomUUID() + "/pause").then().statusCode(404);
        fixtures.api().when().post("/v3/campaigns/not-a-uuid/cancel").then().statusCode(404);
    }

    private static Response action(CampaignFixtures fixtures, String id, String action) {
        return fixtures.api().when().post("/v3/campaigns/" + id + "/" + action);
    }
}
