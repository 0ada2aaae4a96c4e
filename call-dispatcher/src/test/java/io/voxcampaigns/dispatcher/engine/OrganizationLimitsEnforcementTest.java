package io.voxcampaigns.dispatcher.engine;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.dispatcher.placement.PlacementLog;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.dispatcher.support.TestClock;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignThrottled;
import io.voxcampaigns.events.call.TaskHeld;
import io.voxcampaigns.events.common.TaskHoldReason;
import io.voxcampaigns.events.common.ThrottleReason;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * The organisation limits of PUT /v3/organization-limits (issue 16 items 2, 5 and 6) in the dispatch rounds: the
 * concurrency pool across an organisation's campaigns (the simulated runtime's own count of calls held at once is the
 * oracle), the contact-frequency cap across its campaigns, and its start rate, with the facts (TaskHeld,
 * CampaignThrottled) campaign-service shows as the reason a task waits.
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class OrganizationLimitsEnforcementTest {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final Instant T0 = Instant.parse("2027-03-03T01:00:00Z");

    @Inject
    Pool pool;

    @Inject
    PlacementLog placements;

    @AfterEach
    void realTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void threeCampaignsNeverHoldMoreCallsThanThePoolLessTheReserve() {
        CallEventsLog.start();
        String organization = UUID.randomUUID().toString();
        limits(organization, "{\"max_concurrent_calls\": 6, \"inbound_reserve\": 1}");
        List<CampaignFeed> campaigns = List.of(campaign(organization, 4, 60), campaign(organization, 4, 60),
                campaign(organization, 2, 60));
        DispatchDb db = new DispatchDb(pool);

        campaigns.forEach(CampaignFeed::publish);
        await().atMost(WAIT).until(() -> campaigns.stream().allMatch(c -> db.terminalTasks(c.id()) == 60));

        // the simulated calls last 10-40 ms here, so the pool is not always full at once; the e2e test, with calls of
        // half a second, shows it reached (OrganizationPoolE2ETest)
        assertThat(placements.maxOrganizationOverlap(organization)).as("most calls of the organisation at once")
                .isBetween(2, 5);
        campaigns.forEach(c -> assertThat(placements.maxOverlap(c.id())).isLessThanOrEqualTo(c.settings()
                .getConcurrency()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(campaigns.stream()
                .flatMap(c -> CallEventsLog.of(c.id(), CampaignThrottled.class).stream()))
                .anySatisfy(event -> assertThat(event.getReason()).isEqualTo(ThrottleReason.org_pool_full)));
    }

    @Test
    void theFrequencyCapCountsAttemptsToANumberAcrossCampaignsAndHoldsTheRest() {
        CallEventsLog.start();
        String organization = UUID.randomUUID().toString();
        String number = "01055550123";
        limits(organization, "{\"frequency_cap\": {\"max_attempts\": 2, \"period_hours\": 24}}");
        CampaignFeed first = campaign(organization, 5, 3).oneNumber(number);
        CampaignFeed second = campaign(organization, 5, 2).oneNumber(number);
        DispatchDb db = new DispatchDb(pool);
        TestClock.INSTANCE.freezeAt(T0);

        first.publish();
        await().atMost(WAIT).until(() -> db.terminalTasks(first.id()) == 2);
        second.publish();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                .until(() -> db.placedCalls(first.id()) == 2 && db.placedCalls(second.id()) == 0);
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(CallEventsLog.of(first.id(), TaskHeld.class)).singleElement().satisfies(held -> {
                assertThat(held.getReason()).isEqualTo(TaskHoldReason.frequency_cap);
                assertThat(held.getUntil()).isEqualTo(T0.plus(Duration.ofHours(24)));
            });
            assertThat(CallEventsLog.of(second.id(), TaskHeld.class)).hasSize(2);
        });

        TestClock.INSTANCE.freezeAt(T0.plus(Duration.ofHours(24)).plusSeconds(1));
        await().atMost(WAIT).until(() -> db.placedCalls(first.id()) + db.placedCalls(second.id()) == 4);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                .until(() -> db.placedCalls(first.id()) + db.placedCalls(second.id()) == 4);
    }

    @Test
    void theOrganisationsStartRateIsSharedByItsCampaigns() {
        CallEventsLog.start();
        String organization = UUID.randomUUID().toString();
        limits(organization, "{\"max_calls_per_second\": 4}");
        CampaignFeed first = campaign(organization, 10, 6);
        CampaignFeed second = campaign(organization, 10, 6);
        DispatchDb db = new DispatchDb(pool);
        TestClock.INSTANCE.freezeAt(T0);
        first.publish();
        second.publish();
        await().atMost(WAIT).until(() -> db.placedCalls(first.id()) + db.placedCalls(second.id()) == 1);

        Duration quarter = Duration.ofMillis(250);
        for (int step = 1; step < 12; step++) {
            long before = step;
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                    .until(() -> db.placedCalls(first.id()) + db.placedCalls(second.id()) == before);
            TestClock.INSTANCE.freezeAt(T0.plus(quarter.multipliedBy(step)));
            await().atMost(WAIT).until(() -> db.placedCalls(first.id()) + db.placedCalls(second.id()) == before + 1);
        }
        await().atMost(WAIT).until(() -> CallEventsLog.of(first.id(), CallStarted.class).size()
                + CallEventsLog.of(second.id(), CallStarted.class).size() == 12);
        List<Instant> starts = List.of(first, second).stream()
                .flatMap(c -> CallEventsLog.of(c.id(), CallStarted.class).stream()).map(CallStarted::getStartedAt)
                .toList();
        assertThat(starts).hasSize(12).doesNotHaveDuplicates();
        await().atMost(WAIT).untilAsserted(() -> assertThat(List.of(first, second).stream()
                .flatMap(c -> CallEventsLog.of(c.id(), CampaignThrottled.class).stream()))
                .anySatisfy(event -> assertThat(event.getReason()).isEqualTo(ThrottleReason.pacing)));
    }

    private static CampaignFeed campaign(String organization, int concurrency, int tasks) {
        return new CampaignFeed(organization, UUID.randomUUID()).concurrency(concurrency).tasks(tasks);
    }

    private static void limits(String organization, String body) {
        given().auth().oauth2(TestApiKeys.issue(organization, "admin")).contentType(ContentType.JSON).body(body)
                .when().put("/v3/organization-limits").then().statusCode(200);
    }
}
