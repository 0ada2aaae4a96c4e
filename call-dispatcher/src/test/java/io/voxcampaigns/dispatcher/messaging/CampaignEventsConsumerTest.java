package io.voxcampaigns.dispatcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.campaign.CampaignPaused;
import io.voxcampaigns.events.common.CallTimeWindow;
import io.voxcampaigns.events.common.CampaignSettings;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.events.common.PausedBy;
import io.voxcampaigns.events.common.TimeWindow;
import io.voxcampaigns.events.common.Weekday;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.local.InfraTestResource;
import io.voxcampaigns.local.TestKafka;

/** campaign.events from the real broker reach the dispatcher's campaign view once each, in order. */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = InfraTestResource.DATABASE_ARG, value = "dispatcher"))
class CampaignEventsConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;


    @Test
    void createdThenPausedCampaignIsStoredWithItsSettingsAndStatus() {
        String campaignId = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        CampaignCreated created = CampaignCreated.newBuilder().setEventId(UUID.randomUUID().toString())
                .setOccurredAt(now).setOrganizationId("org-1").setCampaignId(campaignId)
                .setSettings(settings(7)).setStatus(CampaignStatus.pending).build();
        CampaignPaused paused = CampaignPaused.newBuilder().setEventId(UUID.randomUUID().toString())
                .setOccurredAt(now.plusMillis(5)).setOrganizationId("org-1").setCampaignId(campaignId)
                .setPausedBy(PausedBy.user).setPausedAt(now.plusMillis(5)).build();

        send(campaignId, EventCodec.encode(created));
        send(campaignId, EventCodec.encode(created));
        send(campaignId, EventCodec.encode(paused));

        await().atMost(WAIT).untilAsserted(() -> {
            RowSet<Row> rows = pool.preparedQuery("select status, concurrency from dispatch_campaign where campaign_id = $1")
                    .execute(Tuple.of(UUID.fromString(campaignId))).await().atMost(WAIT);
            assertThat(rows.size()).isEqualTo(1);
            Row row = rows.iterator().next();
            assertThat(row.getString("status")).isEqualTo("paused");
            assertThat(row.getInteger("concurrency")).isEqualTo(7);
        });
        long applied = pool.preparedQuery("select count(*) as n from processed_event where event_id = $1")
                .execute(Tuple.of(UUID.fromString(created.getEventId()))).await().atMost(WAIT)
                .iterator().next().getLong("n");
        assertThat(applied).isEqualTo(1);
    }

    private static CampaignSettings settings(int concurrency) {
        CallTimeWindow window = new CallTimeWindow(List.of(new TimeWindow(480, 1200, List.of(Weekday.values()))),
                "Asia/Seoul", true);
        return CampaignSettings.newBuilder().setName("Spring promo").setAgentId(UUID.randomUUID().toString())
                .setAgentVersion("current").setResolvedAgentVersion("current").setFromNumber("0260001000")
                .setPresentationNumber(null).setConcurrency(concurrency).setScheduledAt(null)
                .setCallTimeWindow(window).setTotalTasks(3).build();
    }

    private static void send(String key, byte[] value) {
        TestKafka.send(Topics.CAMPAIGN_EVENTS, key, value);
    }
}
