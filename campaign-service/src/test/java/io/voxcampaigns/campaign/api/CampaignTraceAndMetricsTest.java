package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestKafka;

/**
 * POST /v3/campaigns under a caller's trace: the server span continues it, the outbox rows keep it, and the relay's
 * records on campaign.events and campaign.tasks carry a traceparent of that trace (read from the real broker). The
 * outbox metrics are on /q/metrics and count what was relayed.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class CampaignTraceAndMetricsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    @Test
    void eventsOfACreatedCampaignContinueTheRequestsTrace() {
        ConsumerTask<String, byte[]> events = TestKafka.consume(Topics.CAMPAIGN_EVENTS);
        ConsumerTask<String, byte[]> tasks = TestKafka.consume(Topics.CAMPAIGN_TASKS);
        try {
            CampaignFixtures fixtures = new CampaignFixtures(pool);
            String traceId = randomHex(16);
            String callerSpanId = randomHex(8);
            String id = fixtures.api().header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
                    .body(fixtures.body(3)).when().post("/v3/campaigns")
                    .then().statusCode(201).extract().path("id");

            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(records(events, id)).anySatisfy(record ->
                        assertThat(EventCodec.decode(record.value())).isInstanceOf(CampaignCreated.class));
                assertThat(records(tasks, id)).isNotEmpty();
            });
            List<ConsumerRecord<String, byte[]>> relayed = new ArrayList<>(records(events, id));
            relayed.addAll(records(tasks, id));
            assertThat(relayed).allSatisfy(record -> {
                Header header = record.headers().lastHeader("traceparent");
                assertThat(header).as("traceparent on %s", record.topic()).isNotNull();
                String[] parts = new String(header.value(), StandardCharsets.UTF_8).split("-");
                assertThat(parts[1]).as("trace id").isEqualTo(traceId);
                assertThat(parts[2]).as("span id").isNotEqualTo(callerSpanId);
            });
        } finally {
            events.stop();
            tasks.stop();
        }

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("vox_outbox_backlog", "vox_outbox_oldest_age_seconds");
        assertThat(metrics.lines().filter(line -> line.startsWith("vox_outbox_published_total"))
                .map(line -> Double.parseDouble(line.split(" ")[1])))
                .as("events relayed").singleElement().satisfies(count -> assertThat(count).isGreaterThanOrEqualTo(2));
    }

    private static List<ConsumerRecord<String, byte[]>> records(ConsumerTask<String, byte[]> task, String key) {
        return task.getRecords().stream().filter(record -> key.equals(record.key())).toList();
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        value[0] |= 1;
        return HexFormat.of().formatHex(value);
    }
}
