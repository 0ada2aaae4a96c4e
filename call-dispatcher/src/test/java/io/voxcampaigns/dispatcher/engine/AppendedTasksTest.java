package io.voxcampaigns.dispatcher.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.dispatcher.support.TestClock;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.events.task.TaskBatch;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Issue 15, item 4: recipients appended to a campaign the dispatcher had drained make it run again: every new task
 * is dialled once, under the cap, and the campaign drains a second time. Neither the order of the two topics
 * (tasks before the new total) nor campaign-service's echo of the first drain, arriving while the new tasks wait,
 * stops it.
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class AppendedTasksTest {

    private static final Duration WAIT = Duration.ofMinutes(1);
    private static final int FIRST = 3;
    private static final int APPENDED = 200;

    @Inject
    Pool pool;

    @Test
    void tasksAppendedAfterTheDrainAreDialledOnceAndTheCampaignDrainsAgain() {
        CallEventsLog.start();
        CampaignFeed campaign = CampaignFeed.anyCampaign().concurrency(1).tasks(FIRST).publish();
        UUID id = campaign.id();
        DispatchDb db = new DispatchDb(pool);
        await().atMost(WAIT).until(() -> CallEventsLog.of(id, CampaignDrained.class).size() == 1);
        assertThat(db.campaign(id).getString("status")).isEqualTo("success");

        // The tasks come first (campaign.tasks), then the echo of the first drain and the new total
        // (campaign.events), as they may when the append crosses the drain.
        TaskBatch appended = campaign.appended(1, FIRST, APPENDED);
        CampaignFeed.send(appended);
        await().atMost(WAIT).until(() -> db.campaign(id).getInteger("tasks_stored") == FIRST + APPENDED);
        CampaignFeed.send(campaign.statusChanged(CampaignStatus.ongoing, CampaignStatus.success));
        campaign.tasks(FIRST + APPENDED);
        CampaignFeed.send(campaign.updated(TestClock.INSTANCE.instant(), CampaignStatus.ongoing));

        await().atMost(WAIT).until(() -> CallEventsLog.of(id, CampaignDrained.class).size() == 2);
        assertThat(db.campaign(id).getString("status")).isEqualTo("success");
        assertThat(db.campaign(id).getInteger("tasks_terminal")).isEqualTo(FIRST + APPENDED);
        List<CallStarted> started = CallEventsLog.of(id, CallStarted.class);
        List<String> appendedIds = appended.getTasks().stream().map(task -> task.getTaskId()).toList();
        assertThat(started).extracting(CallStarted::getTaskId).doesNotHaveDuplicates()
                .hasSize(FIRST + APPENDED).containsAll(appendedIds);
        assertThat(started.subList(FIRST, started.size())).extracting(CallStarted::getToNumber)
                .as("the appended tasks in their order").containsExactlyElementsOf(
                        appended.getTasks().stream().map(task -> task.getCallTo()).toList());
        assertThat(CallEventsLog.of(id, CallEnded.class)).hasSize(FIRST + APPENDED);
        assertThat(db.campaign(id).getInteger("in_progress")).isZero();
    }
}
