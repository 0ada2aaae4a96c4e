package io.voxcampaigns.campaign.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.testing.support.RealInfra;

/** GET /v3/campaigns/{id}/tasks: the recipients with their status and latest call, filtered and paged. */
@QuarkusTest
@RealInfra(database = "campaigns")
class CampaignTasksTest {

    @Inject
    Pool pool;

    @Test
    void tasksShowWhatWasSentAndAQueuedState() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(2);
        CampaignFixtures.task(body, 1).put("metadata", Map.of("order", "A-1", "nested", Map.of("n", 1)));
        CampaignFixtures.task(body, 1).put("presentation_number", CampaignFixtures.APPROVED);
        String id = fixtures.create(body);

        fixtures.api().queryParam("sort_order", "asc").when().get("/v3/campaigns/" + id + "/tasks")
                .then().statusCode(200)
                .body("total_count", equalTo(2))
                .body("items.to_number", contains("01000000000", "01000000001"))
                .body("items.status", everyItem(equalTo("queued")))
                .body("items.attempts", everyItem(equalTo(0)))
                .body("items.last_call_id", everyItem(nullValue()))
                .body("items.last_outcome", everyItem(nullValue()))
                .body("items.last_disconnection_reason", everyItem(nullValue()))
                .body("items[0].dynamic_variables", equalTo(Map.of("customer_name", "Customer 0")))
                .body("items[0].metadata", nullValue())
                .body("items[0].presentation_number", nullValue())
                .body("items[1].metadata", equalTo(Map.of("order", "A-1", "nested", Map.of("n", 1))))
                .body("items[1].presentation_number", equalTo(CampaignFixtures.APPROVED));
    }

    @Test
    void statusFilterAndPaginationInRequestOrder() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.create(fixtures.body(5));
        String path = "/v3/campaigns/" + id + "/tasks";

        String cursor = fixtures.api().queryParam("limit", 3).queryParam("sort_order", "asc").when().get(path)
                .then().statusCode(200).body("items.seq", contains(0, 1, 2)).body("total_count", equalTo(5))
                .extract().path("next_cursor");
        fixtures.api().queryParam("limit", 3).queryParam("sort_order", "asc").queryParam("cursor", cursor)
                .when().get(path)
                .then().statusCode(200).body("items.seq", contains(3, 4)).body("next_cursor", nullValue());
        fixtures.api().queryParam("limit", 2).when().get(path)
                .then().statusCode(200).body("items.seq", contains(4, 3));

        fixtures.api().queryParam("status", "queued").when().get(path)
                .then().statusCode(200).body("items", hasSize(5));
        fixtures.api().queryParam("status", "completed").when().get(path)
                .then().statusCode(200).body("items", hasSize(0)).body("total_count", equalTo(0));
        fixtures.api().queryParam("status", "done").when().get(path)
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("status"));
        fixtures.api().queryParam("page", "2").when().get(path)
                .then().statusCode(400).body("error.details.allowed_query_parameters",
                        equalTo(List.of("cursor", "limit", "sort_order", "status")));
    }
}
