package io.voxcampaigns.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.platform.testing.Health;
import io.voxcampaigns.platform.testing.Health.Check;
import io.voxcampaigns.platform.testing.TestDatabase;
import io.voxcampaigns.platform.testing.TopicLog;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * A record whose database work fails because the database is away (connections terminated, new ones refused) is
 * retried for as long as the outage lasts, with readiness DOWN and the retry metrics moving, and applied exactly once
 * when the database is back; nothing goes to the dead-letter topic and the channel keeps consuming.
 *
 * <p>The outage is many times the test profile's maximum backoff (500 ms); before, a record still failing after
 * {@code vox.consumer.retry-for} was dead-lettered.
 */
@QuarkusTest
@RealInfra(database = TestDatabase.NAME)
class DatabaseOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration OUTAGE = Duration.ofSeconds(8);
    private static final String ORG = UUID.randomUUID().toString();

    @Inject
    MeterRegistry registry;

    @Test
    void aRecordIsRetriedThroughAnOutageAndAppliedOnceAfterIt() throws Exception {
        ConsumerMetrics metrics = new ConsumerMetrics(registry, TestConsumers.SINGLE);
        double failuresBefore = metrics.transientFailures();
        String campaign = UUID.randomUUID().toString();
        SpecificRecord event = TestEvents.paused(campaign, ORG);

        try (TopicLog dead = TopicLog.read(Topics.deadLetter(TestEvents.SINGLE_TOPIC))) {
            try (AutoCloseable outage = TestDatabase.outage()) {
                TestEvents.send(TestEvents.SINGLE_TOPIC, campaign, TestEvents.encoded(List.of(event)));
                await().atMost(WAIT).until(() -> !Health.readiness(ConsumerRetriesHealthCheck.NAME).up());
                await().during(OUTAGE).atMost(OUTAGE.plus(WAIT)).until(() -> metrics.retryingSeconds() > 0
                        && dead.withKey(campaign).isEmpty() && "UP".equals(Health.livenessStatus()));

                Check down = Health.readiness(ConsumerRetriesHealthCheck.NAME);
                assertThat(down.status()).isEqualTo("DOWN");
                assertThat(down.data()).containsOnlyKeys(TestConsumers.SINGLE);
                assertThat(down.data().get(TestConsumers.SINGLE).toString())
                        .matches("retrying since \\S+Z: \\w+(Exception|Error).*").doesNotContain("\n", "\tat ");
                assertThat(metrics.transientFailures()).isGreaterThan(failuresBefore + 3);
            }

            await().atMost(WAIT).until(() -> AppliedEvents.eachOnce(TestConsumers.SINGLE,
                    List.of(TestEvents.eventId(event))));
            await().atMost(WAIT).until(() -> Health.readiness(ConsumerRetriesHealthCheck.NAME).up());
            assertThat(metrics.retryingSeconds()).isZero();

            SpecificRecord next = TestEvents.paused(campaign, ORG);
            TestEvents.send(TestEvents.SINGLE_TOPIC, campaign, TestEvents.encoded(List.of(next)));
            await().atMost(WAIT).until(() -> AppliedEvents.eachOnce(TestConsumers.SINGLE,
                    TestEvents.eventIds(List.of(event, next))));
            assertThat(dead.withKey(campaign)).isEmpty();
        }
    }
}
