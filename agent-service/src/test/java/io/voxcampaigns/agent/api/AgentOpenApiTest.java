package io.voxcampaigns.agent.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.voxcampaigns.agent.domain.VersionSelector;
import io.voxcampaigns.agent.domain.data.AgentDataRules;
import io.voxcampaigns.agent.domain.flow.FlowNodeData;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * /q/openapi describes every agents endpoint with its request schema and error responses, and describes exactly what
 * the service accepts: only keys a request may carry, every enforced constraint as a schema keyword (issue #18 item 11).
 */
@QuarkusTest
@RealInfra(database = "agents")
class AgentOpenApiTest {

    private static JsonPath document() {
        return given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyEndpointIsDescribed() {
        JsonPath doc = document();
        Map<String, Object> paths = doc.getMap("paths");
        assertThat(paths).containsKeys("/v3/agents", "/v3/agents/{agent_id}", "/v3/agents/{agent_id}/versions",
                "/v3/agents/{agent_id}/versions/{version}/publish", "/v3/agents/validate-flow");
        assertThat(doc.getMap("paths.'/v3/agents/{agent_id}'")).containsKeys("get", "patch", "delete");
        assertThat(doc.getMap("paths.'/v3/agents'.post.responses")).containsKeys("201", "400", "401");
        assertThat(doc.getMap("paths.'/v3/agents/{agent_id}'.patch.responses")).containsKeys("200", "400", "404");
        assertThat(doc.getMap("paths.'/v3/agents/validate-flow'.post.responses")).containsKeys("200", "400", "404");
        assertThat(doc.getString("paths.'/v3/agents'.post.requestBody.content.'application/json'.schema.'$ref'"))
                .endsWith("CreateAgentRequest");
        assertThat(doc.getMap("components.schemas")).containsKeys("AgentData", "FlowData", "AgentResponse",
                "ErrorBody");
    }

    @Test
    void everyRuleOnAgentDataIsASchemaKeyword() {
        JsonPath doc = document();
        for (AgentDataRules.Rule rule : AgentDataRules.ALL) {
            String model = "components.schemas." + rule.model().getSimpleName();
            String property = model + ".properties.'" + rule.property() + "'";
            switch (rule.kind()) {
                case REQUIRED -> assertThat(doc.getList(model + ".required")).as(property).contains(rule.property());
                case ONE_OF -> assertThat(doc.getList(property + ".enum")).as(property)
                        .containsAll(rule.allowed()).allMatch(value -> value == null || rule.allowed().contains(value));
                case RANGE -> {
                    assertThat(doc.getDouble(property + ".minimum")).as(property).isEqualTo(rule.minimum());
                    assertThat(doc.getString(property + ".maximum")).as(property)
                            .isEqualTo(rule.maximum() == null ? null : String.valueOf(rule.maximum()));
                }
                case NOT_BLANK -> assertThat(doc.getString(property + ".pattern")).as(property)
                        .isEqualTo(AgentDataRules.NOT_BLANK_PATTERN);
                case MAX_ITEMS -> assertThat(doc.getInt(property + ".maxItems")).as(property).isEqualTo(rule.maxItems());
                case UUID -> assertThat(List.of(String.valueOf(doc.getString(property + ".format")),
                        String.valueOf(doc.getString(property + ".items.format")))).as(property).contains("uuid");
            }
        }
    }

    /** Null is a type exactly where the validator accepts null (no default to keep, or documented as null). */
    @Test
    void dataPropertiesTakeNullExactlyWhereTheValidatorAcceptsIt() {
        JsonPath doc = document();
        String schemas = "components.schemas.";
        assertThat(doc.getList(schemas + "LlmSettings.properties.model.type")).containsExactlyInAnyOrder("string", "null");
        assertThat(doc.getList(schemas + "BuiltInTool.properties.name.type")).containsExactlyInAnyOrder("string", "null");
        assertThat(doc.getList(schemas + "SttSettings.properties.speed.enum")).containsExactly("low", "medium", "high",
                null);
        assertThat(String.valueOf(doc.getString(schemas + "PromptSettings.properties.prompt.type"))).doesNotContain("null");
        assertThat(String.valueOf(doc.getString(schemas + "CallSettingsSection.properties.ringDurationInSeconds.type")))
                .doesNotContain("null");
        assertThat(String.valueOf(doc.getString(schemas + "BuiltInTool.properties.toolType.type"))).doesNotContain("null");
    }

    @Test
    void requestsAdvertiseOnlyKeysTheyMayCarryWithTheirConstraints() {
        JsonPath doc = document();
        Map<String, Object> node = doc.getMap("components.schemas.FlowNodeData.properties");
        assertThat(node).doesNotContainKeys("global", FlowNodeData.OTHER_KEYS).containsKey("global_node_setting");
        assertThat(doc.getBoolean("components.schemas.FlowNodeData.additionalProperties")).isTrue();
        assertThat(doc.getMap("components.schemas.FlowEdge.properties")).containsKeys("condition", "skip_user_response");
        assertThat(doc.getMap("components.schemas.UpdateAgentRequest.properties")).doesNotContainKey("type");
        assertThat(doc.getList("components.schemas.CreateAgentRequest.oneOf.'$ref'")).containsExactly(
                "#/components/schemas/CreateSinglePromptAgentRequest", "#/components/schemas/CreateFlowAgentRequest");
        String singlePrompt = "components.schemas.CreateSinglePromptAgentRequest";
        assertThat(doc.getList(singlePrompt + ".required")).containsExactly("name");
        assertThat(doc.getInt(singlePrompt + ".properties.name.maxLength")).isEqualTo(255);
        assertThat(doc.getList(singlePrompt + ".properties.type.enum")).containsExactly("single_prompt", null);
        assertThat(doc.getMap(singlePrompt + ".properties")).containsOnlyKeys("name", "type", "data");
        assertThat(doc.getBoolean(singlePrompt + ".additionalProperties")).isFalse();
        String flow = "components.schemas.CreateFlowAgentRequest";
        assertThat(doc.getList(flow + ".required")).containsExactly("name", "type", "flow_data");
        assertThat(doc.getList(flow + ".properties.type.enum")).containsExactly("flow");
        assertThat(doc.getBoolean(flow + ".additionalProperties")).isFalse();
        assertThat(doc.getList("components.schemas.FlowData.properties.nodes.type")).contains("null");
        assertThat(doc.getList("components.schemas.Viewport.properties.x.type")).contains("null");
        assertThat(doc.getString("components.schemas.FlowData.description")).contains("exactly one begin node");
        assertThat(doc.getList("components.schemas.CreateVersionRequest.properties.description.type")).contains("null");
        assertThat(doc.getInt("components.schemas.CreateVersionRequest.properties.description.maxLength")).isEqualTo(500);
        assertThat(doc.getList("components.schemas.ValidateFlowRequest.required")).containsExactly("flow");
        assertThat(doc.getList("paths.'/v3/agents/{agent_id}'.get.parameters.schema.pattern"))
                .contains(VersionSelector.SELECTOR_PATTERN);
        assertThat(doc.getList("paths.'/v3/agents/validate-flow'.post.parameters.find { it.name == 'level' }.schema.enum"))
                .containsExactly("critical", "runtime", "all");
        assertThat(doc.getList("paths.'/v3/agents/{agent_id}'.get.parameters.schema.format")).contains("uuid");
        assertThat(doc.getList("paths.'/v3/agents'.get.parameters.name"))
                .containsExactlyInAnyOrder("q", "type", "limit", "cursor", "sort_order");
    }
}
