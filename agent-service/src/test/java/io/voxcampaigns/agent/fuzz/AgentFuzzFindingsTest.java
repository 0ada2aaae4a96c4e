package io.voxcampaigns.agent.fuzz;

import static io.voxcampaigns.agent.support.AgentApi.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.agent.support.AgentApi;
import io.voxcampaigns.testing.support.RealInfra;

/** Regressions for what the request fuzzer found (issue #6): each was a 500 or an accepted invalid request. */
@QuarkusTest
@RealInfra(database = "agents")
class AgentFuzzFindingsTest {

    private static final String ORG = UUID.randomUUID().toString();

    @Test
    void nulCharacterInAStringIsA400NamingTheFieldNotA500() {
        as(ORG).body("{\"name\": \"x\", \"data\": {\"voice\": {\"provider\": \"a\\u0000b\"}}}")
                .when().post("/v3/agents").then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.errors[0].field", equalTo("data.voice.provider"));
    }

    @Test
    void textAfterTheBodyIsA400() {
        as(ORG).body(AgentApi.MINIMAL + "}}garbage").when().post("/v3/agents").then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"));
    }

    @Test
    void nullListElementIsA400NamingIt() {
        as(ORG).body("{\"name\": \"x\", \"data\": {\"stt\": {\"languages\": [null]}}}")
                .when().post("/v3/agents").then().statusCode(400)
                .body("error.message", containsString("data.stt.languages"));
    }

    @Test
    void unknownQueryParametersOnChangesAre400sAndChangeNothing() {
        as(ORG).body(AgentApi.MINIMAL).when().post("/v3/agents?dry_run=true").then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("dry_run"));
        String id = AgentApi.create(ORG, AgentApi.MINIMAL);
        as(ORG).body("{\"name\": \"renamed\"}").when().patch("/v3/agents/" + id + "?force=1").then().statusCode(400);
        as(ORG).when().delete("/v3/agents/" + id + "?force=1").then().statusCode(400);
        as(ORG).body("{}").when().post("/v3/agents/" + id + "/versions?x=1").then().statusCode(400);
        as(ORG).when().get("/v3/agents/" + id + "/versions?limit=5").then().statusCode(400);
        AgentApi.snapshot(ORG, id);
        as(ORG).when().post("/v3/agents/" + id + "/versions/v1/publish?x=1").then().statusCode(400);
        as(ORG).when().get("/v3/agents/" + id).then().statusCode(200).body("name", equalTo("Minimal agent"))
                .body("production_version", equalTo(null));
    }

    @Test
    void flowWhoseBeginNodeHasNoIdIsAnsweredNot500() {
        as(ORG).body("{\"flow\": {\"nodes\": [{\"type\": \"begin\", \"position\": {\"x\": 0, \"y\": 0}, "
                        + "\"data\": {\"name\": \"Begin\"}}], \"edges\": []}}")
                .when().post("/v3/agents/validate-flow?level=all").then().statusCode(200)
                .body("valid", equalTo(false));
    }
}
