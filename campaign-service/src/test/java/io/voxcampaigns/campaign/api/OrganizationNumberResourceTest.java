package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/** Registration, approval and listing of organisation numbers, with scopes and tenancy. */
@QuarkusTest
@RealInfra(database = "campaigns")
class OrganizationNumberResourceTest {

    private final String org = UUID.randomUUID().toString();

    private RequestSpecification admin() {
        return given().auth().oauth2(TestApiKeys.issue(org, "admin")).contentType(ContentType.JSON);
    }

    private String register(String number, String usage) {
        return admin().body("{\"telephone_number\": \"" + number + "\", \"usage\": \"" + usage + "\"}")
                .when().post("/v3/organization-telephone-numbers")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void outboundNumbersAreActiveAndPresentationNumbersNeedApproval() {
        register("0260001000", "outbound");
        String presentation = register("01012345678", "presentation");

        given().auth().oauth2(TestApiKeys.issue(org)).queryParam("usage", "presentation")
                .when().get("/v3/organization-telephone-numbers")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].approval_status", equalTo("pending"))
                .body("total_count", equalTo(1));

        admin().when().post("/v3/organization-telephone-numbers/" + presentation + "/approve")
                .then().statusCode(200).body("approval_status", equalTo("approved"));

        given().auth().oauth2(TestApiKeys.issue(org)).when().get("/v3/organization-telephone-numbers")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.status", everyItem(equalTo("active")))
                .body("items.approval_status", everyItem(oneOf(null, "approved")))
                .body("next_cursor", equalTo(null));
    }

    @Test
    void registeringNeedsTheAdminScope() {
        given().auth().oauth2(TestApiKeys.issue(org, "campaigns")).contentType(ContentType.JSON)
                .body("{\"telephone_number\": \"0260001000\", \"usage\": \"outbound\"}")
                .when().post("/v3/organization-telephone-numbers")
                .then().statusCode(403).body("error.code", equalTo("FORBIDDEN"));
    }

    @Test
    void hyphenatedNumberIs400SayingWhichFormatToSend() {
        admin().body("{\"telephone_number\": \"010-1234-5678\", \"usage\": \"outbound\"}")
                .when().post("/v3/organization-telephone-numbers")
                .then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("telephone_number"))
                .body("error.details.errors[0].reason", containsString("digits only"));
    }

    @Test
    void countryCodeIs400() {
        admin().body("{\"telephone_number\": \"+821012345678\", \"usage\": \"presentation\"}")
                .when().post("/v3/organization-telephone-numbers")
                .then().statusCode(400)
                .body("error.details.errors[0].reason", containsString("+82"));
    }

    @Test
    void registeringTwiceIs409() {
        register("0260001099", "outbound");
        admin().body("{\"telephone_number\": \"0260001099\", \"usage\": \"outbound\"}")
                .when().post("/v3/organization-telephone-numbers")
                .then().statusCode(409).body("error.code", equalTo("CONFLICT"));
    }

    @Test
    void anotherOrganisationsNumberIs404() {
        String presentation = register("01087654321", "presentation");
        given().auth().oauth2(TestApiKeys.issue(UUID.randomUUID().toString(), "admin"))
                .when().post("/v3/organization-telephone-numbers/" + presentation + "/approve")
                .then().statusCode(404).body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void paginationWalksEveryNumberOnce() {
        for (int i = 0; i < 5; i++) {
            register("026000200" + i, "outbound");
        }
        String cursor = given().auth().oauth2(TestApiKeys.issue(org)).queryParam("limit", 3)
                .when().get("/v3/organization-telephone-numbers")
                .then().statusCode(200).body("items", hasSize(3)).body("total_count", equalTo(5))
                .extract().path("next_cursor");
        given().auth().oauth2(TestApiKeys.issue(org)).queryParam("limit", 3).queryParam("cursor", cursor)
                .when().get("/v3/organization-telephone-numbers")
                .then().statusCode(200).body("items", hasSize(2)).body("next_cursor", equalTo(null));
    }

    @Test
    void limitOutOfRangeIs400() {
        given().auth().oauth2(TestApiKeys.issue(org)).queryParam("limit", 101)
                .when().get("/v3/organization-telephone-numbers")
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("limit"));
    }
}
