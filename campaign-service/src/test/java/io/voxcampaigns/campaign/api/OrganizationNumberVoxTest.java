package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * Issue #18 item 5: GET /v3/organization-telephone-numbers and GET .../{id} as vox documents them: items with
 * number, provider, status, start_at and vox's other fields; the filters provider, status (repeatable) and sort_by.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class OrganizationNumberVoxTest {

    private static final String PATH = "/v3/organization-telephone-numbers";

    private final String org = UUID.randomUUID().toString();

    private RequestSpecification admin() {
        return given().auth().oauth2(TestApiKeys.issue(org, "admin")).contentType(ContentType.JSON);
    }

    private RequestSpecification reader() {
        return given().auth().oauth2(TestApiKeys.issue(org));
    }

    private JsonPath register(Map<String, Object> body) {
        return admin().body(body).when().post(PATH).then().statusCode(201).extract().jsonPath();
    }

    @Test
    void itemsCarryVoxsFieldsPlusUsage() {
        JsonPath created = register(Map.of("telephone_number", "07070001234", "usage", "outbound",
                "memo", "Seoul office line"));
        String id = created.getString("id");

        Map<String, Object> item = reader().when().get(PATH).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0]", not(hasKey("telephone_number")))
                .extract().jsonPath().getMap("items[0]");
        assertVoxItem(item, id, "07070001234");
        reader().when().get(PATH).then().body("items[0].memo", equalTo("Seoul office line"))
                .body("items[0].usage", equalTo("outbound")).body("items[0].approval_status", nullValue());
    }

    @Test
    void oneNumberByItsRowIdAnd404Otherwise() {
        String id = register(Map.of("telephone_number", "0260001000", "usage", "outbound")).getString("id");

        Map<String, Object> one = reader().when().get(PATH + "/" + id).then().statusCode(200).extract().jsonPath()
                .getMap("$");
        assertVoxItem(one, id, "0260001000");

        reader().when().get(PATH + "/" + UUID.randomUUID()).then().statusCode(404)
                .body("error.code", equalTo("NOT_FOUND"));
        reader().when().get(PATH + "/0260001000").then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        given().auth().oauth2(TestApiKeys.issue(UUID.randomUUID().toString())).when().get(PATH + "/" + id)
                .then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
        reader().queryParam("expand", "agent").when().get(PATH + "/" + id).then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"));
    }

    @Test
    void voxsFiltersProviderStatusAndSortBy() {
        register(Map.of("telephone_number", "0260001000", "usage", "outbound"));
        register(Map.of("telephone_number", "15881508", "usage", "outbound", "provider", "vox"));

        reader().queryParam("provider", "vox").when().get(PATH).then().statusCode(200)
                .body("items.number", contains("15881508")).body("items.provider", contains("vox"));
        reader().queryParam("provider", "custom").when().get(PATH).then().statusCode(200)
                .body("items.number", contains("0260001000"));
        reader().queryParam("status", "active").queryParam("status", "scheduled").when().get(PATH)
                .then().statusCode(200).body("items.number", containsInAnyOrder("0260001000", "15881508"))
                .body("total_count", equalTo(2));
        reader().queryParam("status", "expired").queryParam("status", "cancel_requested").when().get(PATH)
                .then().statusCode(200).body("items", hasSize(0)).body("total_count", equalTo(0));
        reader().queryParam("sort_by", "created_at").queryParam("sort_order", "asc").when().get(PATH)
                .then().statusCode(200).body("items.number", contains("0260001000", "15881508"));
    }

    @Test
    void invalidFilterValuesAre400NamingTheParameter() {
        reader().queryParam("provider", "sip").when().get(PATH).then().statusCode(400)
                .body("error.details.errors.field", hasItem("provider"));
        reader().queryParam("status", "pending").when().get(PATH).then().statusCode(400)
                .body("error.details.errors.field", hasItem("status"));
        reader().queryParam("sort_by", "number").when().get(PATH).then().statusCode(400)
                .body("error.details.errors.field", hasItem("sort_by"));
    }

    @Test
    void registrationRefusesAnUnknownProviderAndAnOverlongMemo() {
        admin().body(Map.of("telephone_number", "0260001000", "usage", "outbound", "provider", "sip"))
                .when().post(PATH).then().statusCode(400).body("error.details.errors.field", hasItem("provider"));
        admin().body(Map.of("telephone_number", "0260001000", "usage", "outbound", "memo", "m".repeat(201)))
                .when().post(PATH).then().statusCode(400).body("error.details.errors.field", hasItem("memo"));
        reader().when().get(PATH).then().body("total_count", equalTo(0));
    }

    /** The fields vox documents for an item, with the values a number registered here has. */
    private static void assertVoxItem(Map<String, Object> item, String id, String number) {
        assertThat(item).containsKeys("id", "number", "provider", "status", "start_at", "end_at",
                "cancel_requested_at", "created_at", "updated_at", "monthly_fee", "address", "inbound_trunk_id",
                "outbound_trunk_id", "inbound_agent", "outbound_agent", "memo");
        assertThat(item).containsEntry("id", id).containsEntry("number", number)
                .containsEntry("provider", "custom").containsEntry("status", "active")
                .containsEntry("end_at", null).containsEntry("inbound_agent", null)
                .containsEntry("outbound_agent", null);
        long createdAt = ((Number) item.get("created_at")).longValue();
        assertThat(((Number) item.get("start_at")).longValue()).isEqualTo(createdAt);
        assertThat(((Number) item.get("updated_at")).longValue()).isGreaterThanOrEqualTo(createdAt);
    }
}
