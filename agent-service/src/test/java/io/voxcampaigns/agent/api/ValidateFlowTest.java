package io.voxcampaigns.agent.api;

import static io.voxcampaigns.agent.support.AgentApi.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.agent.support.AgentApi;
import io.voxcampaigns.testing.support.RealInfra;

/** POST /v3/agents/validate-flow: the dry run of the flow validator at each level. */
@QuarkusTest
@RealInfra(database = "agents")
class ValidateFlowTest {

    private static final String ORG = UUID.randomUUID().toString();

    private static String body(ObjectNode flow) {
        ObjectNode body = AgentApi.JSON.createObjectNode();
        body.set("flow", flow);
        return body.toString();
    }

    /** The example graph with its edge into the endCall node removed: valid, with warnings. */
    private static ObjectNode flowWithWarnings() {
        ObjectNode flow = AgentApi.exampleFlow();
        flow.set("edges", AgentApi.JSON.createArrayNode().add(flow.get("edges").get(0)));
        return flow;
    }

    @Test
    void validFlowHasNoErrorsOrAdvisories() {
        as(ORG).queryParam("level", "all").body(body(AgentApi.exampleFlow())).when().post("/v3/agents/validate-flow")
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("errors", empty())
                .body("advisories", empty());
    }

    @Test
    void criticalLevelIsTheDefaultAndListsErrorsOnly() {
        ObjectNode flow = flowWithWarnings();
        ((ObjectNode) flow.get("edges").get(0)).put("target", "begin");
        as(ORG).body(body(flow)).when().post("/v3/agents/validate-flow").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors.rule", hasItem("edge_into_begin"))
                .body("errors.field", hasItem("flow.edges[0].target"))
                .body("errors.message", hasItem(containsString("e-begin-ask")))
                .body("advisories", empty());
    }

    @Test
    void runtimeLevelListsAdvisoriesAndStaysValid() {
        as(ORG).queryParam("level", "runtime").body(body(flowWithWarnings())).when().post("/v3/agents/validate-flow")
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("errors", empty())
                .body("advisories.rule", hasItem("unreachable_node"))
                .body("advisories.node_id", hasItem("goodbye"))
                .body("advisories.level", not(hasItem("critical")));
    }

    @Test
    void unknownLevelAndMissingFlowAre400() {
        as(ORG).queryParam("level", "strict").body(body(AgentApi.exampleFlow())).when()
                .post("/v3/agents/validate-flow").then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("level"));
        as(ORG).body("{}").when().post("/v3/agents/validate-flow").then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("flow"));
        as(ORG).queryParam("levle", "all").body(body(AgentApi.exampleFlow())).when()
                .post("/v3/agents/validate-flow").then().statusCode(400);
    }

    @Test
    void agentIdMustNameOneOfTheCallersAgents() {
        String id = AgentApi.create(ORG, AgentApi.resource("examples/flow-agent.json"));
        as(ORG).queryParam("agent_id", id).body(body(AgentApi.exampleFlow())).when().post("/v3/agents/validate-flow")
                .then().statusCode(200).body("valid", equalTo(true));
        as(UUID.randomUUID().toString()).queryParam("agent_id", id).body(body(AgentApi.exampleFlow())).when()
                .post("/v3/agents/validate-flow").then().statusCode(404);
        as(ORG).queryParam("agent_id", "nope").body(body(AgentApi.exampleFlow())).when()
                .post("/v3/agents/validate-flow").then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("agent_id"));
    }
}
