package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.campaign.CampaignUpdated;
import io.voxcampaigns.events.common.CampaignSettings;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/** PATCH /v3/campaigns/{id}: merged settings, CampaignUpdated with the complete settings, 400s, 409s and tenancy. */
@QuarkusTest
@RealInfra(database = "campaigns")
class CampaignPatchTest {

    @Inject
    Pool pool;

    @Test
    void sentFieldsChangeOthersStayAndTheCompleteSettingsArePublished() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.create(fixtures.body(2));
        JsonPath before = fixtures.get(id);
        Map<String, Object> window = Map.of("windows",
                List.of(Map.of("start_min", 540, "end_min", 720, "days", List.of("Monday", "Friday"))),
                "timezone", "Europe/Berlin", "auto_resume", false);

        JsonPath after = fixtures.api().body(Map.of("name", "Renamed", "concurrency", 12,
                        "presentation_number", CampaignFixtures.APPROVED, "call_time_window", window))
                .when().patch("/v3/campaigns/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("concurrency", equalTo(12))
                .body("presentation_number", equalTo(CampaignFixtures.APPROVED))
                .body("call_time_window", equalTo(CampaignFixtures.shown(window)))
                .body("status", equalTo("pending"))
                .body("from_number", equalTo(CampaignFixtures.OUTBOUND))
                .body("total_calls", equalTo(2))
                .extract().jsonPath();
        assertThat(after.getLong("created_at")).isEqualTo(before.getLong("created_at"));
        assertThat(after.getLong("updated_at")).isGreaterThanOrEqualTo(before.getLong("updated_at"));
        assertThat(fixtures.get(id).getMap("$")).isEqualTo(after.getMap("$"));
        assertThat(fixtures.outboxTypes(id)).endsWith("CampaignUpdated");

        CampaignSettings settings = CampaignEventsLog.published(id, CampaignUpdated.class, 1).get(0).getSettings();
        assertThat(settings.getName()).isEqualTo("Renamed");
        assertThat(settings.getConcurrency()).isEqualTo(12);
        assertThat(settings.getPresentationNumber()).isEqualTo(CampaignFixtures.APPROVED);
        assertThat(settings.getFromNumber()).isEqualTo(CampaignFixtures.OUTBOUND);
        assertThat(settings.getAgentId()).isEqualTo(fixtures.agentId);
        assertThat(settings.getTotalTasks()).isEqualTo(2);
        assertThat(settings.getCallTimeWindow().getTimezone()).isEqualTo("Europe/Berlin");
        assertThat(settings.getCallTimeWindow().getAutoResume()).isFalse();
        assertThat(settings.getCallTimeWindow().getWindows().get(0).getStartMin()).isEqualTo(540);
    }

    @Test
    void nullClearsPresentationNumberAndTheWindow() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        body.put("presentation_number", CampaignFixtures.APPROVED);
        body.put("call_time_window", CampaignFixtures.alwaysOpen(false));
        String id = fixtures.create(body);
        Map<String, Object> clear = new HashMap<>();
        clear.put("presentation_number", null);
        clear.put("call_time_window", null);

