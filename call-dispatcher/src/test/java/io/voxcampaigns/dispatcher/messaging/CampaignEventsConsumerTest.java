package io.voxcampaigns.dispatcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.campaign.CampaignCanceled;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.campaign.CampaignPaused;
import io.voxcampaigns.events.campaign.CampaignResumed;
import io.voxcampaigns.events.campaign.CampaignStatusChanged;
import io.voxcampaigns.events.campaign.CampaignUpdated;
import io.voxcampaigns.events.common.CallPurpose;
import io.voxcampaigns.events.common.CallTimeWindow;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.events.common.TimeWindow;
import io.voxcampaigns.events.common.Weekday;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestKafka;

/** campaign.events from the real broker reach the dispatcher's campaign view once each, in order. */
@QuarkusTest
@RealInfra(database = "dispatcher")
class CampaignEventsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Test
    void createdThenPausedCampaignIsStoredWithItsSettingsAndStatus() {
        CampaignFeed campaign = CampaignFeed.anyCampaign().concurrency(7).tasks(3);
        CampaignCreated created = campaign.created();
        CampaignPaused paused = campaign.userPaused();
        CampaignFeed.send(created);
        CampaignFeed.send(created);
        CampaignFeed.send(paused);
        DispatchDb db = new DispatchDb(pool);

        await().atMost(WAIT).until(() -> db.processedAt(CampaignEventsConsumer.CONSUMER, paused.getEventId()) != null);
        Row row = db.campaign(campaign.id());
        assertThat(row.getString("status")).isEqualTo("paused");
        assertThat(row.getString("paused_by")).isEqualTo("user");
        assertThat(row.getInteger("concurrency")).isEqualTo(7);
        assertThat(row.getUUID("agent_id")).isEqualTo(campaign.agentId());
        assertThat(row.getString("from_number")).isEqualTo(CampaignFeed.FROM_NUMBER);
        assertThat(row.getInteger("total_tasks")).isEqualTo(3);
        assertThat(row.getString("timezone")).isEqualTo("Asia/Seoul");
        long applied = pool.preparedQuery("select count(*) as n from processed_event where event_id = $1")
                .execute(Tuple.of(UUID.fromString(created.getEventId()))).await().atMost(WAIT)
                .iterator().next().getLong("n");
        assertThat(applied).isEqualTo(1);
    }

    @Test
    void editReplacesTheSettingsAndEchoesOfDispatcherFactsChangeNoStatus() {
        CampaignFeed campaign = CampaignFeed.anyCampaign().concurrency(3).tasks(3);
        CampaignFeed.send(campaign.created());
        Instant later = Instant.now().truncatedTo(ChronoUnit.MILLIS).plusSeconds(1);
        CallTimeWindow night = new CallTimeWindow(List.of(new TimeWindow(1200, 1440, List.of(Weekday.Friday))),
                "America/New_York", false, List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31)), "KR");
        CampaignUpdated updated = campaign.concurrency(9).window(night).updated(later);
        CampaignStatusChanged echo = CampaignStatusChanged.newBuilder().setEventId(UUID.randomUUID().toString())
                .setOccurredAt(later.plusMillis(1)).setOrganizationId(campaign.organizationId())
                .setCampaignId(campaign.id().toString()).setPreviousStatus(CampaignStatus.pending)
                .setStatus(CampaignStatus.ongoing).build();
        CampaignFeed.send(updated);
        CampaignFeed.send(echo);
        DispatchDb db = new DispatchDb(pool);

        await().atMost(WAIT).until(() -> db.processedAt(CampaignEventsConsumer.CONSUMER, echo.getEventId()) != null);
        Row row = db.campaign(campaign.id());
        assertThat(row.getInteger("concurrency")).isEqualTo(9);
        assertThat(row.getString("timezone")).isEqualTo("America/New_York");
        assertThat(row.getBoolean("auto_resume")).isFalse();
        assertThat(row.getString("call_windows")).contains("\"start_min\":1200").contains("Friday");
        assertThat(row.getString("blackout_dates")).isEqualTo("[\"2026-12-24\",\"2026-12-31\"]");
        assertThat(row.getString("skip_holidays")).isEqualTo("KR");
        assertThat(row.getString("status")).as("the dispatcher decides pending -> ongoing itself").isEqualTo("pending");
    }

    @Test
    void eventsApplyInTopicOrderWhateverTheirClocksSay() {
        // Two campaign-service replicas 50 ms apart: the pause is stamped later than the cancel that follows it.
        CampaignFeed campaign = CampaignFeed.anyCampaign().concurrency(2).tasks(3);
        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CampaignPaused paused = campaign.userPaused();
        paused.setOccurredAt(t.plusMillis(50));
        CampaignResumed resumed = campaign.resumed(CampaignStatus.ongoing);
        resumed.setOccurredAt(t);
        CampaignPaused pausedAgain = campaign.userPaused();
        pausedAgain.setOccurredAt(t.plusMillis(60));
        CampaignCanceled canceled = campaign.canceled();
        canceled.setOccurredAt(t.plusMillis(10));
        CampaignFeed.send(campaign.created());
        CampaignFeed.send(paused);
        CampaignFeed.send(resumed);
        DispatchDb db = new DispatchDb(pool);

        await().atMost(WAIT).until(() -> db.processedAt(CampaignEventsConsumer.CONSUMER, resumed.getEventId()) != null);
        assertThat(db.campaign(campaign.id()).getString("status")).as("the resume that followed the pause")
                .isEqualTo("ongoing");

        CampaignFeed.send(pausedAgain);
        CampaignFeed.send(canceled);
        await().atMost(WAIT).until(() -> db.processedAt(CampaignEventsConsumer.CONSUMER, canceled.getEventId()) != null);
        assertThat(db.campaign(campaign.id()).getString("status")).as("the cancel that followed the pause")
                .isEqualTo("canceled");
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopic() {
        ConsumerTask<String, byte[]> dlq = TestKafka.consume(Topics.deadLetter(Topics.CAMPAIGN_EVENTS));
        try {
            CampaignFeed campaign = CampaignFeed.anyCampaign();
            CallTimeWindow nowhere = new CallTimeWindow(List.of(new TimeWindow(600, 500, List.of(Weekday.Monday))),
                    "Mars/Olympus", true, List.of(), null);
            CampaignCreated invalid = campaign.window(nowhere).created();
            byte[] bytes = EventCodec.encode(invalid);
            TestKafka.send(Topics.CAMPAIGN_EVENTS, campaign.id().toString(), bytes);

            CampaignFeed other = CampaignFeed.anyCampaign();
            CallTimeWindow unknownHolidays = new CallTimeWindow(List.of(new TimeWindow(480, 1200,
                    List.of(Weekday.Monday))), "Asia/Seoul", true, List.of(), "XX");
            byte[] unknownRegion = EventCodec.encode(other.window(unknownHolidays).created());
            TestKafka.send(Topics.CAMPAIGN_EVENTS, other.id().toString(), unknownRegion);
            CampaignFeed newer = CampaignFeed.anyCampaign().purpose(CallPurpose.unknown);
            byte[] unknownPurpose = EventCodec.encode(newer.created());
            TestKafka.send(Topics.CAMPAIGN_EVENTS, newer.id().toString(), unknownPurpose);

            await().atMost(WAIT).untilAsserted(() -> assertThat(dlq.getRecords())
                    .anySatisfy(record -> assertThat(record.value()).isEqualTo(bytes))
                    .anySatisfy(record -> assertThat(record.value()).isEqualTo(unknownRegion))
                    .anySatisfy(record -> assertThat(record.value()).isEqualTo(unknownPurpose)));
            assertThat(new DispatchDb(pool).campaign(campaign.id())).isNull();
            assertThat(new DispatchDb(pool).campaign(other.id())).as("a holiday calendar this dispatcher lacks")
                    .isNull();
            assertThat(new DispatchDb(pool).campaign(newer.id())).as("a purpose this dispatcher does not know")
                    .isNull();
        } finally {
            dlq.stop();
        }
    }
}
