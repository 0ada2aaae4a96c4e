package io.voxcampaigns.dispatcher.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.dispatcher.support.TestClock;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.CancelReason;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.events.suppression.SuppressionsChanged;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestKafka;

/**
 * Suppression lists (issue 16 item 1): a task whose number the organisation suppressed, when its campaign reaches it,
 * is never claimed and ends canceled with cancel_reason suppressed; an expired or removed suppression, or another
 * organisation's, holds nothing. The list is read at dispatch, not when the tasks arrived: the suppressions here come
 * after the campaign, before its schedule.
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class SuppressionTest {

    private static final Duration WAIT = Duration.ofMinutes(1);
    private static final Instant T0 = Instant.parse("2027-03-03T01:00:00Z");

    @Inject
    Pool pool;

    @AfterEach
    void realTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void suppressedNumbersEndCanceledAndAreNeverDialled() {
        CallEventsLog.start();
        String organization = UUID.randomUUID().toString();
        TestClock.INSTANCE.freezeAt(T0);
        CampaignFeed campaign = new CampaignFeed(organization, UUID.randomUUID()).concurrency(3).tasks(8)
                .callPrefix("0109").scheduledAt(T0.plus(Duration.ofHours(1))).publish();
        DispatchDb db = new DispatchDb(pool);
        await().atMost(WAIT).until(() -> db.tasks(campaign.id(), "queued") == 8);

        SuppressionsChanged listed = changed(organization, List.of(campaign.callTo(1), campaign.callTo(6)), null,
                List.of());
        SuppressionsChanged expired = changed(organization, List.of(campaign.callTo(2)), T0.minusSeconds(1),
                List.of());
        SuppressionsChanged added = changed(organization, List.of(campaign.callTo(3)), null, List.of());
        SuppressionsChanged removed = changed(organization, List.of(), null, List.of(campaign.callTo(3)));
        SuppressionsChanged elsewhere = changed(UUID.randomUUID().toString(), List.of(campaign.callTo(4)), null,
                List.of());
        List.of(listed, expired, added, removed, elsewhere).forEach(CampaignFeed::send);
        await().atMost(WAIT).until(() -> List.of(listed, expired, removed, elsewhere).stream().allMatch(event ->
                db.processedAt("call-dispatcher.suppression-events", event.getEventId()) != null));

        TestClock.INSTANCE.freezeAt(T0.plus(Duration.ofHours(1)));
        await().atMost(WAIT).until(() -> db.terminalTasks(campaign.id()) == 8);

        Map<String, String> numberOfCall = numbers(campaign.id());
        await().atMost(WAIT).until(() -> CallEventsLog.of(campaign.id(), CallEnded.class).size() == 8);
        List<CallEnded> ended = CallEventsLog.of(campaign.id(), CallEnded.class);
        assertThat(ended).filteredOn(call -> call.getCancelReason() == CancelReason.suppressed)
                .extracting(call -> numberOfCall.get(call.getCallId()))
                .containsExactlyInAnyOrder(campaign.callTo(1), campaign.callTo(6));
        assertThat(ended).filteredOn(call -> call.getCancelReason() == CancelReason.suppressed)
                .allSatisfy(call -> {
                    assertThat(call.getStatus()).isEqualTo(CallStatus.canceled);
                    assertThat(call.getStartedAt()).isNull();
                });
        assertThat(ended).filteredOn(call -> call.getCancelReason() == null).hasSize(6)
                .allSatisfy(call -> assertThat(call.getStartedAt()).as("dialled").isNotNull());
        assertThat(dialled(campaign.id())).as("numbers any request was sent for")
                .doesNotContain(campaign.callTo(1), campaign.callTo(6))
                .contains(campaign.callTo(2), campaign.callTo(3), campaign.callTo(4));
    }

    @Test
    void aRecordThatIsNotASuppressionChangeGoesToTheDeadLetterTopic() {
        ConsumerTask<String, byte[]> dlq = TestKafka.consume(Topics.deadLetter(Topics.SUPPRESSION_EVENTS));
        try {
            byte[] wrong = EventCodec.encode(CampaignFeed.anyCampaign().created());
            TestKafka.send(Topics.SUPPRESSION_EVENTS, "org", wrong);
            SuppressionsChanged malformed = changed("org", List.of(""), null, List.of());
            byte[] empty = EventCodec.encode(malformed);
            TestKafka.send(Topics.SUPPRESSION_EVENTS, "org", empty);

            await().atMost(WAIT).untilAsserted(() -> assertThat(dlq.getRecords())
                    .anySatisfy(record -> assertThat(record.value()).isEqualTo(wrong))
                    .anySatisfy(record -> assertThat(record.value()).isEqualTo(empty)));
        } finally {
            dlq.stop();
        }
    }

    /** The number of each of the campaign's calls, by call id. */
    private Map<String, String> numbers(UUID campaignId) {
        return pool.preparedQuery("select id, to_number from call where campaign_id = $1")
                .execute(Tuple.of(campaignId)).await().atMost(WAIT).stream()
                .collect(Collectors.toMap(row -> row.getUUID(0).toString(), row -> row.getString(1)));
    }

    /** The numbers of calls that left for the runtime (any phase past claimed). */
    private List<String> dialled(UUID campaignId) {
        return pool.preparedQuery("select to_number from call where campaign_id = $1 and first_request_at is not null")
                .execute(Tuple.of(campaignId)).await().atMost(WAIT).stream().map(row -> row.getString(0)).toList();
    }

    private static SuppressionsChanged changed(String organization, List<String> added, Instant expiresAt,
                                               List<String> removed) {
        return SuppressionsChanged.newBuilder().setEventId(UUID.randomUUID().toString())
                .setOccurredAt(TestClock.INSTANCE.instant()).setOrganizationId(organization).setAdded(added)
                .setExpiresAt(expiresAt).setRemoved(removed).build();
    }
}
