package io.voxcampaigns.dispatcher.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/** GET /v3/calls and /v3/calls/{id}: the organisation's calls only, filtered and paged. */
@QuarkusTest
@RealInfra(database = "dispatcher")
class CallResourceTest {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @Inject
    Pool pool;

    private final String org = UUID.randomUUID().toString();
    private final String key = TestApiKeys.issue(org);
    private final UUID campaign = UUID.randomUUID();

    @Test
    void oneCallIsShownLikeVoxsCallResponse() {
        UUID id = insert(org, campaign, "ended", "user_hangup", "01012345678", T0);

        given().auth().oauth2(key).when().get("/v3/calls/" + id).then().statusCode(200)
                .body("id", equalTo(id.toString()))
                .body("campaign_id", equalTo(campaign.toString()))
                .body("call_type", equalTo("outbound"))
                .body("status", equalTo("ended"))
                .body("disconnection_reason", equalTo("user_hangup"))
                .body("from_number", equalTo("0260001000"))
                .body("to_number", equalTo("01012345678"))
                .body("presentation_number", equalTo("0212345678"))
                .body("agent.agent_version", equalTo("current"))
                .body("agent.agent_id", notNullValue())
                .body("start_at", equalTo(T0.toEpochMilli()))
                .body("end_at", equalTo(T0.plusSeconds(30).toEpochMilli()))
                .body("duration_ms", equalTo(25000))
                .body("metadata.crm_id", equalTo("c-1"))
                .body("dynamic_variables.name", equalTo("Kim"))
                .body("recording_url", nullValue())
                .body("transcript", hasSize(0))
                .body("opt_out_sensitive_data_storage", equalTo(false))
                .body("attempt", equalTo(1));
    }

    @Test
    void anotherOrganisationsCallIsNotFound() {
        UUID id = insert(UUID.randomUUID().toString(), campaign, "ended", "user_hangup", "01012345678", T0);
        given().auth().oauth2(key).when().get("/v3/calls/" + id).then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
        given().auth().oauth2(key).when().get("/v3/calls/not-a-uuid").then().statusCode(404);
    }

    @Test
    void listShowsOnlyTheCallersCallsNewestFirstInPages() {
        UUID first = insert(org, campaign, "ended", "user_hangup", "01011110000", T0);
        UUID second = insert(org, campaign, "not_connected", "dial_no_answer", "01022220000", T0.plusSeconds(1));
        UUID third = insert(org, UUID.randomUUID(), "ongoing", null, "01033330000", T0.plusSeconds(2));
        insert(UUID.randomUUID().toString(), campaign, "ended", "user_hangup", "01044440000", T0);

        String cursor = given().auth().oauth2(key).queryParam("limit", 2).when().get("/v3/calls")
                .then().statusCode(200)
                .body("items.id", contains(third.toString(), second.toString()))
                .body("total_count", equalTo(3))
                .body("next_cursor", notNullValue())
                .extract().path("next_cursor");
        given().auth().oauth2(key).queryParam("limit", 2).queryParam("cursor", cursor).when().get("/v3/calls")
                .then().statusCode(200)
                .body("items.id", contains(first.toString()))
                .body("next_cursor", nullValue());
    }