        fixtures.api().body(clear).when().patch("/v3/campaigns/" + id)
                .then().statusCode(200)
                .body("presentation_number", nullValue())
                .body("call_time_window", nullValue());
    }

    @Test
    void aFutureScheduleMakesAPendingCampaignDraftAndClearingItMakesItPendingAgain() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.create(fixtures.body(1));
        long tomorrowSeconds = Instant.now().plusSeconds(86_400).getEpochSecond();

        fixtures.api().body(Map.of("scheduled_at", tomorrowSeconds)).when().patch("/v3/campaigns/" + id)
                .then().statusCode(200).body("status", equalTo("draft"))
                .body("scheduled_at", equalTo(tomorrowSeconds * 1000));
        Map<String, Object> clear = new HashMap<>();
        clear.put("scheduled_at", null);
        fixtures.api().body(clear).when().patch("/v3/campaigns/" + id)
                .then().statusCode(200).body("status", equalTo("pending")).body("scheduled_at", nullValue());
        assertThat(fixtures.outboxTypes(id)).containsSubsequence("CampaignUpdated", "CampaignStatusChanged",
                "CampaignUpdated", "CampaignStatusChanged");
    }

    @Test
    void everyInvalidFieldIsNamedWithTheCreatePathsAndNothingChanges() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.create(fixtures.body(1));
        Map<String, Object> before = fixtures.get(id).getMap("$");
        Map<String, Object> bad = new HashMap<>();
        bad.put("name", " ");
        bad.put("concurrency", 101);
        bad.put("scheduled_at", 42);
        bad.put("presentation_number", "010-5555-0001");
        bad.put("call_time_window", Map.of("windows",
                List.of(Map.of("start_min", 600, "end_min", 500, "days", List.of("Monday"))),
                "timezone", "Asia/Seoul"));

        fixtures.api().body(bad).when().patch("/v3/campaigns/" + id)
                .then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.errors.field", containsInAnyOrder("name", "concurrency", "scheduled_at",
                        "presentation_number", "call_time_window.windows[0].end_min"));
        assertThat(fixtures.get(id).getMap("$")).isEqualTo(before);
        assertThat(fixtures.outboxTypes(id)).doesNotContain("CampaignUpdated");
    }

    @Test
    void emptyBodyUnknownFieldsFixedFieldsNullsAndUnapprovedNumbersAre400() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String path = "/v3/campaigns/" + fixtures.create(fixtures.body(1));

        fixtures.api().body(Map.of()).when().patch(path)
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("$"));
        fixtures.api().body(Map.of("concurency", 3)).when().patch(path)
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("concurency"));
        fixtures.api().body(Map.of("from_number", "0260001001", "tasks", List.of())).when().patch(path)
                .then().statusCode(400).body("error.details.errors.field", containsInAnyOrder("from_number", "tasks"));
        fixtures.api().body(Map.of("concurrency", "many")).when().patch(path)
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("concurrency"));
        Map<String, Object> nulls = new HashMap<>();
        nulls.put("name", null);
        nulls.put("concurrency", null);
        fixtures.api().body(nulls).when().patch(path)
                .then().statusCode(400).body("error.details.errors.field", containsInAnyOrder("name", "concurrency"));
        fixtures.api().body(Map.of("presentation_number", CampaignFixtures.PENDING)).when().patch(path)
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("presentation_number"))
                .body("error.details.errors[0].reason", equalTo(
                        "must be one of the organisation's approved presentation numbers"));
    }

    @Test
    void patchWhileOngoingOrFinishedIs409AndAllowedWhilePaused() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(2);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        feed.sendAndAwait(feed.dispatchStarted(Instant.now()));
        assertThat(fixtures.get(id).getString("status")).isEqualTo("ongoing");

        fixtures.api().body(Map.of("concurrency", 2)).when().patch("/v3/campaigns/" + id)
                .then().statusCode(409).body("error.code", equalTo("CONFLICT"))
                .body("error.details.status", equalTo("ongoing"));
        assertThat(fixtures.get(id).getInt("concurrency")).isEqualTo(5);

        fixtures.api().when().post("/v3/campaigns/" + id + "/pause").then().statusCode(200);
        fixtures.api().body(Map.of("concurrency", 2)).when().patch("/v3/campaigns/" + id)
                .then().statusCode(200).body("concurrency", equalTo(2)).body("status", equalTo("paused"))
                .body("paused_by", equalTo("user"));

        fixtures.api().when().post("/v3/campaigns/" + id + "/cancel").then().statusCode(200);
        fixtures.api().body(Map.of("name", "Too late")).when().patch("/v3/campaigns/" + id)
                .then().statusCode(409).body("error.details.status", equalTo("canceled"));
    }

    @Test
    void anotherOrganisationCannotPatchTheCampaign() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.create(fixtures.body(1));
        String stranger = TestApiKeys.issue(UUID.randomUUID().toString(), "campaigns");

        given().auth().oauth2(stranger).contentType("application/json").body(Map.of("name", "Mine now"))
                .when().patch("/v3/campaigns/" + id)
                .then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        assertThat(fixtures.get(id).getString("name")).isEqualTo("Reservation reminder");
    }
}
