package io.voxcampaigns.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.voxcampaigns.voiceruntime.CampaignReport;

/**
 * Issue 16 item 5 end to end in vox mode, two dispatcher replicas: a campaign of 31 recipients with room for 30
 * calls at once but max_calls_per_second 2. Judged by the voice runtime's record, when it created each call: the
 * measured start rate is within 10% of 2 per second and no two calls start together, although both replicas dial.
 */
// starts the whole stack: Kafka, PostgreSQL and the services (out of the fast tier, ./mvnw -B -Pfast verify)
@Tag("real-infra")
@Order(4)
class PacingE2ETest {

    /** Numbers no other test of the module dials. */
    private static final String PREFIX = "0105858";
    private static final int TASKS = 31;
    private static final double RATE = 2.0;

    @Test
    void theRuntimeSeesCallsStartAtTheCampaignsRate() throws InterruptedException {
        Stack stack = SharedStack.get(new Stack.Options(Stack.Placer.VOX, 2));
        Campaigns campaigns = new Campaigns(stack);
        String agent = campaigns.createFlowAgent("e2e pacing");
        stack.runtime().controls().reset();

        String id = create(campaigns, agent);
        JsonNode done = campaigns.await(id, Campaigns::terminal, Duration.ofMinutes(3));
        assertThat(done.path("status").asText()).isEqualTo("success");

        CampaignReport record = stack.runtime().record().campaign(id);
        List<Long> created = new ArrayList<>();
        record.tasks().values().forEach(calls -> calls.forEach(call -> created.add(call.createdAt())));
        created.sort(Long::compare);
        assertThat(created).hasSize(TASKS);
        double seconds = (created.get(TASKS - 1) - created.get(0)) / 1000.0;
        double measured = (TASKS - 1) / seconds;
        assertThat(measured).as("calls per second at the runtime over %.1f s", seconds)
                .isBetween(RATE * 0.9, RATE * 1.1);
        for (int i = 1; i < TASKS; i++) {
            // one interval is 500 ms; the schedule never lets two closer than half of it, network jitter aside
            assertThat(created.get(i) - created.get(i - 1)).as("gap before call %d", i).isGreaterThan(150);
        }
        assertThat(record.mostLive()).as("the rate, not the concurrency, held the campaign back").isLessThan(30);
        assertThat(done.path("completed_calls").asLong() + done.path("failed_calls").asLong()).isEqualTo(TASKS);
    }

    private static String create(Campaigns campaigns, String agent) {
        ObjectNode body = VoxClient.JSON.createObjectNode();
        body.put("name", "e2e pacing").put("from_number", Stack.OUTBOUND_NUMBER).put("concurrency", 30)
                .put("max_calls_per_second", RATE);
        body.putObject("agent").put("agent_id", agent).put("agent_version", "v1");
        body.set("call_time_window", Campaigns.allDay());
        ArrayNode list = body.putArray("tasks");
        for (int i = 0; i < TASKS; i++) {
            list.addObject().put("to_number", String.format(Locale.ROOT, "%s%04d", PREFIX, i));
        }
        return campaigns.campaignApi().post("/v3/campaigns", body, 201).path("id").asText();
    }
}
