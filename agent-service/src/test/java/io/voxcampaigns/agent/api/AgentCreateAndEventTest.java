package io.voxcampaigns.agent.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.agent.AgentCreated;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;
import io.voxcampaigns.testing.support.TestKafka;

/**
 * The foundation's write path end to end: a REST call stores the agent and its AgentCreated event in one
 * transaction; the outbox relay publishes the event, single-object Avro encoded and keyed by agent id, to the
 * real broker.
 */
@QuarkusTest
@RealInfra(database = "agents")
class AgentCreateAndEventTest {

    private static final String ORG = UUID.randomUUID().toString();
    private static final String OTHER_ORG = UUID.randomUUID().toString();


    @Test
    void createdAgentIsStoredAndPublishedOnAgentEvents() {
        String agentId = given().auth().oauth2(TestApiKeys.issue(ORG)).contentType(ContentType.JSON)
                .body("{\"name\": \"Reservation reminder\", \"type\": \"single_prompt\"}")
                .when().post("/v3/agents")
                .then().statusCode(201)
                .body("name", equalTo("Reservation reminder"))
                .body("type", equalTo("single_prompt"))
                .extract().path("agent_id");

        given().auth().oauth2(TestApiKeys.issue(ORG)).when().get("/v3/agents")
                .then().statusCode(200).body("items.agent_id", hasItem(agentId));

        ConsumerTask<String, byte[]> consumer = TestKafka.consume(Topics.AGENT_EVENTS);
        ConsumerRecord<String, byte[]> record;
        try {
            record = await().atMost(Duration.ofSeconds(20)).until(() -> consumer.getRecords().stream()
                    .filter(r -> agentId.equals(r.key())).findFirst(), Optional::isPresent).orElseThrow();
        } finally {
            consumer.stop();
        }
        byte[] bytes = record.value();
        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        long fingerprint = java.nio.ByteBuffer.wrap(bytes, 2, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN).getLong();
        assertThat(fingerprint).isEqualTo(SchemaNormalization.parsingFingerprint64(AgentCreated.getClassSchema()));

        AgentCreated event = EventCodec.decode(bytes, AgentCreated.class);
        assertThat(event.getAgentId()).isEqualTo(agentId);
        assertThat(event.getOrganizationId()).isEqualTo(ORG);
        assertThat(event.getAgent().getName()).isEqualTo("Reservation reminder");
        assertThat(new String(record.headers().lastHeader("event_type").value()))
                .isEqualTo(AgentCreated.getClassSchema().getFullName());
    }

    @Test
    void anotherOrganisationDoesNotSeeTheAgent() {
        String agentId = given().auth().oauth2(TestApiKeys.issue(ORG)).contentType(ContentType.JSON)
                .body("{\"name\": \"Private agent\"}")
                .when().post("/v3/agents").then().statusCode(201).extract().path("agent_id");

        given().auth().oauth2(TestApiKeys.issue(OTHER_ORG)).when().get("/v3/agents")
                .then().statusCode(200).body("items.agent_id", not(hasItem(agentId)));
    }

    @Test
    void unknownFieldIs400NamingIt() {
        given().auth().oauth2(TestApiKeys.issue(ORG)).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"nmae\": \"typo\"}")
                .when().post("/v3/agents")
                .then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.errors[0].field", equalTo("nmae"));
    }

    @Test
    void wrongTypeIs400NamingTheField() {
        given().auth().oauth2(TestApiKeys.issue(ORG)).contentType(ContentType.JSON)
                .body("{\"name\": [1, 2]}")
                .when().post("/v3/agents")
                .then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.errors[0].field", equalTo("name"));
    }

    @Test
    void malformedJsonIs400() {
        given().auth().oauth2(TestApiKeys.issue(ORG)).contentType(ContentType.JSON)
                .body("{\"name\": ")
                .when().post("/v3/agents")
                .then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"));
    }

    @Test
    void blankNameAndBadTypeAreBothReported() {
        given().auth().oauth2(TestApiKeys.issue(ORG)).contentType(ContentType.JSON)
                .body("{\"name\": \"  \", \"type\": \"robot\"}")
                .when().post("/v3/agents")
                .then().statusCode(400)
                .body("error.details.errors.field", contains("name", "type"));
    }

    @Test
    void unknownQueryParameterIs400ListingTheAllowedOnes() {
        given().auth().oauth2(TestApiKeys.issue(ORG)).queryParam("limt", "5")
                .when().get("/v3/agents")
                .then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("limt"))
                .body("error.details.allowed_query_parameters", hasItem("limit"));
    }

    @Test
    void unknownRouteIs404InTheEnvelope() {
        given().auth().oauth2(TestApiKeys.issue(ORG)).when().get("/v3/nothing-here")
                .then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    }
}
