package io.voxcampaigns.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.e2e.EventSubscriber.Event;

/**
 * The user's view of a campaign, end to end: three services started from their jars, real Kafka and PostgreSQL,
 * only the public HTTP API, the public topics (read with nothing but the schemas) and the placer's attempt log.
 */
// starts the whole stack: Kafka, PostgreSQL and the services (out of the fast tier, ./mvnw -B -Pfast verify)
@Tag("real-infra")
@Order(1)
class CampaignFlowE2ETest {

    private static Stack stack;
    private static Campaigns campaigns;
    private static EventSubscriber subscriber;
    private static String agentId;

    @BeforeAll
    static void start() {
        stack = SharedStack.get();
        campaigns = new Campaigns(stack);
        SchemaOnlyDecoder decoder = SchemaOnlyDecoder.fromDirectory(
                Stack.repositoryRoot().resolve("schemas").resolve("src").resolve("main").resolve("avro"));
        subscriber = new EventSubscriber(stack.kafkaBootstrap(), decoder, List.of("campaign.events", "call.events"));
        agentId = campaigns.createFlowAgent("e2e flow");
    }

    @AfterAll
    static void stopSubscriber() throws InterruptedException {
        subscriber.close();
    }

    @Test
    void thousandTasksRunToSuccessWithinTheCapAndEverySubscriberSeesEachEventOnce() throws Exception {
        String id = campaigns.create(Campaigns.Spec.of("e2e 1000", agentId, 1000, 10)).path("id").asText();
        AtomicInteger maxActive = new AtomicInteger();
        JsonNode done = campaigns.await(id, Campaigns::terminal, Duration.ofMinutes(5),
                c -> maxActive.accumulateAndGet(c.path("active_concurrency").asInt(), Math::max));

        assertThat(done.path("status").asText()).isEqualTo("success");
        assertThat(done.path("total_calls").asInt()).isEqualTo(1000);
        assertThat(Campaigns.finishedCalls(done)).isEqualTo(1000);
        assertThat(done.path("active_concurrency").asInt()).isZero();
        assertThat(maxActive.get()).as("active_concurrency in any poll").isBetween(1, 10);

        // the task list and the calls list agree with the counters
        List<JsonNode> tasks = campaigns.campaignApi().all("/v3/campaigns/" + id + "/tasks");
        Map<String, Long> byStatus = tasks.stream()
                .collect(Collectors.groupingBy(t -> t.path("status").asText(), Collectors.counting()));
        assertThat(tasks).hasSize(1000);
        assertThat(byStatus.keySet()).isSubsetOf("completed", "failed");
        assertThat(byStatus.getOrDefault("completed", 0L)).isEqualTo(done.path("completed_calls").asLong());
        assertThat(byStatus.getOrDefault("failed", 0L)).isEqualTo(done.path("failed_calls").asLong());
        List<JsonNode> calls = campaigns.callApi().all("/v3/calls?campaign_id=" + id);
        Set<String> callIds = calls.stream().map(c -> c.path("id").asText()).collect(Collectors.toSet());
        assertThat(calls).hasSize(1000);
        assertThat(callIds).hasSize(1000);
        assertThat(tasks.stream().map(t -> t.path("last_call_id").asText()).collect(Collectors.toSet()))
                .isEqualTo(callIds);
        assertThat(calls.stream().filter(c -> c.path("status").asText().equals("ended")).count())
                .isEqualTo(done.path("completed_calls").asLong());
        assertThat(campaigns.reconciliation(id).path("consistent").asBoolean()).isTrue();

        // the placer's own record
        AttemptLog attempts = AttemptLog.read(stack.attemptLog());
        assertThat(attempts.maxOverlap(id)).as("calls at once in the placer's record").isBetween(1, 10);
        assertThat(attempts.duplicateAttempts(id)).isEmpty();
        assertThat(attempts.placedCallIds(id)).isEqualTo(callIds);

        // a subscriber with nothing but the schemas: every call and lifecycle change, each once after dedupe
        Map<String, Map<String, Event>> callEvents = awaitEvents(id, "CallEnded", 1000);
        Map<String, Event> started = callEvents.getOrDefault("CallStarted", Map.of());
        Map<String, Event> ended = callEvents.getOrDefault("CallEnded", Map.of());
        assertThat(started).hasSize(1000);
        assertThat(ended).hasSize(1000);
        assertThat(started.values().stream().map(e -> e.field("call_id")).collect(Collectors.toSet())).isEqualTo(callIds);
        assertThat(ended.values().stream().map(e -> e.field("call_id")).collect(Collectors.toSet())).isEqualTo(callIds);
        assertThat(ended.values().stream().filter(e -> e.field("status").equals("ended")).count())
                .isEqualTo(done.path("completed_calls").asLong());
        assertThat(callEvents.getOrDefault("CampaignDispatchStarted", Map.of())).hasSize(1);
        assertThat(callEvents.getOrDefault("CampaignDrained", Map.of())).hasSize(1);
        assertThat(callEvents.getOrDefault("CampaignCreated", Map.of())).hasSize(1);
        assertThat(statusChanges(id)).containsSubsequence("ongoing", "success").doesNotHaveDuplicates()
                .endsWith("success");
    }

