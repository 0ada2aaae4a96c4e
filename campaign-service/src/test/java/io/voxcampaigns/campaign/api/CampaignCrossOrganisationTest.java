package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.fuzz.Expectation;
import io.voxcampaigns.fuzz.FuzzRequest;
import io.voxcampaigns.fuzz.FuzzRun;
import io.voxcampaigns.fuzz.ResponseRules;
import io.voxcampaigns.platform.error.ErrorCode;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.StoredFingerprint;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * Issue #6, campaign-service's share (44) of the 100 cross-organisation requests: every endpoint taking a campaign
 * or number id, called with another organisation's key (every scope), answers 404 in the envelope, and the owner's
 * campaigns, tasks, numbers and events stay as they were.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CampaignCrossOrganisationTest {

    private static final String JSON = "application/json";

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URI base;

    @Test
    void anotherOrganisationsCampaignsAndNumbersAnswer404EverywhereAndStayUntouched() {
        CampaignFixtures owner = new CampaignFixtures(pool);
        List<FuzzRequest> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String campaign = "/v3/campaigns/" + owner.createOpen(2);
            requests.add(request("GET", campaign, null));
            requests.add(request("PATCH", campaign, "{\"name\": \"hijacked\"}"));
            requests.add(request("PATCH", campaign, "{\"concurrency\": 50}"));
            requests.add(request("POST", campaign + "/pause", null));
            requests.add(request("POST", campaign + "/resume", null));
            requests.add(request("POST", campaign + "/cancel", null));
            requests.add(request("GET", campaign + "/tasks", null));
            requests.add(request("GET", campaign + "/tasks?status=queued", null));
            requests.add(request("GET", campaign + "/tasks?limit=1&sort_order=asc", null));
            requests.add(request("GET", campaign + "/reconciliation", null));
            requests.add(request("GET", campaign + "/tasks?status=completed", null));
            requests.add(request("POST", campaign + "/cancel?", null));
            requests.add(request("POST", campaign + "/pause", "{}"));
        }
        String reader = TestApiKeys.issue(owner.org, "campaigns");
        List<String> numbers = given().auth().oauth2(reader).when().get("/v3/organization-telephone-numbers")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        for (String number : numbers) {
            requests.add(request("POST", "/v3/organization-telephone-numbers/" + number + "/approve", null));
        }
        requests.add(request("POST", "/v3/organization-telephone-numbers/" + numbers.get(0) + "/approve", "{}"));
        requests.add(request("POST", "/v3/organization-telephone-numbers/" + numbers.get(1) + "/approve", "{}"));
        String stranger = UUID.randomUUID().toString();
        String key = TestApiKeys.issue(stranger, "agents", "campaigns", "calls", "admin");
        FuzzRun run = new FuzzRun("campaign-service cross-organisation", 0, base,
                request -> Map.of("Authorization", "Bearer " + key),
                ResponseRules.notFound(status -> ErrorCode.forStatus(status).name()));

        Map<String, String> before = stored(owner.org);
        run.send(requests);

        assertThat(run.failures()).as(run.report()).isEmpty();
        assertThat(run.sent()).isEqualTo(44);
        assertThat(stored(owner.org)).as("the owner's campaigns, tasks, numbers and events").isEqualTo(before);
    }

    private static FuzzRequest request(String method, String target, String body) {
        return FuzzRequest.of(method + " " + target, method, target, body == null ? null : JSON, body,
                Expectation.REJECTED);
    }

    private Map<String, String> stored(String org) {
        return StoredFingerprint.of(pool, org).table("campaign").table("campaign_task").table("organization_number")
                .outboxEvents().read();
    }
}
