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
 * the stub voice runtime, which answers each recipient in a scripted order. Judged by the runtime's record (dials
 * per number, one idempotency key per attempt, the cap), and the campaign's counters and tasks against it.
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
        Map<String, Integer> dials = new HashMap<>();
        Set<String> keys = new HashSet<>();
        record.tasks().values().forEach(calls -> calls.forEach(call -> {
            dials.merge(call.toNumber(), 1, Integer::sum);
            keys.add(call.attemptKey());
        }));
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
