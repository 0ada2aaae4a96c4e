package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.common.CallPurpose;
import io.voxcampaigns.events.task.TaskBatch;
import io.voxcampaigns.events.task.TaskItem;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * A campaign's purpose and its tasks' night consent (issue 16 item 4): the legal hours shown with the campaign, the
 * events that carry both to the dispatcher, a window the law leaves no minute of, and a purpose that cannot change.
 * The dispatcher's side: LegalHoursTest there.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CampaignPurposeTest {

    /** 07:00-23:00 every day in Seoul: asks for hours the law closes to three purposes. */
    private static final Map<String, Object> LATE = window(420, 1380);

    @Inject
    Pool pool;

    @Test
    void aRestrictedPurposeShowsItsLegalHoursAndTheEventsCarryItAndTheConsent() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(2);
        body.put("purpose", "advertising");
        body.put("call_time_window", LATE);
        CampaignFixtures.task(body, 1).put("night_consent", true);

        String id = fixtures.api().body(body).when().post("/v3/campaigns").then().statusCode(201)
                .body("purpose", equalTo("advertising"))
                .body("legal_hours", equalTo(Map.of("timezone", "Asia/Seoul", "start_min", 480, "end_min", 1260)))
                .body("call_time_window.windows[0].end_min", equalTo(1380))
                .extract().path("id");

        fixtures.api().queryParam("sort_order", "asc").when().get("/v3/campaigns/" + id + "/tasks").then()
                .statusCode(200).body("items.night_consent", contains(false, true));
        assertThat(fixtures.outboxEvents(id, CampaignCreated.class).get(0).getSettings().getPurpose())
                .isEqualTo(CallPurpose.advertising);
        assertThat(fixtures.outboxEvents(id, TaskBatch.class).get(0).getTasks()).extracting(TaskItem::getNightConsent)
                .containsExactly(false, true);
    }

    @Test
    void withoutAPurposeTheCampaignIsGeneral() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(1);

        fixtures.campaign(id).body("purpose", equalTo("general")).body("legal_hours", nullValue());
        assertThat(fixtures.outboxEvents(id, CampaignCreated.class).get(0).getSettings().getPurpose())
                .isEqualTo(CallPurpose.general);
    }

    @Test
    void aWindowWithNoLegalMinuteIs400ForPurposesWithoutExceptionAndNothingIsStored() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        for (String purpose : List.of("financial_sales", "debt_collection")) {
            Map<String, Object> body = fixtures.body(1);
            body.put("purpose", purpose);
            body.put("call_time_window", window(1290, 1380));
            fixtures.api().body(body).when().post("/v3/campaigns").then().statusCode(400)
                    .body("error.code", equalTo("VALIDATION_ERROR"))
                    .body("error.details.errors.field", hasItem("call_time_window"));
        }
        assertThat(fixtures.campaignCount()).isZero();

        Map<String, Object> advertising = fixtures.body(1);
        advertising.put("purpose", "advertising");
        advertising.put("call_time_window", window(1290, 1380));
        fixtures.api().body(advertising).when().post("/v3/campaigns").then().statusCode(201);
    }

    @Test
    void aPatchCannotLeaveARestrictedPurposeWithoutALegalMinute() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        body.put("purpose", "debt_collection");
        body.put("call_time_window", LATE);
        String id = fixtures.create(body);

        fixtures.api().body(Map.of("call_time_window", window(1290, 1380))).when().patch("/v3/campaigns/" + id)
                .then().statusCode(400).body("error.details.errors.field", hasItem("call_time_window"));
        fixtures.campaign(id).body("call_time_window.windows[0].start_min", equalTo(420));
    }

    @Test
    void thePurposeCannotChangeAfterCreation() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(1);

        fixtures.api().body(Map.of("purpose", "debt_collection")).when().patch("/v3/campaigns/" + id).then()
                .statusCode(400).body("error.details.errors.field", hasItem("purpose"));
        fixtures.campaign(id).body("purpose", equalTo("general"));
    }

    /** One window every day in Seoul. */
    private static Map<String, Object> window(int startMin, int endMin) {
        return Map.of("windows", List.of(Map.of("start_min", startMin, "end_min", endMin, "days", List.of("Monday",
                "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))), "timezone", "Asia/Seoul");
    }
}
