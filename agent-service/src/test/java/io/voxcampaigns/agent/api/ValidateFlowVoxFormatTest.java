package io.voxcampaigns.agent.api;

import static io.voxcampaigns.agent.support.AgentApi.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.agent.support.AgentApi;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Issue #18 item 4: POST /v3/agents/validate-flow takes vox's documented body, {@code {"flow": {nodes, edges}}} in the
 * public snake_case format (edges carrying their {@code condition}), and {@code ?agent_id=} adds reference checks.
 */
@QuarkusTest
@RealInfra(database = "agents")
class ValidateFlowVoxFormatTest {

    private static final String ORG = UUID.randomUUID().toString();
    private static final String PATH = "/v3/agents/validate-flow";

    private static ObjectNode voxBody() {
        return AgentApi.tree(AgentApi.resource("examples/vox-public-flow.json"));
    }

    private static ObjectNode edge(ObjectNode body, int j) {
        return (ObjectNode) body.get("flow").get("edges").get(j);
    }

    @Test
    void voxsPublicFlowFormatIsValid() {
        as(ORG).queryParam("level", "all").body(voxBody().toString()).when().post(PATH).then().statusCode(200)
                .body("valid", equalTo(true))
                .body("errors", empty())
                .body("advisories", empty());
    }

    @Test
    void anUnknownConditionTypeOrLogicalOperatorIsCritical() {
        ObjectNode body = voxBody();
        ((ObjectNode) edge(body, 1).get("condition")).put("type", "maybe");
        ((ObjectNode) edge(body, 2).get("condition")).put("operator", "and");
        as(ORG).body(body.toString()).when().post(PATH).then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors.rule", containsInAnyOrder("unknown_condition_type", "unknown_logical_operator"))
                .body("errors.field", containsInAnyOrder("flow.edges[1].condition.type",
                        "flow.edges[2].condition.operator"))
                .body("errors.node_id", containsInAnyOrder("greet", "lookup"));
    }

    @Test
    void aGlobalNodeSettingNeedsItsCondition() {
        ObjectNode body = voxBody();
        ((ObjectNode) body.get("flow").get("nodes").get(3).get("data").get("global_node_setting")).put("condition", "");
        as(ORG).body(body.toString()).when().post(PATH).then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors.rule", hasItem("global_node_missing_condition"))
                .body("errors.field", hasItem("flow.nodes[3].data.global_node_setting.condition"));
    }

    @Test
    void anUnknownKeyOfTheEdgeOrTheFlowIsStillA400() {
        ObjectNode body = voxBody();
        edge(body, 0).put("conditon", "typo");
        as(ORG).body(body.toString()).when().post(PATH).then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.errors[0].field", equalTo("flow.edges[0].conditon"));
    }

    @Test
    void agentIdAddsReferenceFindingsThatNeverFlipValid() {
        String tool = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        ObjectNode agent = AgentApi.tree(AgentApi.resource("examples/flow-agent.json"));
        ((ObjectNode) agent.get("data")).putArray("toolIds").add(tool);
        String agentId = AgentApi.create(ORG, agent.toString());

        ObjectNode flow = AgentApi.exampleFlow();
        ObjectNode ask = (ObjectNode) flow.get("nodes").get(1).get("data");
        ask.withArray("transitions").addObject().put("id", "ask-orphan").put("condition", "The customer is angry")
                .put("isFallback", false).put("isSkipUserResponse", false);
        flow.withArray("edges").addObject().put("id", "e-dangling").put("source", "ask").put("target", "goodbye")
                .put("sourceHandle", "no-such-transition");
        flow.withArray("edges").addObject().put("id", "e-second").put("source", "ask").put("target", "goodbye")
                .put("sourceHandle", "ask-answered");
        ObjectNode known = flow.withArray("nodes").addObject().put("id", "tool-known").put("type", "tool");
        known.putObject("data").put("name", "Known tool").put("tool_id", tool);
        ObjectNode unknown = flow.withArray("nodes").addObject().put("id", "tool-unknown").put("type", "tool");
        unknown.putObject("data").put("name", "Unknown tool").put("toolId", other);
        flow.withArray("edges").addObject().put("id", "e-tool-1").put("source", "tool-known").put("target", "goodbye");
        flow.withArray("edges").addObject().put("id", "e-tool-2").put("source", "tool-unknown").put("target", "goodbye");
        String body = AgentApi.JSON.createObjectNode().set("flow", flow).toString();

        as(ORG).queryParam("agent_id", agentId).body(body).when().post(PATH).then().statusCode(200)
                .body("valid", equalTo(true))
                .body("errors", empty())
                .body("advisories.rule", containsInAnyOrder("dangling_edge_handle", "orphan_transition",
                        "multi_fanout_transition", "dangling_tool_reference"))
                .body("advisories.level", everyItem(equalTo("reference")))
                .body("advisories.field", containsInAnyOrder("flow.edges[3].sourceHandle",
                        "flow.nodes[1].data.transitions[1]", "flow.nodes[1].data.transitions[0]",
                        "flow.nodes[4].data.toolId"));
        as(ORG).queryParam("level", "all").body(body).when().post(PATH).then().statusCode(200)
                .body("valid", equalTo(true))
                .body("advisories.level", everyItem(equalTo("runtime")));
    }

    @Test
    void anUnknownOrAnotherOrganisationsAgentIsA404InTheEnvelope() {
        String foreign = AgentApi.create(UUID.randomUUID().toString(), AgentApi.resource("examples/flow-agent.json"));
        for (String agentId : new String[] {UUID.randomUUID().toString(), foreign}) {
            as(ORG).queryParam("agent_id", agentId).body(voxBody().toString()).when().post(PATH).then().statusCode(404)
                    .body("error.code", equalTo("NOT_FOUND"))
                    .body("error.message", containsString(agentId));
        }
    }
}
