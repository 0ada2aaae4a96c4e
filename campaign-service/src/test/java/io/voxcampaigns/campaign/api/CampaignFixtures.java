package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.local.TestApiKeys;

/**
 * A fresh organisation per test: an active outbound number, an approved and a pending presentation number, and
 * an agent (versions v1, v2; production v1) in the agent read model. Builds create bodies as mutable maps.
 */
final class CampaignFixtures {

    static final String OUTBOUND = "0260001000";
    static final String APPROVED = "01055550001";
    static final String PENDING = "01055550002";
    private static final Duration WAIT = Duration.ofSeconds(30);

    final String org = UUID.randomUUID().toString();
    final String key = TestApiKeys.issue(org, "campaigns");
    final String agentId = UUID.randomUUID().toString();
    private final Pool pool;

    CampaignFixtures(Pool pool) {
        this.pool = pool;
        String admin = TestApiKeys.issue(org, "admin");
        register(admin, OUTBOUND, "outbound");
        String approved = register(admin, APPROVED, "presentation");
        register(admin, PENDING, "presentation");
        given().auth().oauth2(admin).when().post("/v3/organization-telephone-numbers/" + approved + "/approve")
                .then().statusCode(200);
        seedAgent(agentId, "v1,v2", "v1");
    }

    RequestSpecification api() {
        return given().auth().oauth2(key).contentType(ContentType.JSON);
    }

    /** A valid create body with the given number of tasks. */
    Map<String, Object> body(int tasks) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Reservation reminder");
        body.put("from_number", OUTBOUND);
        body.put("agent", new LinkedHashMap<>(Map.of("agent_id", agentId, "agent_version", "current")));
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            Map<String, Object> task = new LinkedHashMap<>();
            task.put("to_number", String.format("010%08d", i));
            task.put("dynamic_variables", Map.of("customer_name", "Customer " + i));
            list.add(task);
        }
        body.put("tasks", list);
        return body;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> task(Map<String, Object> body, int index) {
        return ((List<Map<String, Object>>) body.get("tasks")).get(index);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> agent(Map<String, Object> body) {
        return (Map<String, Object>) body.get("agent");
    }

    String create(Map<String, Object> body) {
        return api().body(body).when().post("/v3/campaigns").then().statusCode(201).extract().path("id");
    }

    /** An agent of this organisation, known to the read model and to (the stand-in for) agent-service. */
    void seedAgent(String id, String versions, String production) {
        seedView(id, org, versions, production, false);
        FakeAgentService.register(id, key, versions.isEmpty() ? List.of() : List.of(versions.split(",")), production);
    }

    /** An agent of another organisation, known everywhere, but only to that organisation's keys. */
    void seedForeignAgent(String id) {
        String other = UUID.randomUUID().toString();
        seedView(id, other, "v1", "v1", false);
        FakeAgentService.register(id, TestApiKeys.issue(other, "campaigns"), List.of("v1"), "v1");
    }

    /** A deleted agent of this organisation: agent-service answers 404 for it, the read model remembers it. */
    void seedDeletedAgent(String id) {
        seedView(id, org, "v1", "v1", true);
    }

    private void seedView(String id, String organization, String versions, String production, boolean deleted) {
        pool.preparedQuery("insert into agent_view (agent_id, organization_id, name, type, production_version, "
                        + "version_labels, deleted, source_occurred_at) values ($1, $2, 'Agent', 'single_prompt', $3, $4, $5, now())")
                .execute(Tuple.of(UUID.fromString(id), organization, production, versions, deleted))
                .await().atMost(WAIT);
    }

    long campaignCount() {
        return count("select count(*) as n from campaign where organization_id = $1", Tuple.of(org));
    }

    long taskCount() {
        return count("select count(*) as n from campaign_task where organization_id = $1", Tuple.of(org));
    }

    long outboxCount() {
        return count("select count(*) as n from outbox_event", Tuple.tuple());
    }

    String column(String campaignId, String column) {
        return pool.preparedQuery("select " + column + " as v from campaign where id = $1")
                .execute(Tuple.of(UUID.fromString(campaignId))).await().atMost(WAIT)
                .iterator().next().getValue("v").toString();
    }

    private long count(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).await().atMost(WAIT).iterator().next().getLong("n");
    }

    private static String register(String admin, String number, String usage) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("telephone_number", number, "usage", usage))
                .when().post("/v3/organization-telephone-numbers")
                .then().statusCode(201).extract().path("id");
    }
}
