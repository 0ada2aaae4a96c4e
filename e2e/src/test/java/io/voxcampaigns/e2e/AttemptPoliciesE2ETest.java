package io.voxcampaigns.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.voxcampaigns.voiceruntime.CampaignReport;
import io.voxcampaigns.voiceruntime.Controls;
import io.voxcampaigns.voiceruntime.Outcome;

/**
 * Issue 15 end to end in vox mode: a campaign with a retry policy, created through the public API, dials through
 * the stub voice runtime, which answers each recipient in a scripted order; appended recipients, a re-run and a
 * callback. Judged by the runtime's record (dials per number, one idempotency key per attempt, the cap), and the
 * campaign's counters and tasks against it.
 */
// starts the whole stack: Kafka, PostgreSQL and the services (out of the fast tier, ./mvnw -B -Pfast verify)
@Tag("real-infra")
@Order(3)
class AttemptPoliciesE2ETest {

    /** Numbers no other test of the module dials (the stub's scripts are per number). */
    private static final String PREFIX = "0105959";
    private static final int CONCURRENCY = 2;

    @Test
    void scriptedOutcomesGiveEachRecipientTheAttemptsThePolicyAllowsUnderTheCap() throws InterruptedException {
        Stack stack = SharedStack.get(new Stack.Options(Stack.Placer.VOX, 2));
        Campaigns campaigns = new Campaigns(stack);
        String agent = campaigns.createFlowAgent("e2e attempt policies");
        Controls runtime = stack.runtime().controls();
        runtime.reset();
        Map<String, List<Outcome>> script = Map.of(
                number(0), List.of(Outcome.BUSY, Outcome.USER_HANGUP),
                number(1), List.of(Outcome.NO_ANSWER, Outcome.NO_ANSWER),
                number(2), List.of(Outcome.USER_HANGUP),
                number(3), List.of(Outcome.VOICEMAIL, Outcome.USER_HANGUP),
                number(4), List.of(Outcome.DECLINED));
        script.forEach((number, outcomes) -> runtime.script(number, outcomes.toArray(Outcome[]::new)));

        String id = create(campaigns, agent, script.size());
        JsonNode done = campaigns.await(id, Campaigns::terminal, Duration.ofMinutes(4));

        // the runtime's record: what it was asked to dial, under which keys, how many at once
        CampaignReport record = stack.runtime().record().campaign(id);
        Map<String, Integer> dials = dialsByNumber(record);
        Set<String> keys = keys(record);
        assertThat(dials).as("busy and no answer retried, voicemail retried as no answer, declined never, at most 2")
                .isEqualTo(Map.of(number(0), 2, number(1), 2, number(2), 1, number(3), 2, number(4), 1));
        assertThat(keys).as("an idempotency key per attempt").hasSize(8);
        assertThat(record.attempts().values()).allSatisfy(attempt -> assertThat(attempt.creations()).isEqualTo(1));
        assertThat(record.mostLive()).as("the cap held for retries too").isBetween(1, CONCURRENCY);

        // the campaign against that record
        assertThat(done.path("status").asText()).isEqualTo("success");
        assertThat(done.path("total_calls").asInt()).as("tasks, not attempts").isEqualTo(5);
        assertThat(done.path("completed_calls").asLong()).isEqualTo(record.connected()).isEqualTo(3);
        assertThat(done.path("failed_calls").asInt()).isEqualTo(2);
        Map<String, JsonNode> tasks = new HashMap<>();
        campaigns.campaignApi().all("/v3/campaigns/" + id + "/tasks").forEach(task ->
                tasks.put(task.path("to_number").asText(), task));
        dials.forEach((number, count) -> assertThat(tasks.get(number).path("attempts").asInt()).as(number)
                .isEqualTo(count));
        assertThat(tasks.get(number(1)).path("status").asText()).isEqualTo("failed");
        assertThat(tasks.get(number(1)).path("exhausted_cause").asText()).isEqualTo("last_attempt");
        assertThat(tasks.get(number(4)).path("exhausted_cause").asText()).isEqualTo("not_retried");
        assertThat(tasks.get(number(3)).path("status").asText()).isEqualTo("completed");
        assertThat(campaigns.reconciliation(id).path("consistent").asBoolean()).isTrue();
    }

