package io.voxcampaigns.campaign.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Issue #18 item 10: vox documents a task's dynamic_variables as an object; scalar values (strings, numbers,
 * booleans) are accepted and stored in their string form, since prompt templates substitute strings. A nested
 * object or an array is a 400 naming tasks[i].dynamic_variables.&lt;key&gt;.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class TaskDynamicVariablesTest {

    @Inject
    Pool pool;

    @Test
    void numbersAndBooleansAreStoredInTheirStringForm() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("customer_name", "Kim");
        variables.put("age", 42);
        variables.put("balance", 1250.5);
        variables.put("vip", true);
        variables.put("opted_out", false);
        CampaignFixtures.task(body, 0).put("dynamic_variables", variables);

        String id = fixtures.create(body);

        fixtures.api().when().get("/v3/campaigns/" + id + "/tasks").then().statusCode(200)
                .body("items[0].dynamic_variables", equalTo(Map.of("customer_name", "Kim", "age", "42",
                        "balance", "1250.5", "vip", "true", "opted_out", "false")));
    }

    @Test
    void nestedValuesAre400NamingTheKeyAndNothingIsStored() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(2);
        CampaignFixtures.task(body, 1).put("dynamic_variables", Map.of("name", "Kim",
                "address", Map.of("city", "Seoul"), "orders", List.of("A-1")));

        fixtures.api().body(body).when().post("/v3/campaigns").then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.errors.field", hasItem("tasks[1].dynamic_variables.address"))
                .body("error.details.errors.field", hasItem("tasks[1].dynamic_variables.orders"));
        fixtures.api().when().get("/v3/campaigns").then().statusCode(200).body("total_count", equalTo(0));
    }
}
