package io.voxcampaigns.agent.api;

import static io.voxcampaigns.agent.support.AgentApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.voxcampaigns.agent.support.AgentApi;
import io.voxcampaigns.testing.support.RealInfra;

/** GET /v3/agents/{id}?version= and GET /v3/agents (filters, cursor pagination). */
@QuarkusTest
@RealInfra(database = "agents")
class AgentGetAndListTest {

    @Test
    void getDefaultsToCurrent() {
        String org = UUID.randomUUID().toString();
        String id = AgentApi.create(org, AgentApi.MINIMAL);
        as(org).when().get("/v3/agents/" + id).then().statusCode(200)
                .body("agent_id", equalTo(id))
                .body("version", nullValue())
                .body("production_version", nullValue())
                .body("data.callSettings.ringDurationInSeconds", equalTo(30));
        as(org).queryParam("version", "current").when().get("/v3/agents/" + id).then().statusCode(200)
                .body("agent_id", equalTo(id));
    }

    @Test
    void productionIs404UntilSomethingIsPublished() {
        String org = UUID.randomUUID().toString();
        String id = AgentApi.create(org, AgentApi.MINIMAL);
        as(org).queryParam("version", "production").when().get("/v3/agents/" + id).then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void missingVersionIs404AndMalformedVersionIs400() {
        String org = UUID.randomUUID().toString();
        String id = AgentApi.create(org, AgentApi.MINIMAL);
        as(org).queryParam("version", "v7").when().get("/v3/agents/" + id).then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
        as(org).queryParam("version", "latest").when().get("/v3/agents/" + id).then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("version"));
        as(org).queryParam("versoin", "v1").when().get("/v3/agents/" + id).then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("versoin"));
    }

    @Test
    void malformedOrUnknownIdIs404() {
        String org = UUID.randomUUID().toString();
        as(org).when().get("/v3/agents/not-a-uuid").then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        as(org).when().get("/v3/agents/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void listFiltersByNameSubstringAndType() {
        String org = UUID.randomUUID().toString();
        AgentApi.create(org, "{\"name\": \"Reservation reminder\"}");
        AgentApi.create(org, "{\"name\": \"Payment reminder\"}");
        AgentApi.create(org, "{\"name\": \"100% survey_\"}");
        String flow = AgentApi.create(org, AgentApi.resource("examples/flow-agent.json"));
        as(org).queryParam("q", "REMINDER").when().get("/v3/agents").then().statusCode(200)
                .body("total_count", equalTo(2));
        as(org).queryParam("q", "%").when().get("/v3/agents").then().statusCode(200)
                .body("total_count", equalTo(1));
        as(org).queryParam("type", "flow").when().get("/v3/agents").then().statusCode(200)
                .body("total_count", equalTo(1)).body("items.agent_id", contains(flow));
        as(org).queryParam("type", "flow").queryParam("type", "single_prompt").when().get("/v3/agents")
                .then().statusCode(200).body("total_count", equalTo(4));
        as(org).queryParam("type", "robot").when().get("/v3/agents").then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("type"));
    }

    @Test
    void listItemsAreSummaries() {
        String org = UUID.randomUUID().toString();
        String id = AgentApi.create(org, AgentApi.MINIMAL);
        JsonPath list = as(org).when().get("/v3/agents").then().statusCode(200).extract().jsonPath();
        assertThat(list.getMap("items[0]").keySet()).containsExactlyInAnyOrder("agent_id", "name", "type",
                "created_at", "updated_at", "production_version");
        assertThat(list.getString("items[0].agent_id")).isEqualTo(id);
        assertThat(list.getString("next_cursor")).isNull();
    }

    @Test
    void cursorWalksEveryAgentOnceInBothOrders() {
        String org = UUID.randomUUID().toString();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(AgentApi.create(org, "{\"name\": \"agent " + i + "\"}"));
        }
        assertThat(walk(org, "asc")).containsExactlyElementsOf(created);
        List<String> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertThat(walk(org, "desc")).containsExactlyElementsOf(newestFirst);
    }

    private static List<String> walk(String org, String order) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(org).queryParam("limit", 2).queryParam("sort_order", order);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get("/v3/agents").then().statusCode(200)
                    .body("total_count", equalTo(5)).extract().jsonPath();
            seen.addAll(page.getList("items.agent_id"));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        return seen;
    }

    @Test
    void badListParametersAre400() {
        String org = UUID.randomUUID().toString();
        as(org).queryParam("limit", 0).when().get("/v3/agents").then().statusCode(400)
                .body("error.details.errors.field", hasItem("limit"));
        as(org).queryParam("cursor", "garbage!").when().get("/v3/agents").then().statusCode(400)
                .body("error.details.errors.field", hasItem("cursor"));
    }
}