    /**
     * Items 3-5 of issue 15 on the stack: recipients appended to a finished campaign (the same append sent twice adds
     * them once), a re-run of the failed task and a callback of a completed one each dial the runtime exactly once
     * more, under a key of its own; the campaign ends success each time with counters equal to the runtime's record.
     */
    @Test
    void appendedRecipientsAReRunAndACallbackDialTheRuntimeExactlyAsAsked() throws InterruptedException {
        Stack stack = SharedStack.get(new Stack.Options(Stack.Placer.VOX, 2));
        Campaigns campaigns = new Campaigns(stack);
        String agent = campaigns.createFlowAgent("e2e requeues");
        Controls runtime = stack.runtime().controls();
        runtime.reset();
        String busyFirst = number(10);
        String calledBack = number(11);
        String appended = number(12);
        runtime.script(busyFirst, Outcome.BUSY, Outcome.USER_HANGUP);
        runtime.script(calledBack, Outcome.USER_HANGUP);
        runtime.script(appended, Outcome.USER_HANGUP);
        VoxClient api = campaigns.campaignApi();
        ObjectNode body = VoxClient.JSON.createObjectNode();
        body.put("name", "e2e requeues").put("from_number", Stack.OUTBOUND_NUMBER).put("concurrency", CONCURRENCY);
        body.putObject("agent").put("agent_id", agent).put("agent_version", "v1");
        body.set("call_time_window", Campaigns.allDay());
        body.putArray("tasks").add(task(busyFirst, "crm-10")).add(task(calledBack, "crm-11"));
        String id = api.post("/v3/campaigns", body, 201).path("id").asText();
        campaigns.await(id, c -> Campaigns.terminal(c) && c.path("failed_calls").asInt() == 1, Duration.ofMinutes(2));

        // appending to the finished campaign, twice (a client's retry): one task added, then skipped
        ObjectNode append = VoxClient.JSON.createObjectNode();
        append.putArray("tasks").add(task(appended, "crm-12")).add(task(busyFirst, "crm-10"));
        JsonNode first = api.post("/v3/campaigns/" + id + "/tasks", append, 200);
        assertThat(first.path("added_count").asInt()).isEqualTo(1);
        assertThat(first.path("campaign").path("status").asText()).isEqualTo("ongoing");
        assertThat(api.post("/v3/campaigns/" + id + "/tasks", append, 200).path("skipped_count").asInt()).isEqualTo(2);
        campaigns.await(id, c -> Campaigns.terminal(c) && c.path("completed_calls").asInt() == 2,
                Duration.ofMinutes(2));

        // the re-run of the failed task, then a callback of a completed one
        assertThat(api.post("/v3/campaigns/" + id + "/retry", VoxClient.JSON.createObjectNode(), 202)
                .path("requeued_count").asInt()).isEqualTo(1);
        awaitTask(api, id, busyFirst, 2);
        String callbackTask = tasksByNumber(api, id).get(calledBack).path("id").asText();
        ObjectNode at = VoxClient.JSON.createObjectNode().put("at", System.currentTimeMillis());
        api.post("/v3/campaigns/" + id + "/tasks/" + callbackTask + "/callback", at, 202);
        awaitTask(api, id, calledBack, 2);
        JsonNode done = campaigns.await(id, c -> Campaigns.terminal(c) && c.path("completed_calls").asInt() == 3,
                Duration.ofMinutes(2));

        CampaignReport record = stack.runtime().record().campaign(id);
        Map<String, Integer> dials = dialsByNumber(record);
        Set<String> keys = keys(record);
        assertThat(dials).isEqualTo(Map.of(busyFirst, 2, calledBack, 2, appended, 1));
        assertThat(keys).as("an idempotency key per attempt").hasSize(5);
        assertThat(record.attempts().values()).allSatisfy(attempt -> assertThat(attempt.creations()).isEqualTo(1));
        assertThat(record.mostLive()).isBetween(1, CONCURRENCY);
        assertThat(done.path("status").asText()).isEqualTo("success");
        assertThat(done.path("total_calls").asInt()).isEqualTo(3);
        assertThat(done.path("completed_calls").asLong()).isEqualTo(3);
        assertThat(done.path("failed_calls").asInt()).isZero();
        Map<String, JsonNode> tasks = tasksByNumber(api, id);
        dials.forEach((number, count) -> assertThat(tasks.get(number).path("attempts").asInt()).as(number)
                .isEqualTo(count));
        assertThat(campaigns.reconciliation(id).path("consistent").asBoolean()).isTrue();
    }

