package io.voxcampaigns.dispatcher.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.dispatcher.support.TestClock;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignWindowClosed;
import io.voxcampaigns.events.call.CampaignWindowOpened;
import io.voxcampaigns.events.common.CallPurpose;
import io.voxcampaigns.events.common.CallTimeWindow;
import io.voxcampaigns.events.common.TimeWindow;
import io.voxcampaigns.events.common.Weekday;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Purposes and legal calling hours (issue 16 item 4): campaigns whose window (07:00-23:00 in Seoul) asks for hours
 * the law closes to their purpose. Debt collection starts nothing from 21:00 to 08:00, night consent or not; an
 * advertising campaign calls only its night-consent tasks then, and pauses once none is left. Judged by the calls'
 * own start times and numbers. The dispatcher's clock is moved, never waited for.
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class LegalHoursTest {

    private static final Duration WAIT = Duration.ofMinutes(1);
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** Wednesday 3 March 2027, two seconds before the legal hours end; the window runs until 23:00. */
    private static final ZonedDateTime EVENING = ZonedDateTime.of(2027, 3, 3, 20, 59, 58, 0, SEOUL);
    private static final Instant NINE_PM = EVENING.withMinute(0).withSecond(0).withHour(21).toInstant();
    private static final Instant EIGHT_AM = EVENING.plusDays(1).withHour(8).withMinute(0).withSecond(0).toInstant();
    private static final CallTimeWindow LATE = new CallTimeWindow(List.of(new TimeWindow(420, 1380,
            List.of(Weekday.values()))), "Asia/Seoul", true, List.of(), null);

    @Inject
    Pool pool;

    @AfterEach
    void realTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void debtCollectionStartsNothingBetweenNineAndEightEvenWithNightConsent() {
        CampaignFeed campaign = CampaignFeed.anyCampaign().purpose(CallPurpose.debt_collection).window(LATE)
                .concurrency(4).tasks(200).nightConsent(i -> true);
        UUID id = runUntilNine(campaign);
        DispatchDb db = new DispatchDb(pool);

        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(id, CampaignWindowClosed.class))
                .singleElement().satisfies(closed -> assertThat(closed.getNextOpeningAt()).isEqualTo(EIGHT_AM)));
        long placedAtNine = db.placedCalls(id);
        TestClock.INSTANCE.freezeAt(EVENING.withHour(22).toInstant());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> db.placedCalls(id) == placedAtNine);

        TestClock.INSTANCE.freezeAt(EIGHT_AM);
        await().atMost(WAIT).until(() -> db.terminalTasks(id) == 200);
        // the events follow the commits through the outbox relay
        await().atMost(WAIT).until(() -> CallEventsLog.of(id, CallStarted.class).size() == 200);
        assertThat(CallEventsLog.of(id, CampaignWindowOpened.class)).singleElement()
                .satisfies(opened -> assertThat(opened.getOpenedAt()).isEqualTo(EIGHT_AM));
        assertThat(CallEventsLog.of(id, CallStarted.class)).hasSize(200)
                .allSatisfy(call -> assertThat(call.getStartedAt()).isIn(EVENING.toInstant(), EIGHT_AM));
    }

    @Test
    void advertisingCallsOnlyItsNightConsentTasksAtNightThenPausesUntilEight() {
        CampaignFeed campaign = CampaignFeed.anyCampaign().purpose(CallPurpose.advertising).window(LATE)
                .concurrency(4).tasks(120).nightConsent(i -> i % 3 == 0);
        Set<String> consenting = IntStream.range(0, 120).filter(i -> i % 3 == 0).mapToObj(campaign::callTo)
                .collect(Collectors.toSet());
        UUID id = runUntilNine(campaign);
        DispatchDb db = new DispatchDb(pool);

        await().atMost(WAIT).until(() -> CallEventsLog.of(id, CallStarted.class).stream()
                .filter(call -> consenting.contains(call.getToNumber())).count() == consenting.size());
        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(id, CampaignWindowClosed.class))
                .singleElement().satisfies(closed -> {
                    assertThat(closed.getClosedAt()).isEqualTo(NINE_PM);
                    assertThat(closed.getNextOpeningAt()).isEqualTo(EIGHT_AM);
                }));
        List<CallStarted> atNight = CallEventsLog.of(id, CallStarted.class).stream()
                .filter(call -> call.getStartedAt().equals(NINE_PM)).toList();
        assertThat(atNight).as("the night-consent tasks not called before nine").isNotEmpty()
                .allSatisfy(call -> assertThat(consenting).contains(call.getToNumber()));

        TestClock.INSTANCE.freezeAt(EIGHT_AM);
        await().atMost(WAIT).until(() -> db.terminalTasks(id) == 120);
        // the events follow the commits through the outbox relay
        await().atMost(WAIT).until(() -> CallEventsLog.of(id, CallStarted.class).size() == 120);
        assertThat(CallEventsLog.of(id, CallStarted.class)).hasSize(120)
                .allSatisfy(call -> assertThat(call.getStartedAt()).isIn(EVENING.toInstant(), NINE_PM, EIGHT_AM));
    }

    /** Starts the campaign two seconds before nine, moves the clock to nine, waits for the calls of then to end. */
    private UUID runUntilNine(CampaignFeed campaign) {
        CallEventsLog.start();
        TestClock.INSTANCE.freezeAt(EVENING.toInstant());
        campaign.publish();
        UUID id = campaign.id();
        DispatchDb db = new DispatchDb(pool);
        await().atMost(WAIT).until(() -> db.placedCalls(id) >= 4);
        TestClock.INSTANCE.freezeAt(NINE_PM);
        return id;
    }
}