    @Test
    void filtersNarrowTheList() {
        UUID ended = insert(org, campaign, "ended", "user_hangup", "01011110000", T0);
        UUID busy = insert(org, campaign, "not_connected", "dial_busy", "01022220000", T0.plusSeconds(10));
        UUID other = insert(org, UUID.randomUUID(), "ended", "agent_hangup", "01011110000", T0.plusSeconds(20));

        given().auth().oauth2(key).queryParam("campaign_id", campaign.toString()).when().get("/v3/calls")
                .then().statusCode(200).body("items.id", containsInAnyOrder(ended.toString(), busy.toString()));
        given().auth().oauth2(key).queryParam("status", "ended").when().get("/v3/calls")
                .then().statusCode(200).body("items.id", containsInAnyOrder(ended.toString(), other.toString()));
        given().auth().oauth2(key).queryParam("disconnection_reason", "dial_busy", "agent_hangup").when()
                .get("/v3/calls").then().statusCode(200)
                .body("items.id", containsInAnyOrder(busy.toString(), other.toString()));
        given().auth().oauth2(key).queryParam("to_number", "01011110000").queryParam("sort_order", "asc").when()
                .get("/v3/calls").then().statusCode(200).body("items.id", contains(ended.toString(), other.toString()));
        given().auth().oauth2(key).queryParam("start_at_after", T0.toEpochMilli())
                .queryParam("start_at_before", T0.plusSeconds(20).toEpochMilli()).when().get("/v3/calls")
                .then().statusCode(200).body("items.id", contains(busy.toString())).body("total_count", equalTo(1));
        given().auth().oauth2(key).queryParam("start_at_after", T0.getEpochSecond() + 5).when().get("/v3/calls")
                .then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void voxsFiltersAgentCallTypeCallFromAndCallToNarrowTheList() {
        UUID first = insert(org, campaign, "ended", "user_hangup", "01011110000", T0);
        UUID second = insert(org, campaign, "not_connected", "dial_busy", "01022220000", T0.plusSeconds(10));
        String firstAgent = agentOf(first);

        given().auth().oauth2(key).queryParam("agent_id", firstAgent).when().get("/v3/calls")
                .then().statusCode(200).body("items.id", contains(first.toString())).body("total_count", equalTo(1));
        given().auth().oauth2(key).queryParam("agent_id", firstAgent, agentOf(second)).when().get("/v3/calls")
                .then().statusCode(200).body("items.id", containsInAnyOrder(first.toString(), second.toString()));
        given().auth().oauth2(key).queryParam("call_type", "phone", "outbound").when().get("/v3/calls")
                .then().statusCode(200).body("items.id", containsInAnyOrder(first.toString(), second.toString()));
        given().auth().oauth2(key).queryParam("call_type", "web", "inbound").when().get("/v3/calls")
                .then().statusCode(200).body("items", hasSize(0)).body("total_count", equalTo(0));
        given().auth().oauth2(key).queryParam("call_from", "0260001000").when().get("/v3/calls")
                .then().statusCode(200).body("items", hasSize(2));
        given().auth().oauth2(key).queryParam("call_from", "0299990000").when().get("/v3/calls")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(key).queryParam("call_to", "01022220000").when().get("/v3/calls")
                .then().statusCode(200).body("items.id", contains(second.toString()));
        given().auth().oauth2(key).queryParam("call_to", "01011110000", "01022220000").when().get("/v3/calls")
                .then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void invalidVoxFiltersAre400NamingTheParameter() {
        given().auth().oauth2(key).queryParam("agent_id", "agent-1").queryParam("call_type", "sip")
                .queryParam("call_from", "02-6000-1000").queryParam("call_to", "+821012345678").when()
                .get("/v3/calls").then().statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.errors.field", containsInAnyOrder("agent_id", "call_type", "call_from",
                        "call_to"));
    }

    @Test
    void invalidFiltersAre400NamingTheParameter() {
        given().auth().oauth2(key).queryParam("status", "hung_up").when().get("/v3/calls").then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.errors[0].field", equalTo("status"));
        given().auth().oauth2(key).queryParam("campaign_id", "abc").queryParam("to_number", "010-1234-5678")
                .queryParam("start_at_before", "yesterday").when().get("/v3/calls").then().statusCode(400)
                .body("error.details.errors.field", containsInAnyOrder("campaign_id", "to_number", "start_at_before"));
    }

    @Test
    void withoutKeyIs401() {
        given().when().get("/v3/calls").then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
    }

    private String agentOf(UUID call) {
        return pool.preparedQuery("select agent_id from call where id = $1").execute(Tuple.of(call))
                .await().indefinitely().iterator().next().getUUID("agent_id").toString();
    }

    private UUID insert(String organization, UUID campaignId, String status, String reason, String to, Instant start) {
        UUID id = UUID.randomUUID();
        Instant at = start.truncatedTo(ChronoUnit.MILLIS);
        pool.preparedQuery("""
                insert into call (id, organization_id, campaign_id, task_id, attempt_id, to_number, from_number,
                                  presentation_number, agent_id, agent_version, metadata, dynamic_variables, status,
                                  disconnection_reason, start_at, end_at, duration_ms, created_at, phase)
                values ($1, $2, $3, $4, $5, $6, '0260001000', '0212345678', $7, 'current', '{"crm_id":"c-1"}',
                        '{"name":"Kim"}', $8, $9, $10, $11, 25000, $10,
                        case $8 when 'ongoing' then 'placed' else 'ended' end)
                """).execute(Tuple.tuple().addUUID(id).addString(organization).addUUID(campaignId)
                        .addUUID(UUID.randomUUID()).addUUID(UUID.randomUUID()).addString(to).addUUID(UUID.randomUUID())
                        .addString(status).addString(reason).addOffsetDateTime(at.atOffset(ZoneOffset.UTC))
                        .addOffsetDateTime(at.plusSeconds(30).atOffset(ZoneOffset.UTC)))
                .await().indefinitely();
        return id;
    }
}
