package io.voxcampaigns.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.voiceruntime.CampaignReport;
import io.voxcampaigns.voiceruntime.Timing;

/**
 * Issue 16 item 6 end to end in vox mode, two dispatcher replicas: three campaigns of one organisation (concurrency 4,
 * 4 and 2, 45 calls) under an organisation pool of 6 with 1 kept for inbound calls. Judged by the voice runtime's
 * record of when it created and ended each call: never more than 5 of the organisation's calls live at once, though
 * the campaigns together could hold 10 and both replicas dial; and the pool is used, not left idle.
 */
// starts the whole stack: Kafka, PostgreSQL and the services (out of the fast tier, ./mvnw -B -Pfast verify)
@Tag("real-infra")
@Order(5)
class OrganizationPoolE2ETest {

    private static final int TASKS = 15;

    @Test
    void theRuntimeNeverHoldsMoreOfTheOrganisationsCallsThanThePool() throws InterruptedException {
        Stack stack = SharedStack.get(new Stack.Options(Stack.Placer.VOX, 2));
        Campaigns campaigns = new Campaigns(stack);
        String agent = campaigns.createFlowAgent("e2e organisation pool");
        stack.runtime().controls().reset();
        stack.runtime().controls().timing(Timing.ofMillis(50, 150, 300, 700));
        limits(campaigns, Map.of("max_concurrent_calls", 6, "inbound_reserve", 1));
        try {
            List<String> ids = new ArrayList<>();
            for (int concurrency : new int[] {4, 4, 2}) {
                ids.add(campaigns.create(Campaigns.Spec.of("e2e pool " + concurrency, agent, TASKS, concurrency))
                        .path("id").asText());
            }
            for (String id : ids) {
                JsonNode done = campaigns.await(id, Campaigns::terminal, Duration.ofMinutes(3));
                assertThat(done.path("status").asText()).isEqualTo("success");
                assertThat(done.path("completed_calls").asLong() + done.path("failed_calls").asLong())
                        .isEqualTo(TASKS);
            }

            List<CampaignReport.Dial> dials = new ArrayList<>();
            ids.forEach(id -> stack.runtime().record().campaign(id).tasks().values().forEach(dials::addAll));
            assertThat(dials).hasSize(3 * TASKS).allSatisfy(dial -> assertThat(dial.endAt()).isNotNull());
            assertThat(mostLive(dials)).as("most of the organisation's calls live at once at the runtime")
                    .isEqualTo(5);
        } finally {
            limits(campaigns, Map.of());
        }
    }

    /** The most calls live at once: from creation until ended, an end before a creation at the same instant. */
    private static int mostLive(List<CampaignReport.Dial> dials) {
        List<long[]> edges = new ArrayList<>();
        dials.forEach(dial -> {
            edges.add(new long[] {dial.createdAt(), 1});
            edges.add(new long[] {dial.endAt(), -1});
        });
        edges.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int live = 0;
        int most = 0;
        for (long[] edge : edges) {
            live += (int) edge[1];
            most = Math.max(most, live);
        }
        return most;
    }

    /** Replaces the organisation's limits (the stack's key has every scope); an empty map removes them all. */
    private static void limits(Campaigns campaigns, Map<String, Object> body) {
        VoxClient.Answer answer = campaigns.callApi().send("PUT", "/v3/organization-limits", body);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    }
}
