package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/** GET /v3/campaigns/{id} and GET /v3/campaigns: tenancy, filters and cursor pagination. */
@QuarkusTest
@RealInfra(database = "campaigns")
class CampaignReadTest {

    @Inject
    Pool pool;

    @Test
    void aCampaignReadsBackAsItWasCreated() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> created = new HashMap<>(fixtures.api().body(fixtures.body(3)).when().post("/v3/campaigns")
                .then().statusCode(201).extract().jsonPath().getMap("$"));
        // suppressed_tasks is only in the answer of create (and of an append)
        assertThat(created.remove("suppressed_tasks")).isEqualTo(0);

        fixtures.api().when().get("/v3/campaigns/" + created.get("id"))
                .then().statusCode(200).body("", equalTo(created));
    }

    @Test
    void anotherOrganisationsCampaignIs404AndAbsentFromItsList() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.create(fixtures.body(1));
        String stranger = TestApiKeys.issue(UUID.randomUUID().toString(), "campaigns");

        given().auth().oauth2(stranger).when().get("/v3/campaigns/" + id)
                .then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        given().auth().oauth2(stranger).when().get("/v3/campaigns/" + id + "/tasks")
                .then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        given().auth().oauth2(stranger).when().get("/v3/campaigns")
                .then().statusCode(200).body("items", hasSize(0)).body("total_count", equalTo(0));
    }

    @Test
    void anIdThatIsNoUuidIs404() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        fixtures.api().when().get("/v3/campaigns/123")
                .then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void listFiltersByRepeatedStatusAndByAgent() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String pending = fixtures.create(fixtures.body(1));
        Map<String, Object> scheduled = fixtures.body(1);
        scheduled.put("scheduled_at", Instant.now().plusSeconds(86_400).toEpochMilli());
        String draft = fixtures.create(scheduled);
        String otherAgent = UUID.randomUUID().toString();
        fixtures.seedAgent(otherAgent, "v1", "v1");
        Map<String, Object> withOtherAgent = fixtures.body(1);
        CampaignFixtures.agent(withOtherAgent).put("agent_id", otherAgent);
        String third = fixtures.create(withOtherAgent);

        fixtures.api().queryParam("status", "draft").when().get("/v3/campaigns")
                .then().statusCode(200).body("items.id", contains(draft)).body("total_count", equalTo(1));
        fixtures.api().queryParam("status", "draft").queryParam("status", "pending").queryParam("sort_order", "asc")
                .when().get("/v3/campaigns")
                .then().statusCode(200).body("items.id", contains(pending, draft, third));
        fixtures.api().queryParam("agent_id", otherAgent).when().get("/v3/campaigns")
                .then().statusCode(200).body("items.id", contains(third))
                .body("items.agent.agent_id", everyItem(equalTo(otherAgent)));
        fixtures.api().queryParam("status", "ongoing").when().get("/v3/campaigns")
                .then().statusCode(200).body("items", hasSize(0)).body("next_cursor", nullValue());
    }

    @Test
    void badFiltersAndUnknownParametersAre400() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        fixtures.api().queryParam("status", "running").when().get("/v3/campaigns")
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("status"));
        fixtures.api().queryParam("agent_id", "nope").when().get("/v3/campaigns")
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("agent_id"));
        fixtures.api().queryParam("state", "draft").when().get("/v3/campaigns")
                .then().statusCode(400).body("error.details.allowed_query_parameters",
                        equalTo(List.of("agent_id", "cursor", "limit", "sort_order", "status")));
    }

    @Test
    void paginationWalksEveryCampaignOnceNewestFirst() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(fixtures.create(fixtures.body(1)));
        }
        String cursor = fixtures.api().queryParam("limit", 2).when().get("/v3/campaigns")
                .then().statusCode(200).body("items.id", contains(ids.get(4), ids.get(3)))
                .body("total_count", equalTo(5)).extract().path("next_cursor");
        cursor = fixtures.api().queryParam("limit", 2).queryParam("cursor", cursor).when().get("/v3/campaigns")
                .then().statusCode(200).body("items.id", contains(ids.get(2), ids.get(1)))
                .extract().path("next_cursor");
        fixtures.api().queryParam("limit", 2).queryParam("cursor", cursor).when().get("/v3/campaigns")
                .then().statusCode(200).body("items.id", contains(ids.get(0))).body("next_cursor", nullValue());
    }
}
