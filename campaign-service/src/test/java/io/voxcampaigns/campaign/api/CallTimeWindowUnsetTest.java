package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.campaign.CampaignUpdated;
import io.voxcampaigns.events.common.CallTimeWindow;
import io.voxcampaigns.events.common.TimeWindow;
import io.voxcampaigns.events.common.Weekday;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Issue #18 item 9: vox's call_time_window is "null when not set" while 08:00-20:00 every day applies. A campaign
 * created without one, or PATCHed to null, answers null; campaign.events keep carrying the window in effect (the
 * default), so the dispatcher dials by it.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CallTimeWindowUnsetTest {

    /** The default window as the events carry it. */
    private static final CallTimeWindow DEFAULT = new CallTimeWindow(List.of(new TimeWindow(480, 1200,
            List.of(Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Thursday, Weekday.Friday,
                    Weekday.Saturday, Weekday.Sunday))), "Asia/Seoul", true, List.of(), null);

    @Inject
    Pool pool;

    @Test
    void createWithoutAWindowAnswersNullAndPublishesTheDefault() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);

        String id = fixtures.api().body(body).when().post("/v3/campaigns")
                .then().statusCode(201).body("call_time_window", nullValue()).extract().path("id");

        fixtures.campaign(id).body("call_time_window", nullValue());
        fixtures.api().when().get("/v3/campaigns").then().statusCode(200)
                .body("items[0].call_time_window", nullValue());
        assertThat(storedWindow(id)).isNull();
        assertThat(CampaignEventsLog.published(id, CampaignCreated.class, 1).get(0).getSettings()
                .getCallTimeWindow()).isEqualTo(DEFAULT);
    }

    @Test
    void anExplicitNullOnCreateIsTheSameAsOmittingIt() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        body.put("call_time_window", null);

        String id = fixtures.api().body(body).when().post("/v3/campaigns")
                .then().statusCode(201).body("call_time_window", nullValue()).extract().path("id");
        assertThat(CampaignEventsLog.published(id, CampaignCreated.class, 1).get(0).getSettings()
                .getCallTimeWindow()).isEqualTo(DEFAULT);
    }

    @Test
    void patchToNullAnswersNullAndPublishesTheDefaultThenAWindowCanBeSetAgain() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(1);
        Map<String, Object> clear = new HashMap<>();
        clear.put("call_time_window", null);

        fixtures.api().body(clear).when().patch("/v3/campaigns/" + id)
                .then().statusCode(200).body("call_time_window", nullValue());
        fixtures.campaign(id).body("call_time_window", nullValue());
        assertThat(storedWindow(id)).isNull();
        assertThat(CampaignEventsLog.published(id, CampaignUpdated.class, 1).get(0).getSettings()
                .getCallTimeWindow()).isEqualTo(DEFAULT);

        // another PATCH that leaves the window alone keeps it unset, and still publishes the default
        fixtures.api().body(Map.of("name", "Renamed")).when().patch("/v3/campaigns/" + id)
                .then().statusCode(200).body("call_time_window", nullValue());
        assertThat(CampaignEventsLog.published(id, CampaignUpdated.class, 2).get(1).getSettings()
                .getCallTimeWindow()).isEqualTo(DEFAULT);

        fixtures.api().body(Map.of("call_time_window", CampaignFixtures.alwaysOpen(false)))
                .when().patch("/v3/campaigns/" + id)
                .then().statusCode(200).body("call_time_window.timezone", equalTo("UTC"))
                .body("call_time_window.auto_resume", equalTo(false));
    }

    private String storedWindow(String id) {
        return pool.preparedQuery("select call_time_window from campaign where id = $1::uuid")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next().getString("call_time_window");
    }
}
