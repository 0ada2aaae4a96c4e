package io.voxcampaigns.dispatcher.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/** GET and PUT /v3/organization-limits: round trips, replacement, the admin scope and tenancy. */
@QuarkusTest
@RealInfra(database = "dispatcher")
class OrganizationLimitsResourceTest {

    static final String PATH = "/v3/organization-limits";
    static final String EVERY_LIMIT = """
            {"max_concurrent_calls": 50, "inbound_reserve": 5, "max_calls_per_second": 2.5,
             "max_calls_per_second_per_number": 0.5, "frequency_cap": {"max_attempts": 7, "period_hours": 168}}""";

    private final String org = UUID.randomUUID().toString();

    static RequestSpecification admin(String organizationId) {
        return given().auth().oauth2(TestApiKeys.issue(organizationId, "admin")).contentType(ContentType.JSON);
    }

    static JsonPath put(String organizationId, String body) {
        return admin(organizationId).body(body).when().put(PATH).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath get(String organizationId) {
        return admin(organizationId).when().get(PATH).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void beforeAnyPutEveryLimitIsNullAndTheReserveZero() {
        JsonPath limits = get(org);

        assertThat(limits.getMap("$")).containsOnlyKeys("max_concurrent_calls", "inbound_reserve",
                "max_calls_per_second", "max_calls_per_second_per_number", "frequency_cap", "updated_at");
        assertThat(limits.getMap("$")).containsEntry("inbound_reserve", 0);
        assertThat(limits.getMap("$")).containsEntry("max_concurrent_calls", null)
                .containsEntry("max_calls_per_second", null).containsEntry("max_calls_per_second_per_number", null)
                .containsEntry("frequency_cap", null).containsEntry("updated_at", null);
    }

    @Test
    void putStoresEveryLimitAndGetShowsThem() {
        long before = System.currentTimeMillis();
        JsonPath answer = put(org, EVERY_LIMIT);
        long after = System.currentTimeMillis();

        assertEveryLimit(answer);
        assertThat(answer.getLong("updated_at")).isBetween(before, after);
        JsonPath read = get(org);
        assertEveryLimit(read);
        assertThat(read.getLong("updated_at")).isEqualTo(answer.getLong("updated_at"));
    }

    @Test
    void aSecondPutReplacesEveryLimitAndOmittedOnesAreRemoved() {
        put(org, EVERY_LIMIT);

        JsonPath answer = put(org, "{\"max_concurrent_calls\": 8, \"max_calls_per_second\": 1}");

        assertThat(answer.getInt("max_concurrent_calls")).isEqualTo(8);
        assertThat(answer.getDouble("max_calls_per_second")).isEqualTo(1.0);
        assertThat(answer.getInt("inbound_reserve")).as("omitted: the default, 0").isZero();
        assertThat(answer.getMap("$")).containsEntry("max_calls_per_second_per_number", null)
                .containsEntry("frequency_cap", null);
        assertThat(get(org).getMap("$")).isEqualTo(answer.getMap("$"));
    }

    @Test
    void nullsClearEveryLimit() {
        put(org, EVERY_LIMIT);

        JsonPath answer = put(org, """
                {"max_concurrent_calls": null, "inbound_reserve": null, "max_calls_per_second": null,
                 "max_calls_per_second_per_number": null, "frequency_cap": null}""");

        assertThat(answer.getMap("$")).containsEntry("max_concurrent_calls", null)
                .containsEntry("inbound_reserve", 0).containsEntry("max_calls_per_second", null)
                .containsEntry("max_calls_per_second_per_number", null).containsEntry("frequency_cap", null);
        assertThat(answer.getLong("updated_at")).as("set, to no limits").isPositive();
        assertThat(get(org).getMap("$")).isEqualTo(answer.getMap("$"));
    }

    @Test
    void anEmptyObjectRemovesEveryLimit() {
        put(org, EVERY_LIMIT);

        JsonPath answer = put(org, "{}");

        assertThat(answer.getMap("$")).containsEntry("max_concurrent_calls", null)
                .containsEntry("frequency_cap", null).containsEntry("inbound_reserve", 0);
    }

    @Test
    void withoutAKeyBothAre401() {
        given().when().get(PATH).then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
        given().contentType(ContentType.JSON).body(EVERY_LIMIT).when().put(PATH).then().statusCode(401)
                .body("error.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void aKeyWithoutTheAdminScopeIs403NamingTheScopeAndChangesNothing() {
        put(org, EVERY_LIMIT);
        Map<String, Object> before = get(org).getMap("$");
        String everyOtherScope = TestApiKeys.issue(org, "agents", "campaigns", "calls");

        given().auth().oauth2(everyOtherScope).when().get(PATH).then().statusCode(403)
                .body("error.code", equalTo("FORBIDDEN")).body("error.message", containsString("'admin'"));
        given().auth().oauth2(everyOtherScope).contentType(ContentType.JSON).body("{\"max_concurrent_calls\": 1}")
                .when().put(PATH).then().statusCode(403)
                .body("error.code", equalTo("FORBIDDEN")).body("error.message", containsString("'admin'"));

        assertThat(get(org).getMap("$")).isEqualTo(before);
    }

    @Test
    void twoOrganisationsNeitherSeeNorChangeEachOthersLimits() {
        String other = UUID.randomUUID().toString();
        put(org, EVERY_LIMIT);

        assertThat(get(other).getMap("$")).as("the other organisation sees none of them")
                .containsEntry("max_concurrent_calls", null).containsEntry("updated_at", null);
        put(other, "{\"max_concurrent_calls\": 3}");

        assertEveryLimit(get(org));
        assertThat(get(other).getInt("max_concurrent_calls")).isEqualTo(3);
        assertThat(get(other).getMap("$")).containsEntry("frequency_cap", null);
    }

    @Test
    void aQueryParameterIs400() {
        admin(org).queryParam("organization_id", UUID.randomUUID().toString()).when().get(PATH).then()
                .statusCode(400).body("error.details.errors[0].field", equalTo("organization_id"));
    }

    @Test
    void theOpenApiDocumentDeclaresBothOperationsWithTheirBodiesAndRefusals() {
        JsonPath doc = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        String path = "paths.'" + PATH + "'";

        for (String operation : new String[] {"get", "put"}) {
            assertThat(doc.getMap(path + "." + operation + ".responses")).as(operation)
                    .containsKeys("200", "400", "401", "403");
            assertThat(doc.getString(path + "." + operation + ".responses.'200'.content.'application/json'.schema"
                    + ".'$ref'")).as(operation).endsWith("/OrganizationLimitsResponse");
        }
        assertThat(doc.getString(path + ".put.requestBody.content.'application/json'.schema.'$ref'"))
                .endsWith("/OrganizationLimitsBody");
        assertThat(doc.getMap("components.schemas.OrganizationLimitsBody.properties")).containsOnlyKeys(
                "max_concurrent_calls", "inbound_reserve", "max_calls_per_second", "max_calls_per_second_per_number",
                "frequency_cap");
        assertThat(doc.getList("components.schemas.OrganizationLimitsFrequencyCap.required"))
                .containsExactlyInAnyOrder("max_attempts", "period_hours");
    }

    private static void assertEveryLimit(JsonPath limits) {
        assertThat(limits.getInt("max_concurrent_calls")).isEqualTo(50);
        assertThat(limits.getInt("inbound_reserve")).isEqualTo(5);
        assertThat(limits.getDouble("max_calls_per_second")).isEqualTo(2.5);
        assertThat(limits.getDouble("max_calls_per_second_per_number")).isEqualTo(0.5);
        assertThat(limits.getInt("frequency_cap.max_attempts")).isEqualTo(7);
        assertThat(limits.getInt("frequency_cap.period_hours")).isEqualTo(168);
    }
}
