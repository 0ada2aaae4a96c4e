package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.campaign.CampaignUpdated;
import io.voxcampaigns.events.common.CallTimeWindow;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * call_time_window.blackout_dates and skip_holidays (issue 16 item 3): stored, shown and carried by campaign.events
 * for the dispatcher; and the tasks API's waiting_reason, which says why a queued task is not being dialled now.
 * The malformed inputs are rows of CreateCampaignValidationTest.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CallTimeWindowClosedDatesTest {

    @Inject
    Pool pool;

    @Test
    void closedDatesAreStoredShownSortedAndPublished() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        body.put("call_time_window", window(List.of("2027-02-10", "2026-12-25"), "KR"));

        String id = fixtures.api().body(body).when().post("/v3/campaigns").then().statusCode(201)
                .body("call_time_window.blackout_dates", contains("2026-12-25", "2027-02-10"))
                .body("call_time_window.skip_holidays", equalTo("KR"))
                .extract().path("id");

        fixtures.campaign(id).body("call_time_window.blackout_dates", contains("2026-12-25", "2027-02-10"))
                .body("call_time_window.skip_holidays", equalTo("KR"));
        CallTimeWindow published = fixtures.outboxEvents(id, CampaignCreated.class).get(0).getSettings()
                .getCallTimeWindow();
        assertThat(published.getBlackoutDates()).containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 2, 10));
        assertThat(published.getSkipHolidays()).isEqualTo("KR");
    }

    @Test
    void aPatchReplacesTheClosedDatesWithTheWholeWindow() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(1);

        fixtures.api().body(Map.of("call_time_window", window(List.of("2027-01-01"), "KR")))
                .when().patch("/v3/campaigns/" + id).then().statusCode(200)
                .body("call_time_window.blackout_dates", contains("2027-01-01"))
                .body("call_time_window.skip_holidays", equalTo("KR"));
        fixtures.api().body(Map.of("call_time_window", CampaignFixtures.alwaysOpen(true)))
                .when().patch("/v3/campaigns/" + id).then().statusCode(200)
                .body("call_time_window.blackout_dates", empty())
                .body("call_time_window.skip_holidays", nullValue());

        List<CampaignUpdated> updates = fixtures.outboxEvents(id, CampaignUpdated.class);
        assertThat(updates).hasSize(2);
        assertThat(updates.get(0).getSettings().getCallTimeWindow().getBlackoutDates())
                .containsExactly(LocalDate.of(2027, 1, 1));
        assertThat(updates.get(0).getSettings().getCallTimeWindow().getSkipHolidays()).isEqualTo("KR");
        assertThat(updates.get(1).getSettings().getCallTimeWindow().getBlackoutDates()).isEmpty();
        assertThat(updates.get(1).getSettings().getCallTimeWindow().getSkipHolidays()).isNull();
    }

    @Test
    void waitingReasonSaysWhyQueuedTasksAreNotDialledNow() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String open = fixtures.createOpen(2);
        // Yesterday, today and tomorrow (UTC): today is a blackout date even if the test runs across midnight.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> blackoutToday = fixtures.body(2);
        blackoutToday.put("call_time_window", window(List.of(today.minusDays(1).toString(), today.toString(),
                today.plusDays(1).toString()), null));
        Map<String, Object> outsideWindows = fixtures.body(2);
        outsideWindows.put("call_time_window", CampaignFixtures.closedNow());
        Map<String, Object> scheduled = fixtures.body(2);
        scheduled.put("scheduled_at", Instant.now().plusSeconds(3600).toEpochMilli());
        String paused = fixtures.createOpen(2);
        fixtures.api().when().post("/v3/campaigns/" + paused + "/pause").then().statusCode(200);

        assertThat(waitingReasons(fixtures, open)).containsOnlyNulls();
        assertThat(waitingReasons(fixtures, fixtures.create(blackoutToday))).containsOnly("blackout_date");
        assertThat(waitingReasons(fixtures, fixtures.create(outsideWindows))).containsOnly("call_time_window");
        assertThat(waitingReasons(fixtures, fixtures.create(scheduled))).containsOnly("scheduled");
        assertThat(waitingReasons(fixtures, paused)).containsOnly("campaign_paused");
        fixtures.api().when().get("/v3/campaigns/" + paused + "/tasks").then().statusCode(200)
                .body("items.status", everyItem(equalTo("queued")));
    }

    private static List<String> waitingReasons(CampaignFixtures fixtures, String campaignId) {
        return fixtures.api().when().get("/v3/campaigns/" + campaignId + "/tasks").then().statusCode(200)
                .extract().jsonPath().getList("items.waiting_reason", String.class);
    }

    /** Every minute of every day in UTC, with these closed dates ({@code region} null: no holidays skipped). */
    private static Map<String, Object> window(List<String> blackout, String region) {
        Map<String, Object> window = new HashMap<>(CampaignFixtures.alwaysOpen(true));
        window.put("blackout_dates", blackout);
        window.put("skip_holidays", region);
        return window;
    }
}