    @Test
    void pausedCampaignStartsNoCallUntilResumed() throws Exception {
        String id = campaigns.create(Campaigns.Spec.of("e2e pause", agentId, 1000, 10)).path("id").asText();
        stack.awaitPlaced(id, 100, Duration.ofMinutes(3));
        JsonNode paused = campaigns.campaignApi().post("/v3/campaigns/" + id + "/pause", null, 200);
        long pauseAnsweredAt = System.currentTimeMillis();
        assertThat(paused.path("status").asText()).isEqualTo("paused");
        JsonNode drained = campaigns.await(id, c -> c.path("active_concurrency").asInt() == 0, Duration.ofMinutes(1));
        long appliedAt = System.currentTimeMillis();
        Thread.sleep(3000);

        JsonNode still = campaigns.get(id);
        assertThat(still.path("status").asText()).isEqualTo("paused");
        assertThat(Campaigns.finishedCalls(still)).isEqualTo(Campaigns.finishedCalls(drained)).isLessThan(1000);
        assertThat(AttemptLog.read(stack.attemptLog()).startsSince(id, appliedAt)).as("calls started while paused").isZero();

        System.err.printf("e2e: %d call(s) placed after the pause answered, before the dispatcher applied it%n",
                AttemptLog.read(stack.attemptLog()).startsSince(id, pauseAnsweredAt));
        campaigns.campaignApi().post("/v3/campaigns/" + id + "/resume", null, 200);
        JsonNode done = campaigns.await(id, Campaigns::terminal, Duration.ofMinutes(5));
        assertAudited(id, 1000, 10, "success");
        assertThat(Campaigns.finishedCalls(done)).isEqualTo(1000);
    }

    @Test
    void canceledCampaignCancelsItsQueuedTasksAndCountsThemAsFailed() throws Exception {
        // concurrency 2 keeps it running for most of a minute: on a loaded machine the cancel takes seconds to reach
        // the dispatcher (calls placed meanwhile finish and count), and queued tasks must be left when it does
        String id = campaigns.create(Campaigns.Spec.of("e2e cancel", agentId, 1000, 2)).path("id").asText();
        stack.awaitPlaced(id, 20, Duration.ofMinutes(3));
        JsonNode canceled = campaigns.campaignApi().post("/v3/campaigns/" + id + "/cancel", null, 200);
        long canceledAt = System.currentTimeMillis();
        assertThat(canceled.path("status").asText()).isEqualTo("canceled");
        // Calls the dispatcher placed before the cancel reached it still report: their canceled tasks take the
        // outcome (docs/dispatch.md, "Call events and tasks"), so the counters settle only once every report is in:
        // wait until the dispatcher stopped starting calls (none for 3 s), then for counters that match the task rows.
        awaitNoStartsFor(id, Duration.ofSeconds(3), Duration.ofMinutes(1));
        JsonNode done = campaigns.await(id, c -> Campaigns.finishedCalls(c) == 1000
                && c.path("active_concurrency").asInt() == 0 && countsTheTaskRows(id, c), Duration.ofMinutes(2));

        assertThat(done.path("status").asText()).isEqualTo("canceled");
        JsonNode byStatus = campaigns.reconciliation(id).path("tasks_by_status");
        assertThat(byStatus.path("queued").asLong()).isZero();
        assertThat(byStatus.path("in_progress").asLong()).isZero();
        assertThat(byStatus.path("canceled").asLong()).isPositive();
        assertThat(done.path("failed_calls").asLong())
                .isEqualTo(byStatus.path("failed").asLong() + byStatus.path("canceled").asLong());
        assertAudited(id, 1000, 2, "canceled");
        System.err.printf("e2e: %d call(s) placed after the cancel answered (it reaches the dispatcher through "
                + "campaign.events)%n", AttemptLog.read(stack.attemptLog()).startsSince(id, canceledAt));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT) // mostly waiting: it runs beside the others
    void scheduledCampaignStaysDraftUntilItsTime() throws Exception {
        long at = System.currentTimeMillis() + 15_000;
        JsonNode created = campaigns.create(Campaigns.Spec.of("e2e scheduled", agentId, 20, 5).scheduledAt(at));
        String id = created.path("id").asText();
        assertThat(created.path("status").asText()).isEqualTo("draft");
        while (System.currentTimeMillis() < at - 2000) {
            assertThat(campaigns.get(id).path("status").asText()).isEqualTo("draft");
            Thread.sleep(1000);
        }
        assertThat(AttemptLog.read(stack.attemptLog()).starts(id)).isZero();

        campaigns.await(id, Campaigns::terminal, Duration.ofMinutes(2));
        assertAudited(id, 20, 5, "success");
        assertThat(firstStart(id)).isGreaterThanOrEqualTo(at);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT) // mostly waiting: it runs beside the others
    void campaignOutsideItsWindowWaitsAndStartsWhenItOpens() throws Exception {
        ZonedDateTime now = ZonedDateTime.now(middayZone(Instant.now()));
        int minute = now.getHour() * 60 + now.getMinute();
        ZonedDateTime opensAt = now.withSecond(0).withNano(0).plusMinutes(1);
        String id = campaigns.create(Campaigns.Spec.of("e2e window", agentId, 20, 5)
                .window(Campaigns.window(minute + 1, 1440, now.getZone().getId()))).path("id").asText();

        Thread.sleep(Math.max(0, opensAt.toInstant().toEpochMilli() - System.currentTimeMillis() - 2000));
        JsonNode waiting = campaigns.get(id);
        assertThat(Campaigns.terminal(waiting)).isFalse();
        assertThat(Campaigns.finishedCalls(waiting)).isZero();
        assertThat(AttemptLog.read(stack.attemptLog()).starts(id)).isZero();

        campaigns.await(id, Campaigns::terminal, Duration.ofMinutes(2));
        assertAudited(id, 20, 5, "success");
        assertThat(firstStart(id)).isGreaterThanOrEqualTo(opensAt.toInstant().toEpochMilli());
    }

