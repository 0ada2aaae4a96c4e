package io.voxcampaigns.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
 * Issue 16 item 1 end to end in vox mode, two dispatcher replicas. Two numbers on the organisation's suppression list
 * never reach the voice runtime (its own record of whom it dialled is the oracle): their tasks end canceled,
 * suppressed, counted as failed, and the create answer said so beforehand. A recipient who refuses further calls
 * during a call (the runtime's analysis says opt_out) is suppressed from then on: the organisation's next campaign
 * never dials that number.
 */
// starts the whole stack: Kafka, PostgreSQL and the services (out of the fast tier, ./mvnw -B -Pfast verify)
@Tag("real-infra")
@Order(6)
class SuppressionE2ETest {

    /** Numbers no other test of the module dials. */
    private static final String PREFIX = "0105757";

    @Test
    void suppressedNumbersNeverReachTheRuntimeAndARefusalSuppressesTheNumber() throws InterruptedException {
        Stack stack = SharedStack.get(new Stack.Options(Stack.Placer.VOX, 2));
        Campaigns campaigns = new Campaigns(stack);
        String agent = campaigns.createFlowAgent("e2e suppression");
        Controls runtime = stack.runtime().controls();
        runtime.reset();
        runtime.script(number(2), Outcome.USER_HANGUP);
        runtime.refusingRecipients(number(2));
        try {
            suppress(campaigns, number(0));
            suppress(campaigns, number(1));

            JsonNode created = create(campaigns, agent, 0, 1, 2, 3, 4, 5);
            assertThat(created.path("suppressed_tasks").asInt()).as("known before the launch").isEqualTo(2);
            String first = created.path("id").asText();
            JsonNode done = campaigns.await(first, Campaigns::terminal, Duration.ofMinutes(3));

            assertThat(dialled(stack, first)).as("whom the runtime dialled")
                    .containsExactlyInAnyOrder(number(2), number(3), number(4), number(5));
            assertThat(done.path("status").asText()).isEqualTo("success");
            assertThat(done.path("failed_calls").asInt()).as("the suppressed tasks count as failed")
                    .isGreaterThanOrEqualTo(2);
            Map<String, JsonNode> tasks = tasks(campaigns, first);
            for (String suppressed : List.of(number(0), number(1))) {
                assertThat(tasks.get(suppressed).path("status").asText()).isEqualTo("canceled");
                assertThat(tasks.get(suppressed).path("cancel_reason").asText()).isEqualTo("suppressed");
                assertThat(tasks.get(suppressed).path("attempts").asInt()).isZero();
            }

            awaitSuppressed(campaigns, number(2));
            JsonNode next = create(campaigns, agent, 2, 6);
            assertThat(next.path("suppressed_tasks").asInt()).isEqualTo(1);
            String second = next.path("id").asText();
            campaigns.await(second, Campaigns::terminal, Duration.ofMinutes(3));
            assertThat(dialled(stack, second)).as("the refusing recipient is not called again")
                    .containsExactly(number(6));
        } finally {
            for (int i = 0; i <= 2; i++) {
                campaigns.campaignApi().send("DELETE", "/v3/suppressions/" + number(i), null);
            }
        }
    }

    private static void suppress(Campaigns campaigns, String number) {
        VoxClient.Answer answer = campaigns.campaignApi().send("POST", "/v3/suppressions",
                Map.of("number", number, "reason", "e2e"));
        assertThat(answer.status()).as(String.valueOf(answer.body())).isIn(200, 201);
    }

    /** Waits until the refusal reached campaign-service's list (source opt_out). */
    private static void awaitSuppressed(Campaigns campaigns, String number) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode items = campaigns.campaignApi().get("/v3/suppressions?number=" + number).path("items");
            if (items.size() == 1) {
                assertThat(items.get(0).path("source").asText()).isEqualTo("opt_out");
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(number + " was not suppressed after the recipient refused");
    }

    private static Set<String> dialled(Stack stack, String campaignId) {
        CampaignReport record = stack.runtime().record().campaign(campaignId);
        Set<String> numbers = new TreeSet<>();
        record.tasks().values().forEach(calls -> calls.forEach(call -> numbers.add(call.toNumber())));
        return numbers;
    }

    private static Map<String, JsonNode> tasks(Campaigns campaigns, String campaignId) {
        Map<String, JsonNode> tasks = new HashMap<>();
        campaigns.campaignApi().all("/v3/campaigns/" + campaignId + "/tasks").forEach(task ->
                tasks.put(task.path("to_number").asText(), task));
        return tasks;
    }

    private static JsonNode create(Campaigns campaigns, String agent, int... numbers) {
        ObjectNode body = VoxClient.JSON.createObjectNode();
        body.put("name", "e2e suppression").put("from_number", Stack.OUTBOUND_NUMBER).put("concurrency", 2);
        body.putObject("agent").put("agent_id", agent).put("agent_version", "v1");
        body.set("call_time_window", Campaigns.allDay());
        ArrayNode list = body.putArray("tasks");
        for (int i : numbers) {
            list.addObject().put("to_number", number(i));
        }
        return campaigns.campaignApi().post("/v3/campaigns", body, 201);
    }

    private static String number(int i) {
        return String.format(Locale.ROOT, "%s%04d", PREFIX, i);
    }
}
