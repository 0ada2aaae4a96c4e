package io.voxcampaigns.dispatcher.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.dispatcher.support.TestClock;
import io.voxcampaigns.events.common.CallPurpose;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Debt collection's contact cap (issue 16 item 4): at most 7 attempts to one number in 7 days across an
 * organisation's debt collection campaigns, two tasks of one number in a claim included; a general campaign of the
 * same organisation is not counted or held. Tasks over the cap wait and are dialled once the period has passed. The
 * dispatcher's clock is moved, never waited for.
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class ContactCapTest {

    private static final Duration WAIT = Duration.ofMinutes(1);
    private static final String DEBTOR = "01077770001";
    /** Wednesday 3 March 2027, 10:00 in Seoul: inside the legal hours. */
    private static final Instant T0 = ZonedDateTime.of(2027, 3, 3, 10, 0, 0, 0, ZoneId.of("Asia/Seoul")).toInstant();

    @Inject
    Pool pool;

    @AfterEach
    void realTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void sevenAttemptsToOneNumberInSevenDaysThenTheRestWait() {
        String organization = UUID.randomUUID().toString();
        CampaignFeed first = debtCollection(organization, 9);
        CampaignFeed second = debtCollection(organization, 2);
        CampaignFeed general = new CampaignFeed(organization, UUID.randomUUID()).concurrency(10).tasks(2)
                .oneNumber(DEBTOR);
        DispatchDb db = new DispatchDb(pool);
        TestClock.INSTANCE.freezeAt(T0);

        first.publish();
        await().atMost(WAIT).until(() -> db.terminalTasks(first.id()) == 7);
        second.publish();
        general.publish();
        await().atMost(WAIT).until(() -> db.terminalTasks(general.id()) == 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> db.placedCalls(first.id()) == 7 && db.placedCalls(second.id()) == 0);
        assertThat(db.tasks(first.id(), "queued")).isEqualTo(2);
        assertThat(db.tasks(second.id(), "queued")).isEqualTo(2);

        TestClock.INSTANCE.freezeAt(T0.plus(Duration.ofDays(7)).plusSeconds(1));
        await().atMost(WAIT).until(() -> db.placedCalls(first.id()) + db.placedCalls(second.id()) == 11);
    }

    private static CampaignFeed debtCollection(String organization, int tasks) {
        return new CampaignFeed(organization, UUID.randomUUID()).purpose(CallPurpose.debt_collection).concurrency(10)
                .tasks(tasks).oneNumber(DEBTOR);
    }
}