    /** The runtime's record: how many calls it created for each number. */
    private static Map<String, Integer> dialsByNumber(CampaignReport record) {
        Map<String, Integer> dials = new HashMap<>();
        record.tasks().values().forEach(calls -> calls.forEach(call -> dials.merge(call.toNumber(), 1, Integer::sum)));
        return dials;
    }

    /** The runtime's record: every idempotency key it was sent. */
    private static Set<String> keys(CampaignReport record) {
        Set<String> keys = new HashSet<>();
        record.tasks().values().forEach(calls -> calls.forEach(call -> keys.add(call.attemptKey())));
        return keys;
    }

    private static ObjectNode task(String number, String externalId) {
        return VoxClient.JSON.createObjectNode().put("to_number", number).put("external_id", externalId);
    }

    /** Waits until the task of {@code number} has made {@code attempts} calls and ended again. */
    private static void awaitTask(VoxClient api, String campaignId, String number, int attempts)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            JsonNode task = tasksByNumber(api, campaignId).get(number);
            String status = task.path("status").asText();
            if (task.path("attempts").asInt() == attempts && (status.equals("completed") || status.equals("failed"))) {
                return;
            }
            assertThat(System.nanoTime()).as("task " + number + " never made attempt " + attempts + ": " + task)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static Map<String, JsonNode> tasksByNumber(VoxClient api, String campaignId) {
        Map<String, JsonNode> tasks = new HashMap<>();
        api.all("/v3/campaigns/" + campaignId + "/tasks").forEach(task -> tasks.put(task.path("to_number").asText(),
                task));
        return tasks;
    }

    private static String number(int index) {
        return String.format(Locale.ROOT, "%s%04d", PREFIX, index);
    }

    /** Every day, all day; busy and no answer retried once after 60 s (the smallest spacing), voicemail as no answer. */
    private static String create(Campaigns campaigns, String agent, int tasks) {
        ObjectNode body = VoxClient.JSON.createObjectNode();
        body.put("name", "e2e attempt policies").put("from_number", Stack.OUTBOUND_NUMBER).put("concurrency", CONCURRENCY);
        body.putObject("agent").put("agent_id", agent).put("agent_version", "v1");
        body.set("call_time_window", Campaigns.allDay());
        ArrayNode list = body.putArray("tasks");
        for (int i = 0; i < tasks; i++) {
            list.addObject().put("to_number", number(i));
        }
        ObjectNode policy = body.putObject("retry_policy").put("max_attempts", 2);
        policy.putArray("retry_on").add("dial_busy").add("dial_no_answer");
        policy.putObject("spacing").put("type", "fixed").put("initial_seconds", 60);
        body.putObject("voicemail_action").put("type", "retry");
        return campaigns.campaignApi().post("/v3/campaigns", body, 201).path("id").asText();
    }
}
