package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.voxcampaigns.campaign.domain.AgentVersionRequest;
import io.voxcampaigns.campaign.domain.ApiValue;
import io.voxcampaigns.campaign.domain.CampaignPhase;
import io.voxcampaigns.campaign.domain.DomesticNumbers;
import io.voxcampaigns.campaign.domain.LineStatus;
import io.voxcampaigns.campaign.domain.NumberProvider;
import io.voxcampaigns.campaign.domain.NumberUsage;
import io.voxcampaigns.campaign.domain.TaskStatus;
import io.voxcampaigns.platform.retry.RetryReasons;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Issue #18 item 11: /q/openapi describes exactly what campaign-service accepts: only the properties a request may
 * carry, the enforced constraints as schema keywords (from the same constants as the checks), the query parameters
 * and their allowed values (equal to the enums the code parses), and each operation's own 4xx in the envelope.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CampaignOpenApiTest {

    private static final String SCHEMAS = "components.schemas.";

    private static JsonPath document() {
        return given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void createBodyStatesEveryRuleAsASchemaKeyword() {
        JsonPath doc = document();
        assertThat(doc.getString("paths.'/v3/campaigns'.post.requestBody.content.'application/json'.schema.'$ref'"))
                .endsWith("/CreateCampaignRequest");
        String create = SCHEMAS + "CreateCampaignRequest.";
        assertThat(doc.getList(create + "required", String.class))
                .containsExactlyInAnyOrder("name", "from_number", "agent", "tasks");
        assertThat(doc.getInt(create + "properties.name.minLength")).isEqualTo(1);
        assertThat(doc.getInt(create + "properties.name.maxLength")).isEqualTo(CampaignRequestValidation.MAX_NAME);
        assertThat(doc.getString(create + "properties.from_number.pattern")).isEqualTo(DomesticNumbers.PATTERN);
        assertThat(doc.getInt(create + "properties.tasks.minItems")).isEqualTo(1);
        assertThat(doc.getInt(create + "properties.tasks.maxItems")).isEqualTo(CampaignRequestValidation.MAX_TASKS);
        assertThat(doc.getInt(create + "properties.concurrency.minimum")).isEqualTo(1);
        assertThat(doc.getInt(create + "properties.concurrency.maximum"))
                .isEqualTo(CampaignRequestValidation.MAX_CONCURRENCY);
        assertThat(doc.getString(SCHEMAS + "AgentBody.properties.agent_version.pattern"))
                .isEqualTo(AgentVersionRequest.PATTERN);
        assertThat(doc.getList(SCHEMAS + "AgentBody.required", String.class)).containsExactly("agent_id");
        assertThat(doc.getString(SCHEMAS + "TaskBody.properties.to_number.pattern")).isEqualTo(DomesticNumbers.PATTERN);
        assertThat(doc.getList(SCHEMAS + "TaskBody.properties.dynamic_variables.type", String.class))
                .containsExactly("object", "null");
        assertThat(doc.getList(SCHEMAS + "TaskBody.properties.dynamic_variables.additionalProperties.type",
                String.class)).containsExactly("string", "number", "boolean");
        assertThat(doc.getString(SCHEMAS + "TaskBody.properties.metadata.anyOf[0].'$ref'")).endsWith("/JsonObject");
        String window = SCHEMAS + "CallTimeWindowWindow.properties.";
        assertThat(doc.getInt(window + "start_min.maximum")).isEqualTo(1439);
        assertThat(doc.getInt(window + "end_min.maximum")).isEqualTo(1440);
        assertThat(doc.getBoolean(window + "days.uniqueItems")).isTrue();
        assertThat(doc.getInt(SCHEMAS + "CallTimeWindow.properties.windows.maxItems")).isEqualTo(28);
        assertThat(doc.getList(SCHEMAS + "DayName.enum", String.class)).containsExactly("Monday", "Tuesday",
                "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
        // a nullable reference takes null in its own type too, not only in its anyOf
        assertThat(doc.getList(create + "properties.retry_policy.type", String.class)).contains("object", "null");
        assertThat(doc.getList(create + "properties.voicemail_action.type", String.class)).contains("object", "null");
        assertThat(doc.getBoolean(SCHEMAS + "RetryPolicy.properties.retry_on.uniqueItems")).isTrue();
        assertThat(doc.getList(SCHEMAS + "RetryableReason.enum", String.class))
                .containsExactlyInAnyOrderElementsOf(RetryReasons.retryableNames());
    }

    @Test
    void patchBodyAdvertisesOnlyTheEditableFields() {
        JsonPath doc = document();
        assertThat(doc.getString(
                "paths.'/v3/campaigns/{id}'.patch.requestBody.content.'application/json'.schema.'$ref'"))
                .endsWith("/PatchCampaignRequest");
        Map<String, Object> properties = doc.getMap(SCHEMAS + "PatchCampaignRequest.properties");
        assertThat(properties.keySet()).containsExactlyInAnyOrder(
                CampaignEditValidation.EDITABLE.split(", "));
        assertThat(doc.getInt(SCHEMAS + "PatchCampaignRequest.minProperties")).isEqualTo(1);
    }

    @Test
    void queryParametersListTheValuesTheCodeParses() {
        JsonPath doc = document();
        assertThat(enumOf(doc, "/v3/campaigns", "status")).containsExactlyElementsOf(values(CampaignPhase.values()));
        assertThat(enumOf(doc, "/v3/campaigns/{id}/tasks", "status"))
                .containsExactlyElementsOf(values(TaskStatus.values()));
        String numbers = "/v3/organization-telephone-numbers";
        assertThat(enumOf(doc, numbers, "provider")).containsExactlyElementsOf(values(NumberProvider.values()));
        assertThat(enumOf(doc, numbers, "status")).containsExactlyElementsOf(values(LineStatus.values()));
        assertThat(enumOf(doc, numbers, "usage")).containsExactlyElementsOf(values(NumberUsage.values()));
        assertThat(enumOf(doc, numbers, "sort_by")).containsExactly("created_at");
        assertThat(doc.getList(SCHEMAS + "RegisterNumberRequest.properties.usage.enum", String.class))
                .containsExactlyElementsOf(values(NumberUsage.values()));
        // provider may be null (the default applies), so its enumeration lists null too (platform's ApiContractFilter)
        List<String> providerOrNull = new ArrayList<>(values(NumberProvider.values()));
        providerOrNull.add(null);
        assertThat(doc.getList(SCHEMAS + "RegisterNumberRequest.properties.provider.enum", String.class))
                .containsExactlyElementsOf(providerOrNull);
        assertThat(doc.getMap("paths.'/v3/organization-telephone-numbers/{id}'")).containsKey("get");
        // every list is paged by PageRequest (ApiContractFilter.PAGED)
        for (String list : List.of("/v3/campaigns", "/v3/campaigns/{id}/tasks", numbers)) {
            assertThat(enumOf(doc, list, "sort_order")).as(list).containsExactly("asc", "desc");
            assertThat(doc.getInt("paths.'" + list + "'.get.parameters.find { it.name == 'limit' }.schema.maximum"))
                    .as(list).isEqualTo(100);
        }
    }

    @Test
    void operationSpecificErrorsAreDeclaredInTheEnvelope() {
        JsonPath doc = document();
        for (String action : List.of("pause", "resume", "cancel")) {
            assertEnvelope(doc, "paths.'/v3/campaigns/{id}/" + action + "'.post.responses.'409'");
        }
        assertEnvelope(doc, "paths.'/v3/campaigns/{id}'.patch.responses.'409'");
        assertEnvelope(doc, "paths.'/v3/campaigns'.post.responses.'503'");
        assertEnvelope(doc, "paths.'/v3/organization-telephone-numbers'.post.responses.'403'");
        assertEnvelope(doc, "paths.'/v3/organization-telephone-numbers'.post.responses.'409'");
        assertEnvelope(doc, "paths.'/v3/organization-telephone-numbers/{id}/approve'.post.responses.'409'");
        assertThat(doc.getMap("paths.'/v3/campaigns'.post.responses")).containsKey("201");
    }

    private static void assertEnvelope(JsonPath doc, String response) {
        assertThat(doc.getString(response + ".content.'application/json'.schema.'$ref'")).as(response)
                .endsWith("/ErrorBody");
    }

    private static List<String> enumOf(JsonPath doc, String path, String parameter) {
        return doc.getList("paths.'" + path + "'.get.parameters.find { it.name == '" + parameter + "' }.schema.enum",
                String.class);
    }

    private static List<String> values(ApiValue[] constants) {
        return ApiValue.values(constants);
    }
}
