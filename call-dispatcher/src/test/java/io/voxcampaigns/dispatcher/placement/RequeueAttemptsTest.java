package io.voxcampaigns.dispatcher.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.dispatcher.support.AgentFeed;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.TestClock;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.events.call.TaskRequeued;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.TaskRequeueReason;
import io.voxcampaigns.events.task.TasksRequeued;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Issue 15, items 3 and 5: tasks asked for one more attempt (TasksRequeued: a re-run of failed tasks, a callback)
 * against the stub voice runtime, whose record (numbers dialled, idempotency keys) is the oracle: each gets exactly
 * one more dial with a key of its own, a callback waits for its time and for the attempt in progress to end, and a
 * drained campaign runs again and drains once more.
 */
@QuarkusTest
@TestProfile(ScriptedRuntime.class)
@RealInfra(database = "dispatcher")
class RequeueAttemptsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Pool pool;

    @BeforeEach
    void listen() {
        CallEventsLog.start();
    }

    @AfterEach
    void reset() throws Exception {
        TestClock.INSTANCE.reset();
        StubAdmin.behaviour(Map.of("talk_ms", Map.of("min", 100, "max", 200)));
    }

    @Test
    void aReRunDialsEachFailedTaskOnceMoreWithAKeyOfItsOwnAndTheCampaignDrainsAgain() throws Exception {
        CampaignFeed campaign = campaign("012", 3);
        String a = campaign.callTo(0);
        String b = campaign.callTo(1);
        String c = campaign.callTo(2);
        StubAdmin.behaviour(Map.of("script", Map.of(a, List.of("busy", "connected"), b, List.of("connected"),
                c, List.of("no_answer", "no_answer"))));
        campaign.publish();
        await().atMost(WAIT).until(() -> CallEventsLog.of(campaign.id(), CampaignDrained.class).size() == 1);
        Map<String, String> tasks = taskByNumber(campaign.id());

        CampaignFeed.send(requeue(campaign, List.of(tasks.get(a), tasks.get(c)), null, TaskRequeueReason.rerun));

        await().atMost(WAIT).until(() -> CallEventsLog.of(campaign.id(), CampaignDrained.class).size() == 2);
        Map<String, List<String>> keys = StubAdmin.keysByNumber(StubAdmin.record(campaign.id()));
        assertThat(keys.get(a)).hasSize(2).doesNotHaveDuplicates();
        assertThat(keys.get(b)).hasSize(1);
        assertThat(keys.get(c)).hasSize(2).doesNotHaveDuplicates();
        List<TaskRequeued> requeued = CallEventsLog.of(campaign.id(), TaskRequeued.class);
        assertThat(requeued).extracting(TaskRequeued::getTaskId)
                .containsExactlyInAnyOrder(tasks.get(a), tasks.get(c));
        assertThat(requeued).allSatisfy(event -> {
            assertThat(event.getAttempt()).isEqualTo(2);
            assertThat(event.getReason()).isEqualTo(TaskRequeueReason.rerun);
        });
        List<CallEnded> ended = CallEventsLog.of(campaign.id(), CallEnded.class);
        assertThat(ended).hasSize(5);
        assertThat(ended.stream().filter(end -> end.getAttempt() == 2))
                .extracting(CallEnded::getTaskId, CallEnded::getStatus)
                .containsExactlyInAnyOrder(tuple(tasks.get(a), CallStatus.ended),
                        tuple(tasks.get(c), CallStatus.not_connected));
        assertThat(campaignRow(campaign.id()).getInteger("tasks_terminal")).isEqualTo(3);
        assertThat(campaignRow(campaign.id()).getString("status")).isEqualTo("success");
    }

    @Test
    void aCallbackAskedDuringACallWaitsForItsEndAndItsTimeThenDialsOnce() throws Exception {
        StubAdmin.behaviour(Map.of("talk_ms", Map.of("min", 3000, "max", 3000)));
        CampaignFeed campaign = campaign("013", 1);
        String a = campaign.callTo(0);
        StubAdmin.behaviour(Map.of("script", Map.of(a, List.of("connected"))));
        Instant frozen = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TestClock.INSTANCE.freezeAt(frozen);
        campaign.publish();
        await().atMost(WAIT).until(() -> !CallEventsLog.of(campaign.id(), CallStarted.class).isEmpty());
        String task = CallEventsLog.of(campaign.id(), CallStarted.class).get(0).getTaskId();
        Instant due = frozen.plusSeconds(600);

        CampaignFeed.send(requeue(campaign, List.of(task), due, TaskRequeueReason.callback));

        await().atMost(WAIT).until(() -> !CallEventsLog.of(campaign.id(), TaskRequeued.class).isEmpty());
        List<SpecificRecord> events = CallEventsLog.of(campaign.id());
        TaskRequeued requeued = CallEventsLog.of(campaign.id(), TaskRequeued.class).get(0);
        CallEnded first = CallEventsLog.of(campaign.id(), CallEnded.class).get(0);
        assertThat(events.indexOf(first)).as("queued again after the attempt in progress ended")
                .isLessThan(events.indexOf(requeued));
        assertThat(first.getStatus()).isEqualTo(CallStatus.ended);
        assertThat(requeued.getAttempt()).isEqualTo(2);
        assertThat(requeued.getDueAt()).isEqualTo(due);
        assertThat(CallEventsLog.of(campaign.id(), CampaignDrained.class)).as("a callback waits: no drain").isEmpty();
        Thread.sleep(1000);
        assertThat(StubAdmin.keysByNumber(StubAdmin.record(campaign.id())).get(a)).as("nothing before the callback's time").hasSize(1);

        TestClock.INSTANCE.advance(Duration.ofSeconds(601));
        await().atMost(WAIT).until(() -> CallEventsLog.of(campaign.id(), CampaignDrained.class).size() == 1);
        assertThat(StubAdmin.keysByNumber(StubAdmin.record(campaign.id())).get(a)).hasSize(2).doesNotHaveDuplicates();
        assertThat(CallEventsLog.of(campaign.id(), CallStarted.class)).extracting(CallStarted::getAttempt)
                .containsExactly(1, 2);
    }

    /** A campaign of a fresh agent (ring 30 s, call 600 s), one call at a time, no retry policy. */
    private CampaignFeed campaign(String prefix, int tasks) {
        AgentFeed agent = new AgentFeed(UUID.randomUUID().toString());
        CampaignFeed.send(agent.created(30, 600));
        await().atMost(WAIT).until(() -> pool.preparedQuery("select 1 from agent_call_settings where agent_id = $1")
                .execute(Tuple.of(agent.id())).await().atMost(WAIT).size() == 1);
        return new CampaignFeed(agent.organizationId(), agent.id()).tasks(tasks).concurrency(1).callPrefix(prefix);
    }

    private static TasksRequeued requeue(CampaignFeed campaign, List<String> taskIds, Instant due,
                                         TaskRequeueReason reason) {
        return TasksRequeued.newBuilder().setEventId(UUID.randomUUID().toString())
                .setOccurredAt(TestClock.INSTANCE.instant().truncatedTo(ChronoUnit.MILLIS))
                .setOrganizationId(campaign.organizationId()).setCampaignId(campaign.id().toString())
                .setTaskIds(taskIds).setDueAt(due).setReason(reason).build();
    }

    private Row campaignRow(UUID campaignId) {
        return pool.preparedQuery("select * from dispatch_campaign where campaign_id = $1")
                .execute(Tuple.of(campaignId)).await().atMost(WAIT).iterator().next();
    }

    private static Map<String, String> taskByNumber(UUID campaignId) {
        Map<String, String> tasks = new HashMap<>();
        CallEventsLog.of(campaignId, CallStarted.class).forEach(call -> tasks.put(call.getToNumber(),
                call.getTaskId()));
        return tasks;
    }
}
