package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * GET /v3/audit-events: every state-changing request of campaign-service (campaigns, tasks, numbers, suppressions,
 * API keys), its refusals and nothing else, once each, as they came back from audit.events; the filters, paging and
 * tenancy; admin scope only.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class AuditTrailTest {

    @Inject
    Pool pool;

    @Test
    void everyChangeOfTheFlowIsInTheTrailOnceWithWhoAndWhat() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String adminKeyId = UUID.randomUUID().toString();
        String admin = TestApiKeys.issueWithKeyId(adminKeyId, fixtures.org, "admin");
        String id = fixtures.createOpen(2);
        fixtures.api().post("/v3/campaigns/" + id + "/pause").then().statusCode(200);
        fixtures.api().post("/v3/campaigns/" + id + "/pause").then().statusCode(409);
        fixtures.api().post("/v3/campaigns/" + id + "/resume").then().statusCode(200);
        fixtures.api().body(Map.of("name", "Renamed", "concurrency", 3)).patch("/v3/campaigns/" + id)
                .then().statusCode(200);
        fixtures.api().body(Map.of("tasks", List.of(Map.of("to_number", "01099990000"))))
                .post("/v3/campaigns/" + id + "/tasks").then().statusCode(200);
        fixtures.api().get("/v3/campaigns/" + id).then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("number", "01011112222"))
                .post("/v3/suppressions").then().statusCode(201);
        given().auth().oauth2(admin).delete("/v3/suppressions/01011112222").then().statusCode(204);
        given().auth().oauth2(admin).contentType("text/csv").body("01033334444\n01055556666\n")
                .post("/v3/suppressions/import").then().statusCode(200);
        String keyId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "reporting", "scopes", List.of("campaigns")))
                .post("/v3/api-keys").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).delete("/v3/api-keys/" + keyId).then().statusCode(204);
        fixtures.api().post("/v3/campaigns/" + id + "/retry").then().statusCode(202);
        String taskId = fixtures.taskIds(id).get(0);
        fixtures.api().body(Map.of("at", System.currentTimeMillis() + 3_600_000L))
                .post("/v3/campaigns/" + id + "/tasks/" + taskId + "/callback").then().statusCode(202);
        fixtures.api().post("/v3/campaigns/" + id + "/cancel").then().statusCode(200);
        given().auth().oauth2(TestApiKeys.issueExactly(fixtures.org, Set.of("agents")))
                .post("/v3/campaigns/" + id + "/resume").then().statusCode(403);
        given().post("/v3/campaigns/" + id + "/resume").then().statusCode(401);

        // the fixtures registered three numbers and approved one before
        List<Map<String, Object>> trail = awaitTrail(admin, Map.of(), 19);

        assertThat(trail).extracting(e -> e.get("action"), e -> e.get("outcome"), e -> e.get("resource_type"))
                .containsExactly(
                        tuple("register", "succeeded", "organization_number"),
                        tuple("register", "succeeded", "organization_number"),
                        tuple("register", "succeeded", "organization_number"),
                        tuple("approve", "succeeded", "organization_number"),
                        tuple("create", "succeeded", "campaign"),
                        tuple("pause", "succeeded", "campaign"),
                        tuple("post", "rejected", "campaign"),
                        tuple("resume", "succeeded", "campaign"),
                        tuple("update", "succeeded", "campaign"),
                        tuple("append_tasks", "succeeded", "campaign"),
                        tuple("create", "succeeded", "suppression"),
                        tuple("delete", "succeeded", "suppression"),
                        tuple("import", "succeeded", "suppression"),
                        tuple("create", "succeeded", "api_key"),
                        tuple("revoke", "succeeded", "api_key"),
                        tuple("retry", "succeeded", "campaign"),
                        tuple("callback", "succeeded", "campaign"),
                        tuple("cancel", "succeeded", "campaign"),
                        tuple("post", "rejected", "campaign"));
        Map<String, Object> created = trail.get(4);
        assertThat(created.get("resource_id")).isEqualTo(id);
        assertThat(created.get("api_key_id")).isEqualTo(trail.get(5).get("api_key_id")).isNotEqualTo(adminKeyId);
        assertThat(created.get("service")).isEqualTo("campaign-service");
        assertThat(created.get("method")).isEqualTo("POST");
        assertThat(created.get("path")).isEqualTo("/v3/campaigns");
        assertThat(created.get("status")).isNull();
        assertThat(asStrings(created.get("changed_fields")))
                .containsExactly("name", "from_number", "agent", "tasks", "call_time_window");
        assertThat(asStrings(trail.get(8).get("changed_fields"))).containsExactlyInAnyOrder("name", "concurrency");
        assertThat(asStrings(trail.get(5).get("changed_fields"))).containsExactly("status");
        assertThat(trail.get(6).get("status")).isEqualTo(409);
        assertThat(trail.get(6).get("resource_id")).isEqualTo(id);
        assertThat(trail.get(10).get("resource_id")).isEqualTo("01011112222");
        assertThat(trail.get(12).get("resource_id")).isNull();
        assertThat(trail.get(14).get("resource_id")).isEqualTo(keyId);
        assertThat(asStrings(trail.get(14).get("changed_fields"))).containsExactly("revoked_at");
        assertThat(asStrings(trail.get(15).get("changed_fields"))).isEmpty();
        assertThat(asStrings(trail.get(16).get("changed_fields"))).containsExactly("at");
        assertThat(trail.get(16).get("path")).isEqualTo("/v3/campaigns/" + id + "/tasks/" + taskId + "/callback");
        assertThat(trail.get(18).get("status")).isEqualTo(403);
        assertThat(trail.get(18).get("resource_id")).as("refused before routing: no path parameters").isNull();

        // the refusal before routing names no id, so a filter by the campaign's id leaves it out
        assertThat(awaitTrail(admin, Map.of("resource_type", "campaign", "resource_id", id), 9))
                .extracting(e -> e.get("action"))
                .containsExactly("create", "pause", "post", "resume", "update", "append_tasks", "retry", "callback",
                        "cancel");
        assertThat(awaitTrail(admin, Map.of("outcome", "rejected"), 2)).hasSize(2);
        assertThat(awaitTrail(admin, Map.of("api_key_id", adminKeyId), 5)).extracting(e -> e.get("resource_type"))
                .containsOnly("suppression", "api_key");
    }

    @Test
    void theTrailNeedsTheAdminScopeAndShowsOnlyTheCallersOrganisation() {
        String org = UUID.randomUUID().toString();
        given().auth().oauth2(TestApiKeys.issue(org, "campaigns", "agents", "calls")).get("/v3/audit-events")
                .then().statusCode(403).body("error.details.missing_scope", equalTo("admin"));
        String admin = TestApiKeys.issue(org, "admin");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("number", "01077778888"))
                .post("/v3/suppressions").then().statusCode(201);
        long first = (Long) awaitTrail(admin, Map.of(), 1).get(0).get("occurred_at");
        given().auth().oauth2(admin).delete("/v3/suppressions/01077778888").then().statusCode(204);
        long second = (Long) awaitTrail(admin, Map.of(), 2).get(1).get("occurred_at");
        assertThat(second).isGreaterThan(first);
        assertThat(awaitTrail(admin, Map.of("occurred_at_after", first), 1)).extracting(e -> e.get("action"))
                .containsExactly("delete");
        assertThat(awaitTrail(admin, Map.of("occurred_at_before", second), 1)).extracting(e -> e.get("action"))
                .containsExactly("create");
        assertThat(allPages(admin, Map.of("occurred_at_after", first, "occurred_at_before", second))).isEmpty();
        given().auth().oauth2(admin).queryParam("occurred_at_after", "yesterday").get("/v3/audit-events")
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("occurred_at_after"));

        String other = TestApiKeys.issue(UUID.randomUUID().toString(), "admin");
        given().auth().oauth2(other).get("/v3/audit-events").then().statusCode(200)
                .body("total_count", equalTo(0));
        given().auth().oauth2(admin).queryParam("outcome", "maybe").get("/v3/audit-events")
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("outcome"));
    }

    /** Waits until the filtered trail holds {@code count} events, then answers it, oldest first, page by page. */
    private static List<Map<String, Object>> awaitTrail(String admin, Map<String, Object> filters, int count) {
        List<Map<String, Object>> events = new ArrayList<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            events.clear();
            events.addAll(allPages(admin, filters));
            return events.size() >= count;
        });
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        List<Map<String, Object>> settled = allPages(admin, filters);
        assertThat(settled).as("no event twice, none more").hasSize(count);
        return settled;
    }

    private static List<Map<String, Object>> allPages(String admin, Map<String, Object> filters) {
        List<Map<String, Object>> events = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(admin).queryParams(filters).queryParam("sort_order", "asc")
                    .queryParam("limit", 5);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/v3/audit-events").then().statusCode(200).extract().jsonPath();
            events.addAll(page.getList("items"));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        return events;
    }

    @SuppressWarnings("unchecked")
    private static List<String> asStrings(Object list) {
        return (List<String>) list;
    }
}
