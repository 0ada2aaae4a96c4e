package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.campaign.CampaignUpdated;
import io.voxcampaigns.events.common.CampaignSettings;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.events.common.VoicemailActionType;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Issue 15: retry_policy and voicemail_action on POST and PATCH /v3/campaigns: answered with every default filled
 * in, shown by GET, published in the campaign's settings, and refused field by field (nothing stored) when they
 * break a rule; tasks show their attempts.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CampaignAttemptPoliciesTest {

    @Inject
    Pool pool;

    @Test
    void policiesAreAnsweredWithTheirDefaultsAndKept() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(2);
        long deadline = Instant.now().plusSeconds(86_400).toEpochMilli();
        body.put("retry_policy", Map.of("max_attempts", 3, "retry_on", List.of("dial_busy", "dial_no_answer"),
                "spacing", Map.of("type", "exponential", "initial_seconds", 120), "deadline_at", deadline));
        body.put("voicemail_action", Map.of("type", "leave_message", "message", "We will call you back."));

        JsonPath created = fixtures.api().body(body).when().post("/v3/campaigns")
                .then().statusCode(201).extract().jsonPath();

        // retry_on is a set: answered in the order of vox's disconnection_reason list
        Map<String, Object> expectedPolicy = Map.of("max_attempts", 3, "retry_on", List.of("dial_no_answer", "dial_busy"),
                "spacing", Map.of("type", "exponential", "initial_seconds", 120, "max_seconds", 86_400, "jitter", 0.0f),
                "deadline_at", deadline);
        assertThat(created.getMap("retry_policy")).isEqualTo(expectedPolicy);
        assertThat(created.getMap("voicemail_action"))
                .isEqualTo(Map.of("type", "leave_message", "message", "We will call you back."));
        JsonPath read = fixtures.get(created.getString("id"));
        assertThat(read.getMap("retry_policy")).isEqualTo(expectedPolicy);
        assertThat(read.getMap("voicemail_action")).isEqualTo(created.getMap("voicemail_action"));

        JsonPath tasks = fixtures.api().when().get("/v3/campaigns/" + created.getString("id") + "/tasks")
                .then().statusCode(200).extract().jsonPath();
        assertThat(tasks.getList("items.attempts", Integer.class)).containsExactly(0, 0);
        assertThat(tasks.getList("items.attempt_outcomes")).containsExactly(List.of(), List.of());
        assertThat(tasks.getList("items.next_attempt_at")).containsExactly(null, null);
        assertThat(tasks.getList("items.exhausted_cause")).containsExactly(null, null);
    }

    @Test
    void anEmptyPolicyMeansOneAttemptWithTheDefaultSpacing() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        body.put("retry_policy", Map.of());

        fixtures.api().body(body).when().post("/v3/campaigns").then().statusCode(201)
                .body("retry_policy.max_attempts", equalTo(1))
                .body("retry_policy.retry_on", equalTo(List.of("dial_no_answer", "dial_failed", "dial_busy",
                        "voicemail_reached")))
                .body("retry_policy.spacing.type", equalTo("fixed"))
                .body("retry_policy.spacing.initial_seconds", equalTo(1800))
                .body("voicemail_action", equalTo(null));
    }

    @Test
    void patchReplacesThePoliciesPublishesThemAndNullRemovesThem() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.create(fixtures.body(1));
        Map<String, Object> policy = Map.of("max_attempts", 4, "retry_on", List.of("dial_busy"),
                "spacing", Map.of("type", "fixed", "initial_seconds", 300));

        fixtures.api().body(Map.of("retry_policy", policy, "voicemail_action", Map.of("type", "retry")))
                .when().patch("/v3/campaigns/" + id).then().statusCode(200)
                .body("retry_policy.max_attempts", equalTo(4))
                .body("retry_policy.retry_on", equalTo(List.of("dial_busy")))
                .body("retry_policy.spacing.initial_seconds", equalTo(300))
                .body("voicemail_action.type", equalTo("retry"));
        assertThat(fixtures.get(id).getInt("retry_policy.max_attempts")).isEqualTo(4);
        CampaignSettings published = CampaignEventsLog.published(id, CampaignUpdated.class, 1).get(0).getSettings();
        assertThat(published.getRetryPolicy().getMaxAttempts()).isEqualTo(4);
        assertThat(published.getRetryPolicy().getRetryOn()).containsExactly(DisconnectionReason.dial_busy);
        assertThat(published.getVoicemailAction().getType()).isEqualTo(VoicemailActionType.retry);

        // a PATCH without them keeps them; null removes each
        fixtures.api().body(Map.of("name", "Renamed")).when().patch("/v3/campaigns/" + id).then().statusCode(200)
                .body("retry_policy.max_attempts", equalTo(4));
        Map<String, Object> clear = new HashMap<>();
        clear.put("retry_policy", null);
        clear.put("voicemail_action", null);
        fixtures.api().body(clear).when().patch("/v3/campaigns/" + id).then().statusCode(200)
                .body("retry_policy", nullValue()).body("voicemail_action", nullValue());
        CampaignSettings cleared = CampaignEventsLog.published(id, CampaignUpdated.class, 3).get(2).getSettings();
        assertThat(cleared.getRetryPolicy()).isNull();
        assertThat(cleared.getVoicemailAction()).isNull();
    }

    @Test
    void aBrokenPolicyInAPatchIsA400NamingItsFieldsAndChangesNothing() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.create(fixtures.body(1));
        JsonPath before = fixtures.get(id);

        fixtures.api().body(Map.of("retry_policy", Map.of("max_attempts", 0, "retry_on", List.of("dial_declined")),
                        "voicemail_action", Map.of("type", "hang_up", "message", "hello")))
                .when().patch("/v3/campaigns/" + id).then().statusCode(400)
                .body("error.details.errors.field", hasItems("retry_policy.max_attempts", "retry_policy.retry_on[0]",
                        "voicemail_action.message"));
        assertThat(fixtures.get(id).getMap("$")).isEqualTo(before.getMap("$"));
        assertThat(fixtures.outboxTypes(id)).doesNotContain("CampaignUpdated");
    }

    @Test
    void brokenPoliciesAre400sNamingEachFieldAndStoreNothing() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        Map<String, Object> body = fixtures.body(1);
        body.put("retry_policy", Map.of("max_attempts", 11, "retry_on", List.of("dial_busy", "user_hangup"),
                "deadline_at", Instant.now().minusSeconds(60).toEpochMilli()));
        body.put("voicemail_action", Map.of("type", "leave_message"));

        fixtures.api().body(body).when().post("/v3/campaigns").then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.errors.field", hasItems("retry_policy.max_attempts", "retry_policy.retry_on[1]",
                        "retry_policy.deadline_at", "voicemail_action.message"));
        assertThat(fixtures.campaignCount()).isZero();
        assertThat(fixtures.taskCount()).isZero();
    }
}
