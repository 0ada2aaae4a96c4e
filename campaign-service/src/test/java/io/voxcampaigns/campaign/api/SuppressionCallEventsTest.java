package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.events.common.CancelReason;
import io.voxcampaigns.events.common.TaskHoldReason;
import io.voxcampaigns.events.common.ThrottleReason;
import io.voxcampaigns.events.suppression.SuppressionsChanged;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * What suppressions, holds and throttles do to campaigns and tasks: suppressed_tasks on create and append, the
 * tasks' waiting_reason (suppressed, frequency_cap with waiting_until, org_pool_full, pacing), the dispatcher's
 * suppressed cancellation (cancel_reason, failed_calls), and a recipient's refusal (NumberOptedOut) suppressing the
 * number for good; the records are fed through Kafka as the dispatcher sends them.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class SuppressionCallEventsTest {

    /** The fixtures' task numbers: 010 and the task's index in 8 digits. */
    private static final String FIRST = "01000000000";
    private static final String SECOND = "01000000001";

    @Inject
    Pool pool;

    private static RequestSpecification admin(CampaignFixtures fixtures) {
        return given().auth().oauth2(TestApiKeys.issue(fixtures.org, "admin")).contentType(ContentType.JSON);
    }

    private static void suppress(CampaignFixtures fixtures, String number, Long expiresAt) {
        Map<String, Object> body = expiresAt == null ? Map.of("number", number)
                : Map.of("number", number, "expires_at", expiresAt);
        admin(fixtures).body(body).when().post("/v3/suppressions").then().statusCode(201);
    }

    private static JsonPath tasks(CampaignFixtures fixtures, String id) {
        return fixtures.api().queryParam("sort_order", "asc").when().get("/v3/campaigns/" + id + "/tasks")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aSuppressedTaskIsCountedOnCreateShownAsSuppressedAndEndsCanceledWhenTheDispatcherSaysSo() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        suppress(fixtures, FIRST, null);
        Map<String, Object> body = fixtures.body(3);
        body.put("call_time_window", CampaignFixtures.alwaysOpen(true));
        String id = fixtures.api().body(body).when().post("/v3/campaigns").then().statusCode(201)
                .body("suppressed_tasks", equalTo(1)).extract().path("id");
        fixtures.campaign(id).body("$", not(hasKey("suppressed_tasks")));
        assertThat(tasks(fixtures, id).getList("items.waiting_reason")).containsExactly("suppressed", null, null);

        List<String> taskIds = fixtures.taskIds(id);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        feed.sendAndAwait(feed.canceled(taskIds.get(0), CancelReason.suppressed, Instant.now()));
        JsonPath after = tasks(fixtures, id);
        assertThat(after.getList("items.status")).containsExactly("canceled", "queued", "queued");
        assertThat(after.getList("items.cancel_reason")).containsExactly("suppressed", null, null);
        assertThat(after.getList("items.attempts")).containsExactly(0, 0, 0);
        assertThat(after.getList("items.waiting_reason")).containsExactly(null, null, null);
        fixtures.campaign(id).body("failed_calls", equalTo(1)).body("completed_calls", equalTo(0));
        fixtures.reconciled(id);

        // An older dispatcher's canceled outcome carries no cancel_reason: its campaign ended.
        feed.sendAndAwait(feed.canceled(taskIds.get(1), Instant.now()));
        assertThat(tasks(fixtures, id).getList("items.cancel_reason")).containsExactly("suppressed",
                "campaign_ended", null);
    }

    @Test
    void anAppendAnswersTheCampaignsSuppressedTasksAndAnExpiredSuppressionDoesNotCount() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(2);
        suppress(fixtures, SECOND, Instant.now().plusSeconds(3_600).toEpochMilli());
        suppress(fixtures, "01099998888", Instant.now().plusSeconds(3_600).toEpochMilli());
        pool.preparedQuery("update suppression set expires_at = now() - interval '1 second' where number = $1 "
                + "and organization_id = $2").execute(Tuple.of("01099998888", fixtures.org))
                .await().indefinitely();
        fixtures.api().body(Map.of("tasks", List.of(Map.of("to_number", "01099998888"))))
                .when().post("/v3/campaigns/" + id + "/tasks")
                .then().statusCode(200).body("added_count", equalTo(1))
                .body("campaign.suppressed_tasks", equalTo(1));
        assertThat(tasks(fixtures, id).getList("items.waiting_reason")).containsExactly(null, "suppressed", null);
    }

    @Test
    void aHeldTaskWaitsForTheFrequencyCapUntilItsNextCallStarts() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(2);
        List<String> taskIds = fixtures.taskIds(id);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        Instant until = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        feed.sendAndAwait(feed.held(taskIds.get(0), TaskHoldReason.frequency_cap, until),
                feed.held(taskIds.get(1), TaskHoldReason.frequency_cap, Instant.now().minusSeconds(60)));
        JsonPath held = tasks(fixtures, id);
        assertThat(held.getList("items.waiting_reason")).containsExactly("frequency_cap", null);
        assertThat(held.getList("items.waiting_until", Long.class)).containsExactly(until.toEpochMilli(), null);

        feed.sendAndAwait(feed.dispatchStarted(Instant.now()), feed.started(taskIds.get(0), Instant.now()));
        fixtures.api().queryParam("sort_order", "asc").when().get("/v3/campaigns/" + id + "/tasks").then()
                .body("items[0].status", equalTo("in_progress"))
                .body("items[0].waiting_reason", nullValue())
                .body("items[0].waiting_until", nullValue());
        assertThat(pool.preparedQuery("select count(*) as n from campaign_task where campaign_id = $1 "
                + "and held_until is not null").execute(Tuple.of(UUID.fromString(id))).await().indefinitely()
                .iterator().next().getLong("n")).as("only the other task's (past) hold is left in the rows")
                .isEqualTo(1);
    }

    @Test
    void aThrottledCampaignNamesTheLimitForTasksThatMayOtherwiseBeDialled() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(2);
        List<String> taskIds = fixtures.taskIds(id);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);
        Instant until = Instant.now().plus(1, ChronoUnit.HOURS);
        feed.sendAndAwait(feed.throttled(ThrottleReason.org_pool_full),
                feed.held(taskIds.get(1), TaskHoldReason.frequency_cap, until));
        assertThat(tasks(fixtures, id).getList("items.waiting_reason")).containsExactly("org_pool_full",
                "frequency_cap");
        feed.sendAndAwait(feed.throttled(ThrottleReason.pacing));
        assertThat(tasks(fixtures, id).getList("items.waiting_reason")).containsExactly("pacing", "frequency_cap");
        feed.sendAndAwait(feed.throttled(null));
        assertThat(tasks(fixtures, id).getList("items.waiting_reason")).containsExactly(null, "frequency_cap");
    }

    @Test
    void aRecipientsRefusalSuppressesTheNumberForGoodOnceAndPublishesIt() {
        CampaignFixtures fixtures = new CampaignFixtures(pool);
        String id = fixtures.createOpen(2);
        List<String> taskIds = fixtures.taskIds(id);
        long expiresAt = Instant.now().plusSeconds(3_600).toEpochMilli();
        admin(fixtures).body(Map.of("number", SECOND, "reason", "asked by mail", "expires_at", expiresAt))
                .when().post("/v3/suppressions").then().statusCode(201);
        CallEventFeed feed = new CallEventFeed(pool, fixtures.org, id);

        feed.sendAndAwait(feed.optedOut(taskIds.get(0), "+821000000000"), feed.optedOut(taskIds.get(1), SECOND));
        admin(fixtures).queryParam("sort_order", "asc").when().get("/v3/suppressions").then().statusCode(200)
                .body("items.number", contains(SECOND, FIRST))
                .body("items.source", contains("api", "opt_out"))
                .body("items.reason", contains("asked by mail", "recipient_refused"))
                .body("items.expires_at", contains(nullValue(), nullValue()));

        feed.replayAll(2);
        feed.sendAndAwait(feed.optedOut(taskIds.get(0), "+821000000000"));
        List<SuppressionsChanged> records = SuppressionLog.published(fixtures.org,
                r -> SuppressionLog.added(r).size() >= 3);
        assertThat(records).extracting(r -> r.getAdded().get(0))
                .as("the API's add, then each refusal that changed something, once")
                .containsExactly(SECOND, FIRST, SECOND);
        assertThat(records.subList(1, 3)).allSatisfy(r -> assertThat(r.getExpiresAt()).isNull());
        assertThat(new SuppressionRows(pool, fixtures.org).outboxRows()).isEqualTo(3);
        assertThat(tasks(fixtures, id).getList("items.waiting_reason")).containsExactly("suppressed", "suppressed");
    }
}
