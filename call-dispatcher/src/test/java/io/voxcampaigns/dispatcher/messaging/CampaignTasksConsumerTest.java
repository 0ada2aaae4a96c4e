package io.voxcampaigns.dispatcher.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
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
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.events.task.TaskBatch;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestKafka;

/** campaign.tasks batches land in the backlog once each, before or after the settings; poison goes to the DLQ. */
@QuarkusTest
@RealInfra(database = "dispatcher")
class CampaignTasksConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Test
    void tasksBeforeTheSettingsAreStoredOnceAndWaitForThem() {
        CampaignFeed campaign = CampaignFeed.anyCampaign().tasks(1200);
        List<TaskBatch> batches = campaign.batches();
        batches.forEach(CampaignFeed::send);
        CampaignFeed.send(batches.get(1));
        TaskBatch redone = CampaignFeed.resent(batches.get(0));
        CampaignFeed.send(redone);
        DispatchDb db = new DispatchDb(pool);
        UUID id = campaign.id();

        await().atMost(WAIT).until(() -> db.processedAt(CampaignTasksConsumer.CONSUMER, redone.getEventId()) != null);
        assertThat(db.tasks(id, "queued")).isEqualTo(1200);
        assertThat(db.campaign(id).getInteger("tasks_stored")).isEqualTo(1200);
        assertThat(db.campaign(id).getValue("settings_at")).as("no settings yet").isNull();
        Row first = pool.preparedQuery("select * from dispatch_task where task_id = $1")
                .execute(Tuple.of(UUID.fromString(batches.get(1).getTasks().get(0).getTaskId())))
                .await().atMost(WAIT).iterator().next();
        assertThat(first.getLong("seq")).isEqualTo(1_000_000L);
        assertThat(first.getString("call_to")).isEqualTo("01000000500");
        assertThat(first.getString("metadata_json")).isEqualTo("{\"n\":500}");
        assertThat(first.getString("dynamic_variables")).isEqualTo("{\"n\":\"500\"}");
        await().during(Duration.ofMillis(600)).atMost(WAIT).until(() -> db.calls(id) == 0);

        CampaignFeed.send(campaign.created());
        await().atMost(WAIT).until(() -> db.terminalTasks(id) == 1200);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopic() {
        ConsumerTask<String, byte[]> dlq = TestKafka.consume(Topics.deadLetter(Topics.CAMPAIGN_TASKS));
        try {
            byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
            TestKafka.send(Topics.CAMPAIGN_TASKS, UUID.randomUUID().toString(), garbage);
            TaskBatch batch = CampaignFeed.anyCampaign().tasks(2).batches().get(0);
            batch.getTasks().get(1).setTaskId("task-2");
            byte[] badTask = EventCodec.encode(batch);
            TestKafka.send(Topics.CAMPAIGN_TASKS, batch.getCampaignId(), badTask);

            await().atMost(WAIT).untilAsserted(() -> assertThat(dlq.getRecords())
                    .anySatisfy(record -> assertThat(record.value()).isEqualTo(garbage))
                    .anySatisfy(record -> assertThat(Arrays.equals(record.value(), badTask)).isTrue()));
            assertThat(new DispatchDb(pool).tasks(UUID.fromString(batch.getCampaignId()), "queued"))
                    .as("nothing of the refused batch is stored").isZero();
        } finally {
            dlq.stop();
        }
    }
}
