package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.testing.support.TestApiKeys;

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

    /** A window open at every minute of every day, so resume and dispatch never depend on the clock. */
    static Map<String, Object> alwaysOpen(boolean autoResume) {
        return Map.of("windows", List.of(Map.of("start_min", 0, "end_min", 1440, "days", List.of("Monday", "Tuesday",
                "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"))), "timezone", "UTC",
                "auto_resume", autoResume);
    }

    /** A window sent without closed dates as the API shows it: blackout_dates empty, skip_holidays null. */
    static Map<String, Object> shown(Map<String, Object> window) {
        Map<String, Object> shown = new HashMap<>(window);
        shown.putIfAbsent("blackout_dates", List.of());
        shown.putIfAbsent("skip_holidays", null);
        return shown;
    }

    /** A window only on the day after tomorrow (UTC): closed now, whenever the test runs. */
    static Map<String, Object> closedNow() {
        String day = LocalDate.now(ZoneOffset.UTC).plusDays(2).getDayOfWeek()
                .getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return Map.of("windows", List.of(Map.of("start_min", 0, "end_min", 1440, "days", List.of(day))),
                "timezone", "UTC", "auto_resume", true);
    }

    /** A pending campaign of {@code tasks} tasks whose window is always open. */
    String createOpen(int tasks) {
        Map<String, Object> body = body(tasks);
        body.put("call_time_window", alwaysOpen(true));
        return create(body);
    }

    /** The campaign as GET answers it. */
    JsonPath get(String campaignId) {
        return api().when().get("/v3/campaigns/" + campaignId).then().statusCode(200).extract().jsonPath();
    }

    /** GET of the campaign, 200 asserted, for further assertions on its body. */
    ValidatableResponse campaign(String campaignId) {
        return api().when().get("/v3/campaigns/" + campaignId).then().statusCode(200);
    }

    /** The campaign's task ids in request order. */
    List<String> taskIds(String campaignId) {
        return api().queryParam("sort_order", "asc").queryParam("limit", 100)
                .when().get("/v3/campaigns/" + campaignId + "/tasks")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    /** The reconciliation check, asserted consistent; returns its body. */
    JsonPath reconciled(String campaignId) {
        return api().when().get("/v3/campaigns/" + campaignId + "/reconciliation")
                .then().statusCode(200).body("consistent", equalTo(true))
                .extract().jsonPath();
    }

    /** The simple names of the events written to the outbox for the campaign, in order. */
    List<String> outboxTypes(String campaignId) {
        List<String> types = new ArrayList<>();
        pool.preparedQuery("select event_type from outbox_event where record_key = $1 order by id")
                .execute(Tuple.of(campaignId)).await().atMost(WAIT)
                .forEach(row -> types.add(row.getString("event_type")
                        .substring(row.getString("event_type").lastIndexOf('.') + 1)));
        return types;
    }

    /** The events of one type written to the outbox for the campaign, decoded, in order. */
    <T extends SpecificRecord> List<T> outboxEvents(String campaignId, Class<T> type) {
        List<T> events = new ArrayList<>();
        pool.preparedQuery("select payload from outbox_event where record_key = $1 and event_type = $2 order by id")
                .execute(Tuple.of(campaignId, type.getName())).await().atMost(WAIT)
                .forEach(row -> events.add(EventCodec.decode(row.getBuffer("payload").getBytes(), type)));
        return events;
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

    /**
     * Events of state changes in the outbox; a refused request's audit event (audit.events) is no change, nor is the
     * report of a key's use (api-key.usage).
     */
    long outboxCount() {
        return count("select count(*) as n from outbox_event where topic not in ('audit.events', 'api-key.usage')",
                Tuple.tuple());
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
