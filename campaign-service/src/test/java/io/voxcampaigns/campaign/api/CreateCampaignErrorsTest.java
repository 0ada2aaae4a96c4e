package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.testing.support.RealInfra;

/** How POST /v3/campaigns reports several problems at once, and the limits that are not field rules. */
@QuarkusTest
@RealInfra(database = "campaigns")
class CreateCampaignErrorsTest {

    @Inject
    Pool pool;

    @Test
    void everyProblemOfOneRequestIsInOne400() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(10);
        body.put("name", "");
        body.put("concurrency", 500);
        CampaignFixtures.task(body, 7).put("to_number", "010-1234-5678");
        CampaignFixtures.task(body, 9).put("presentation_number", "0260009999");

        fixtures.api().body(body).when().post("/v3/campaigns")
                .then().statusCode(400)
                .body("error.details.errors", hasSize(4))
                .body("error.details.errors.field",
                        hasItems("name", "concurrency", "tasks[7].to_number", "tasks[9].presentation_number"))
                .body("error.message", containsString("4 fields are invalid"));
        assertThat(fixtures.campaignCount()).isZero();
    }

    @Test
    void moreThan100000TasksIs400OnTasks() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        Map<String, Object> task = Map.of("to_number", "01012345678");
        body.put("tasks", Collections.nCopies(100_001, task));

        fixtures.api().body(body).when().post("/v3/campaigns")
                .then().statusCode(400)
                .body("error.details.errors[0].field", equalTo("tasks"));
        assertThat(fixtures.campaignCount()).isZero();
    }

    @Test
    void unknownQueryParameterIs400() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        fixtures.api().body(fixtures.body(1)).queryParam("dry_run", "true").when().post("/v3/campaigns")
                .then().statusCode(400).body("error.details.errors[0].field", equalTo("dry_run"));
        assertThat(fixtures.campaignCount()).isZero();
    }

    @Test
    void withoutAKeyIs401() {
        given().contentType("application/json").body(List.of())
                .when().post("/v3/campaigns")
                .then().statusCode(401).body("error.code", equalTo("UNAUTHORIZED"));
    }
}
