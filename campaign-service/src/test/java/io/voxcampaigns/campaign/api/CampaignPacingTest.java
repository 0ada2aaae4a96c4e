package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.campaign.CampaignUpdated;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * max_calls_per_second (issue 16 item 5) on create and PATCH, shown and carried by the settings events to the
 * dispatcher, which paces the starts (PacingTest there). Bad values: rows of CreateCampaignValidationTest.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CampaignPacingTest {

    @Inject
    Pool pool;

    @Test
    void theStartRateIsStoredShownPublishedChangedAndCleared() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        body.put("max_calls_per_second", 2.5);
        String id = fixtures.api().body(body).when().post("/v3/campaigns").then().statusCode(201)
                .body("max_calls_per_second", equalTo(2.5f)).extract().path("id");

        fixtures.api().body(Map.of("max_calls_per_second", 10)).when().patch("/v3/campaigns/" + id).then()
                .statusCode(200).body("max_calls_per_second", equalTo(10.0f));
        Map<String, Object> clear = new HashMap<>();
        clear.put("max_calls_per_second", null);
        fixtures.api().body(clear).when().patch("/v3/campaigns/" + id).then().statusCode(200)
                .body("max_calls_per_second", nullValue());
        fixtures.api().body(Map.of("max_calls_per_second", -3)).when().patch("/v3/campaigns/" + id).then()
                .statusCode(400).body("error.details.errors.field", hasItem("max_calls_per_second"));

        assertThat(fixtures.outboxEvents(id, CampaignCreated.class).get(0).getSettings().getMaxCallsPerSecond())
                .isEqualTo(2.5);
        List<CampaignUpdated> updates = fixtures.outboxEvents(id, CampaignUpdated.class);
        assertThat(updates).extracting(update -> update.getSettings().getMaxCallsPerSecond())
                .containsExactly(10.0, null);
    }
}
