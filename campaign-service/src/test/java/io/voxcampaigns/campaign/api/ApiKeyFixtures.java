package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.testing.support.TestApiKeys;

/** One organisation's keys in the API-key tests: its test admin key, keys issued through the API, its stored rows. */
final class ApiKeyFixtures {

    private final Pool pool;
    private final String org;
    private final String adminKey;

    ApiKeyFixtures(Pool pool, String org) {
        this.pool = pool;
        this.org = org;
        this.adminKey = TestApiKeys.issue(org, "admin");
    }

    /** A request with the organisation's test admin key (not one of the API's). */
    RequestSpecification admin() {
        return with(adminKey);
    }

    static RequestSpecification with(String key) {
        return given().auth().oauth2(key).contentType(ContentType.JSON);
    }

    /** Issues a key through the API; answers the 201's body. */
    JsonPath issue(String name, String... scopes) {
        return admin().body(Map.of("name", name, "scopes", List.of(scopes))).when().post("/v3/api-keys")
                .then().statusCode(201).extract().jsonPath();
    }

    /** The organisation's api_key rows, revoked ones included. */
    long rows() {
        return count("select count(*) as n from api_key where organization_id = $1", org);
    }

    /** The outbox rows of a key on api-key.events: its ApiKeyRevoked records (its uses go to api-key.usage). */
    long outboxRows(String keyId) {
        return count("select count(*) as n from outbox_event where record_key = $1 and topic = 'api-key.events'",
                keyId);
    }

    private long count(String sql, String parameter) {
        return pool.preparedQuery(sql).execute(Tuple.of(parameter)).await().indefinitely().iterator().next()
                .getLong("n");
    }
}
