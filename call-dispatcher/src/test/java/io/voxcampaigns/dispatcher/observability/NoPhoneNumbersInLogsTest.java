package io.voxcampaigns.dispatcher.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestKafka;

/**
 * Everything logged at INFO and above while a campaign runs, and while a record with a malformed phone number goes
 * to the dead-letter topic, holds no full phone number (caller id, callee numbers, the malformed number).
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class NoPhoneNumbersInLogsTest {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final int TASKS = 20;
    private static final String MALFORMED_NUMBER = "+8210" + "98765432109876543210";

    @Inject
    Pool pool;

    @Test
    void noFullPhoneNumberIsLoggedAtInfoOrAbove() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Capture(logged);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        ConsumerTask<String, byte[]> dlq = TestKafka.consume(Topics.deadLetter(Topics.CAMPAIGN_EVENTS));
        try {
            CampaignFeed campaign = CampaignFeed.anyCampaign().concurrency(4).tasks(TASKS).publish();
            CampaignFeed poison = CampaignFeed.anyCampaign();
            CampaignCreated malformed = poison.created();
            malformed.getSettings().setFromNumber(MALFORMED_NUMBER);
            byte[] bytes = EventCodec.encode(malformed);
            TestKafka.send(Topics.CAMPAIGN_EVENTS, poison.id().toString(), bytes);

            DispatchDb db = new DispatchDb(pool);
            UUID id = campaign.id();
            await().atMost(WAIT).until(() -> db.terminalTasks(id) == TASKS);
            await().atMost(WAIT).untilAsserted(() -> assertThat(dlq.getRecords())
                    .anySatisfy(record -> assertThat(record.value()).isEqualTo(bytes)));
        } finally {
            dlq.stop();
            root.removeHandler(capture);
        }

        assertThat(logged).as("log lines at INFO+").isNotEmpty();
        assertThat(String.join("\n", logged)).doesNotContain(CampaignFeed.FROM_NUMBER).doesNotContain(MALFORMED_NUMBER)
                .doesNotContainPattern("010\\d{8}");
    }

    /** Keeps the formatted message and the messages of the cause chain of every INFO+ record. */
    private static final class Capture extends Handler {

        private final List<String> lines;
        private final SimpleFormatter formatter = new SimpleFormatter();

        Capture(List<String> lines) {
            this.lines = lines;
            setLevel(Level.INFO);
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() < Level.INFO.intValue()) {
                return;
            }
            StringBuilder line = new StringBuilder(formatter.formatMessage(record));
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
