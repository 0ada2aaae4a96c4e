package io.voxcampaigns.dispatcher.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.dispatcher.support.AgentFeed;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.TestClock;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignDrained;
import io.voxcampaigns.events.call.TaskExhausted;
import io.voxcampaigns.events.call.TaskRetryScheduled;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.events.common.RetryPolicy;
import io.voxcampaigns.events.common.RetrySpacing;
import io.voxcampaigns.events.common.RetrySpacingType;
import io.voxcampaigns.events.common.TaskExhaustedCause;
import io.voxcampaigns.events.common.VoicemailAction;
import io.voxcampaigns.events.common.VoicemailActionType;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * Automatic retries end to end (docs: dispatch, "Retries"): campaigns with a retry_policy dial through the stub voice
 * runtime of testing/voice-runtime, which answers each number by its script; the runtime's own record (numbers
 * dialled, idempotency keys) is the oracle. Time is the dispatcher's test clock, moved forward while the campaign
 * runs, so the 60 s spacing (the smallest a policy may ask) passes in moments.
 */
@QuarkusTest
@TestProfile(ScriptedRuntime.class)
@RealInfra(database = "dispatcher")
class RetryAttemptsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration SPACING = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool pool;

    @BeforeEach
    void listen() {
        CallEventsLog.start();
    }

    @AfterEach
    void resetClock() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void busyNoAnswerConnectedYieldTheAttemptsThePolicyAllowsUnderTheCap() throws Exception {
        CampaignFeed campaign = campaign("018", 5, 2, 3);
        String a = campaign.callTo(0);
        String b = campaign.callTo(1);
        String c = campaign.callTo(2);
        String d = campaign.callTo(3);
        String e = campaign.callTo(4);
        StubAdmin.script(Map.of(a, List.of("busy", "no_answer", "connected"), b, List.of("connected"),
                c, List.of("busy", "busy", "busy", "connected"), d, List.of("declined"),
                e, List.of("no_answer", "voicemail")));
        campaign.publish();

        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            TestClock.INSTANCE.advance(Duration.ofSeconds(15));
            return !CallEventsLog.of(campaign.id(), CampaignDrained.class).isEmpty();
        });

        JsonNode record = StubAdmin.record(campaign.id());
        Map<String, List<String>> keysByNumber = StubAdmin.keysByNumber(record);
        assertThat(keysByNumber).containsOnlyKeys(a, b, c, d, e);
        assertThat(keysByNumber.get(a)).hasSize(3);
        assertThat(keysByNumber.get(b)).hasSize(1);
        assertThat(keysByNumber.get(c)).as("max_attempts 3").hasSize(3);
        assertThat(keysByNumber.get(d)).as("declined is never retried").hasSize(1);
        assertThat(keysByNumber.get(e)).as("voicemail_reached is not in retry_on").hasSize(2);
        Set<String> keys = new HashSet<>();
        keysByNumber.values().forEach(keys::addAll);
        assertThat(keys).as("an idempotency key per attempt").hasSize(10);
        assertThat(record.path("dials").asInt()).isEqualTo(10);
        assertThat(record.path("replays").asInt()).isZero();
        assertThat(record.path("most_live").asInt()).as("the cap holds for retries").isBetween(1, 2);

        List<CallStarted> started = CallEventsLog.of(campaign.id(), CallStarted.class);
        List<CallEnded> ended = CallEventsLog.of(campaign.id(), CallEnded.class);
        List<TaskRetryScheduled> retries = CallEventsLog.of(campaign.id(), TaskRetryScheduled.class);
        List<TaskExhausted> exhausted = CallEventsLog.of(campaign.id(), TaskExhausted.class);
        assertThat(started).hasSize(10);
        assertThat(started.stream().map(CallStarted::getAttemptId)).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(ended).hasSize(10);
        assertThat(ended.stream().filter(CallEnded::getRetryScheduled)).hasSize(5);
        assertThat(retries).hasSize(5);
        assertThat(CallEventsLog.of(campaign.id(), CampaignDrained.class)).hasSize(1);

        Map<String, String> numberByTask = new HashMap<>();
        started.forEach(call -> numberByTask.put(call.getTaskId(), call.getToNumber()));
        assertThat(attemptsByNumber(started, numberByTask)).containsEntry(a, List.of(1, 2, 3))
                .containsEntry(b, List.of(1)).containsEntry(c, List.of(1, 2, 3)).containsEntry(d, List.of(1))
                .containsEntry(e, List.of(1, 2));
        for (TaskRetryScheduled retry : retries) {
            CallEnded cause = ended.stream().filter(end -> end.getCallId().equals(retry.getCallId())).findFirst()
                    .orElseThrow();
            assertThat(cause.getRetryScheduled()).isTrue();
            assertThat(cause.getStatus()).isEqualTo(CallStatus.not_connected);
            assertThat(retry.getAttempt()).isEqualTo(cause.getAttempt() + 1);
            assertThat(retry.getDueAt()).as("spacing after the attempt's end").isEqualTo(
                    cause.getEndedAt().plus(SPACING));
            CallStarted next = started.stream().filter(call -> call.getTaskId().equals(retry.getTaskId())
                    && call.getAttempt() == retry.getAttempt()).findFirst().orElseThrow();
            assertThat(next.getStartedAt()).as("never placed before it is due").isAfterOrEqualTo(retry.getDueAt());
        }
        assertThat(exhausted).as("events: %s", CallEventsLog.of(campaign.id())).extracting(t -> numberByTask.get(t.getTaskId()), TaskExhausted::getAttempts,
                TaskExhausted::getCause).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(c, 3, TaskExhaustedCause.last_attempt),
                        org.assertj.core.groups.Tuple.tuple(d, 1, TaskExhaustedCause.not_retried),
                        org.assertj.core.groups.Tuple.tuple(e, 2, TaskExhaustedCause.not_retried));
        assertThat(ended.stream().filter(end -> !end.getRetryScheduled() && end.getStatus() == CallStatus.ended))
                .as("a task completes once an attempt connects").hasSize(2);

        // the calls API shows each attempt as a call with its number and the key the runtime was given
        String apiKey = TestApiKeys.issue(campaign.organizationId(), "calls");
        JsonNode calls = JSON.readTree(given().auth().oauth2(apiKey).queryParam("campaign_id", campaign.id().toString())
                .queryParam("to_number", a).when().get("/v3/calls").then().statusCode(200).extract().asString());
        List<Integer> attemptNumbers = new ArrayList<>();
        List<String> attemptKeys = new ArrayList<>();
        calls.path("items").forEach(call -> {
            attemptNumbers.add(call.path("attempt").asInt());
            attemptKeys.add(call.path("placement").path("attempt_id").asText());
        });
        assertThat(attemptNumbers).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(attemptKeys).containsExactlyInAnyOrderElementsOf(keysByNumber.get(a));
        var row = pool.preparedQuery("select tasks_terminal, in_progress from dispatch_campaign where campaign_id = $1")
                .execute(Tuple.of(campaign.id())).await().atMost(WAIT).iterator().next();
        assertThat(row.getInteger("tasks_terminal")).isEqualTo(5);
        assertThat(row.getInteger("in_progress")).isZero();
    }

    @Test
    void cancelEndsTheRetriesThatWaitWithoutDialling() throws Exception {
        CampaignFeed campaign = campaign("019", 2, 2, 3);
        StubAdmin.script(Map.of(campaign.callTo(0), List.of("busy"), campaign.callTo(1), List.of("no_answer")));
        campaign.publish();
        await().atMost(WAIT).until(() -> CallEventsLog.of(campaign.id(), TaskRetryScheduled.class).size() == 2);

        CampaignFeed.send(campaign.canceled());
        await().atMost(WAIT).until(() -> CallEventsLog.of(campaign.id(), CallEnded.class).stream()
                .filter(end -> end.getStatus() == CallStatus.canceled).count() == 2);

        List<CallEnded> canceled = CallEventsLog.of(campaign.id(), CallEnded.class).stream()
                .filter(end -> end.getStatus() == CallStatus.canceled).toList();
        assertThat(canceled).allSatisfy(end -> {
            assertThat(end.getAttempt()).isEqualTo(2);
            assertThat(end.getRetryScheduled()).isFalse();
            assertThat(end.getStartedAt()).isNull();
        });
        assertThat(StubAdmin.record(campaign.id()).path("dials").asInt()).as("the waiting retries were never dialled")
                .isEqualTo(2);
    }

    @Test
    void aRetryHeldBackPastTheDeadlineExpiresWithoutDialling() throws Exception {
        Instant deadline = TestClock.INSTANCE.instant().plusSeconds(300).truncatedTo(ChronoUnit.MILLIS);
        CampaignFeed campaign = campaign("017", 1, 1, 3, deadline);
        StubAdmin.script(Map.of(campaign.callTo(0), List.of("busy", "connected")));
        campaign.publish();
        await().atMost(WAIT).until(() -> CallEventsLog.of(campaign.id(), TaskRetryScheduled.class).size() == 1);
        assertThat(CallEventsLog.of(campaign.id(), TaskRetryScheduled.class).get(0).getDueAt()).isBefore(deadline);

        // the user's pause holds the retry back past the deadline
        CampaignFeed.send(campaign.userPaused());
        await().atMost(WAIT).until(() -> "paused".equals(pool.preparedQuery(
                "select status from dispatch_campaign where campaign_id = $1").execute(Tuple.of(campaign.id()))
                .await().atMost(WAIT).iterator().next().getString("status")));
        TestClock.INSTANCE.advance(Duration.ofSeconds(400));
        CampaignFeed.send(campaign.resumed(CampaignStatus.ongoing));
        await().atMost(WAIT).until(() -> !CallEventsLog.of(campaign.id(), CampaignDrained.class).isEmpty());

        assertThat(CallEventsLog.of(campaign.id(), TaskExhausted.class)).singleElement().satisfies(task -> {
            assertThat(task.getCause()).isEqualTo(TaskExhaustedCause.expired);
            assertThat(task.getAttempts()).isEqualTo(1);
        });
        assertThat(CallEventsLog.of(campaign.id(), CallStarted.class)).hasSize(1);
        assertThat(StubAdmin.record(campaign.id()).path("dials").asInt()).as("the expired retry was never dialled")
                .isEqualTo(1);
    }

    @Test
    void leaveMessageSendsItsTextWithEveryCallAndAVoicemailIsNotRetried() throws Exception {
        String message = "안녕하세요, 택배 배송 안내입니다. 다시 연락드리겠습니다.";
        CampaignFeed campaign = campaign("015", 2, 2, 3).voicemailAction(VoicemailAction.newBuilder()
                .setType(VoicemailActionType.leave_message).setMessage(message).build());
        String a = campaign.callTo(0);
        String b = campaign.callTo(1);
        StubAdmin.script(Map.of(a, List.of("busy", "voicemail"), b, List.of("connected")));
        campaign.publish();

        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            TestClock.INSTANCE.advance(Duration.ofSeconds(15));
            return !CallEventsLog.of(campaign.id(), CampaignDrained.class).isEmpty();
        });

        JsonNode record = StubAdmin.record(campaign.id());
        List<String> messages = new ArrayList<>();
        record.path("tasks").forEach(calls -> calls.forEach(call -> messages.add(call.path("voicemail_message").asText())));
        assertThat(messages).as("the runtime's record: every call was given the message").hasSize(3)
                .containsOnly(message);
        assertThat(StubAdmin.keysByNumber(record).get(a)).as("busy retried, voicemail left a message and ended the task")
                .hasSize(2);
        assertThat(CallEventsLog.of(campaign.id(), TaskExhausted.class)).singleElement()
                .satisfies(task -> assertThat(task.getCause()).isEqualTo(TaskExhaustedCause.not_retried));
    }

    @Test
    void aRetryScheduledBeforeAPatchRemovedThePolicyIsStillMadeAndIsTheLast() throws Exception {
        CampaignFeed campaign = campaign("014", 1, 1, 3);
        String a = campaign.callTo(0);
        StubAdmin.script(Map.of(a, List.of("busy", "busy", "connected")));
        campaign.publish();
        await().atMost(WAIT).until(() -> !CallEventsLog.of(campaign.id(), TaskRetryScheduled.class).isEmpty());

        // PATCH while paused: the policy is removed; the retry already waiting keeps its due time
        CampaignFeed.send(campaign.userPaused());
        CampaignFeed.send(campaign.retryPolicy(null).updated(TestClock.INSTANCE.instant(), CampaignStatus.paused));
        CampaignFeed.send(campaign.resumed(CampaignStatus.ongoing));
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).until(() -> {
            TestClock.INSTANCE.advance(Duration.ofSeconds(15));
            return !CallEventsLog.of(campaign.id(), CampaignDrained.class).isEmpty();
        });

        assertThat(StubAdmin.keysByNumber(StubAdmin.record(campaign.id())).get(a)).as("the waiting retry was made, and no other")
                .hasSize(2);
        List<CallEnded> ended = CallEventsLog.of(campaign.id(), CallEnded.class);
        assertThat(ended).extracting(CallEnded::getAttempt, CallEnded::getRetryScheduled).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, true), org.assertj.core.groups.Tuple.tuple(2, false));
    }

    @Test
    void tasksNeverDialledExpireOnceTheDeadlinePassed() throws Exception {
        Instant now = TestClock.INSTANCE.instant().truncatedTo(ChronoUnit.MILLIS);
        CampaignFeed campaign = campaign("016", 3, 2, 2, now.plusSeconds(200)).scheduledAt(now.plusSeconds(100));
        campaign.publish();
        await().atMost(WAIT).until(() -> pool.preparedQuery("select count(*) as n from dispatch_task "
                + "where campaign_id = $1").execute(Tuple.of(campaign.id())).await().atMost(WAIT).iterator().next()
                .getLong("n") == 3);

        // the schedule comes after the deadline has passed: no attempt may start any more
        TestClock.INSTANCE.advance(Duration.ofSeconds(300));
        await().atMost(WAIT).until(() -> !CallEventsLog.of(campaign.id(), CampaignDrained.class).isEmpty());

        assertThat(CallEventsLog.of(campaign.id(), TaskExhausted.class)).hasSize(3).allSatisfy(task -> {
            assertThat(task.getCause()).isEqualTo(TaskExhaustedCause.expired);
            assertThat(task.getAttempts()).isZero();
        });
        assertThat(CallEventsLog.of(campaign.id(), CallStarted.class)).isEmpty();
        assertThat(StubAdmin.record(campaign.id()).path("dials").asInt()).isZero();
    }

    private CampaignFeed campaign(String prefix, int tasks, int concurrency, int maxAttempts) {
        return campaign(prefix, tasks, concurrency, maxAttempts, null);
    }

    /** A campaign of a fresh agent (ring 1 s, talk 1 s) retrying busy and no answer every 60 s until deadline. */
    private CampaignFeed campaign(String prefix, int tasks, int concurrency, int maxAttempts, Instant deadline) {
        AgentFeed agent = new AgentFeed(UUID.randomUUID().toString());
        CampaignFeed.send(agent.created(1, 1));
        await().atMost(WAIT).until(() -> pool.preparedQuery("select 1 from agent_call_settings where agent_id = $1")
                .execute(Tuple.of(agent.id())).await().atMost(WAIT).size() == 1);
        RetryPolicy policy = RetryPolicy.newBuilder().setMaxAttempts(maxAttempts)
                .setRetryOn(List.of(DisconnectionReason.dial_busy, DisconnectionReason.dial_no_answer))
                .setSpacing(RetrySpacing.newBuilder().setType(RetrySpacingType.fixed)
                        .setInitialSeconds((int) SPACING.toSeconds()).setMaxSeconds((int) SPACING.toSeconds())
                        .setJitter(0).build())
                .setDeadlineAt(deadline).build();
        return new CampaignFeed(agent.organizationId(), agent.id()).tasks(tasks).concurrency(concurrency)
                .callPrefix(prefix).retryPolicy(policy);
    }

    private static Map<String, List<Integer>> attemptsByNumber(List<CallStarted> started,
                                                               Map<String, String> numberByTask) {
        Map<String, List<Integer>> attempts = new HashMap<>();
        started.forEach(call -> attempts.computeIfAbsent(numberByTask.get(call.getTaskId()), n -> new ArrayList<>())
                .add(call.getAttempt()));
        attempts.values().forEach(list -> list.sort(Integer::compare));
        return attempts;
    }
}
