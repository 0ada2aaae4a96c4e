package io.voxcampaigns.platform.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.voxcampaigns.platform.paging.PageRequest;
import io.voxcampaigns.platform.testing.TestDatabase;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * The OpenAPI document of an application built on platform: every /v3 operation carries the bearer security
 * requirement and the 400/401 (and 404 where the path names a resource) error envelopes; a resource's own answer
 * is kept; a list marked paged gets the paging parameters; a webhook outside /v3 is left alone.
 */
@QuarkusTest
@RealInfra(database = TestDatabase.NAME)
class ApiContractFilterTest {

    @Test
    void everyPublicOperationNeedsTheKeyAndDeclaresItsErrorAnswers() {
        JsonPath doc = document();

        assertThat(doc.getString("components.securitySchemes." + ApiContractFilter.SCHEME + ".scheme"))
                .isEqualTo("bearer");
        for (String operation : List.of("'/v3/samples'.get", "'/v3/samples/{sample_id}'.get")) {
            assertThat(doc.getList("paths." + operation + ".security"))
                    .containsExactly(Map.of(ApiContractFilter.SCHEME, List.of()));
            assertThat(doc.getString("paths." + operation + ".responses.'401'.content.'application/json'.schema.'$ref'"))
                    .endsWith("/" + ApiContractFilter.ERROR_SCHEMA);
            assertThat(doc.getMap("paths." + operation + ".responses")).containsKey("400");
        }
        assertThat(doc.getMap("paths.'/v3/samples'.get.responses")).doesNotContainKey("404");
        assertThat(doc.getString("paths.'/v3/samples/{sample_id}'.get.responses.'404'.description"))
                .isEqualTo("No such sample, said by the resource");
        assertThat(doc.getString("paths.'/v3/samples/{sample_id}'.get.responses.'404'.content.'application/json'"
                + ".schema.'$ref'")).as("an error answer declared without a body gets the envelope")
                .endsWith("/" + ApiContractFilter.ERROR_SCHEMA);
    }

    @Test
    void aPagedListGetsThePagingParametersWithTheBoundsEnforced() {
        JsonPath doc = document();
        String parameters = "paths.'/v3/paged-samples'.get.parameters";

        assertThat(doc.getList(parameters + ".name")).containsExactlyInAnyOrder("cursor", "limit", "sort_order");
        assertThat(doc.getMap(parameters + ".find { it.name == 'limit' }.schema"))
                .containsEntry("minimum", 1).containsEntry("maximum", PageRequest.MAX_LIMIT)
                .containsEntry("default", PageRequest.DEFAULT_LIMIT);
        assertThat(doc.getList(parameters + ".find { it.name == 'sort_order' }.schema.enum"))
                .containsExactly("asc", "desc");
        assertThat(doc.getString(parameters + ".find { it.name == 'cursor' }.description"))
                .isEqualTo("the resource's own wording");
        assertThat(doc.getMap("paths.'/v3/paged-samples'.get")).doesNotContainKey(ApiContractFilter.PAGED);
        assertThat(doc.getList("paths.'/v3/samples'.get.parameters")).isNull();
    }

    @Test
    void webhooksAreSignedNotKeyed() {
        JsonPath doc = document();

        assertThat(doc.getList("paths.'/webhooks/samples'.post.security")).isNull();
        assertThat(doc.getMap("paths.'/webhooks/samples'.post.responses")).doesNotContainKey("401");
    }

    @Test
    void theErrorEnvelopeIsDescribedWithVoxDetails() {
        JsonPath doc = document();
        String details = "components.schemas." + ApiContractFilter.ERROR_SCHEMA + ".properties.error.properties.details";

        assertThat(doc.getMap(details + ".properties")).containsKeys("field", "reason", "allowed_values", "errors");
        assertThat(doc.getList("components.schemas." + ApiContractFilter.ERROR_SCHEMA
                + ".properties.error.properties.code.enum")).contains("VALIDATION_ERROR", "NOT_FOUND");
    }

    private static JsonPath document() {
        return given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    }
}