    @Test
    void deletingTheAgentOfARunningCampaignFailsItAndCancelsTheRest() throws Exception {
        String doomed = campaigns.createFlowAgent("e2e doomed");
        String id = campaigns.create(Campaigns.Spec.of("e2e agent deleted", doomed, 1000, 10)).path("id").asText();
        stack.awaitPlaced(id, 100, Duration.ofMinutes(3));
        VoxClient.Answer deleted = campaigns.agentApi().send("DELETE", "/v3/agents/" + doomed, null);
        assertThat(deleted.status()).isEqualTo(204);

        JsonNode done = campaigns.await(id, c -> Campaigns.terminal(c) && c.path("active_concurrency").asInt() == 0,
                Duration.ofMinutes(2));
        assertThat(done.path("status").asText()).isEqualTo("fail");
        JsonNode byStatus = campaigns.reconciliation(id).path("tasks_by_status");
        assertThat(byStatus.path("queued").asLong()).isZero();
        assertThat(byStatus.path("canceled").asLong()).isPositive();
        assertAudited(id, 1000, 10, "fail");
    }

    /** Waits until the placer's log shows no call of the campaign started during the last {@code quiet}. */
    private static void awaitNoStartsFor(String id, Duration quiet, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (AttemptLog.read(stack.attemptLog()).startsSince(id, System.currentTimeMillis() - quiet.toMillis()) > 0) {
            assertThat(System.nanoTime()).as("calls still starting after the cancel").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    /** Whether the campaign's failed_calls is its failed and canceled task rows (read now). */
    private static boolean countsTheTaskRows(String id, JsonNode campaign) {
        JsonNode byStatus = campaigns.reconciliation(id).path("tasks_by_status");
        return campaign.path("failed_calls").asLong()
                == byStatus.path("failed").asLong() + byStatus.path("canceled").asLong();
    }

    private static void assertAudited(String id, int tasks, int concurrency, String status) {
        Verdict verdict = CampaignAudit.audit("flow", campaigns, stack.placerRecord(id), id, tasks, concurrency,
                status, List.of());
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.pass()).as(verdict.line()).isTrue();
    }

    /**
     * A tz database zone (Etc/GMT-n is UTC+n) where it is about noon at {@code instant}: a window opening in the next
     * minute and closing at midnight fits in its day at any time of the run.
     */
    static ZoneId middayZone(Instant instant) {
        int utcHour = instant.atZone(ZoneOffset.UTC).getHour();
        int offset = Math.floorMod(12 - utcHour + 12, 24) - 12;
        return ZoneId.of(offset == 0 ? "Etc/GMT" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset));
    }

    private static long firstStart(String id) {
        return AttemptLog.read(stack.attemptLog()).firstStart(id).orElseThrow();
    }

    /** Events of the campaign by record name, deduplicated by event_id, once {@code count} of {@code type} arrived. */
    private static Map<String, Map<String, Event>> awaitEvents(String campaignId, String type, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        Map<String, Map<String, Event>> byType = new HashMap<>();
        while (System.nanoTime() < deadline) {
            byType = new HashMap<>();
            for (Event event : subscriber.events()) {
                if (event.record() != null && campaignId.equals(event.field("campaign_id"))) {
                    byType.computeIfAbsent(event.record().getSchema().getName(), t -> new HashMap<>())
                            .putIfAbsent(event.field("event_id"), event);
                }
            }
            if (byType.getOrDefault(type, Map.of()).size() >= count) {
                return byType;
            }
            Thread.sleep(500);
        }
        return byType;
    }

    /** The statuses CampaignStatusChanged moved the campaign to, deduplicated by event_id, in the order read. */
    private static List<String> statusChanges(String campaignId) {
        Set<String> seen = new HashSet<>();
        List<String> statuses = new ArrayList<>();
        for (Event event : subscriber.events()) {
            if (event.record() != null && event.record().getSchema().getName().equals("CampaignStatusChanged")
                    && campaignId.equals(event.field("campaign_id")) && seen.add(event.field("event_id"))) {
                statuses.add(event.field("status"));
            }
        }
        return statuses;
    }
}
