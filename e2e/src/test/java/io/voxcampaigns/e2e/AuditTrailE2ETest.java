package io.voxcampaigns.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 17 item 4 end to end: every state change of a flow through the three services (an agent and its version, a
 * campaign, the organisation limits, a suppression, an API key) and a refused change appear in GET /v3/audit-events
 * once each, with the key that made them and the service that handled them. The flow runs with a key of its own,
 * issued through the API, so the trail filtered by that key is exactly this flow's. Also item 2's last_used_at.
 */
// starts the whole stack: Kafka, PostgreSQL and the services (out of the fast tier, ./mvnw -B -Pfast verify)
@Tag("real-infra")
@Order(8)
class AuditTrailE2ETest {

    private static final long WAIT_MILLIS = 30_000;

    private int unavailable;

    @Test
    void everyStateChangeOfTheFlowIsInTheTrailOnce() throws InterruptedException {
        Stack stack = SharedStack.get(new Stack.Options(Stack.Placer.VOX, 2));
        JsonNode issued = stack.client(Stack.CAMPAIGNS).post("/v3/api-keys", Map.of("name", "e2e audit",
                "scopes", List.of("agents", "campaigns", "calls", "admin")), 201);
        String keyId = issued.path("id").asText();
        String key = issued.path("key").asText();
        VoxClient agents = new VoxClient(stack.url(Stack.AGENTS), key);
        VoxClient campaigns = new VoxClient(stack.url(Stack.CAMPAIGNS), key);
        VoxClient dispatcher = new VoxClient(stack.url(Stack.DISPATCHER), key);

        ObjectNode agent = Campaigns.flowAgentExample().put("name", "e2e audit");
        String agentId = agents.post("/v3/agents", agent, 201).path("agent_id").asText();
        assertThat(agents.send("PATCH", "/v3/agents/" + agentId, Map.of("name", "e2e audit 2")).status())
                .isEqualTo(200);
        agents.post("/v3/agents/" + agentId + "/versions", Map.of("description", "audited"), 201);
        agents.post("/v3/agents/" + agentId + "/versions/v1/publish", null, 200);

        String campaignId = createCampaign(campaigns, agentId);
        assertThat(campaigns.send("PATCH", "/v3/campaigns/" + campaignId, Map.of("name", "e2e audit renamed"))
                .status()).isEqualTo(200);
        assertThat(campaigns.send("PATCH", "/v3/campaigns/" + campaignId, Map.of("concurrency", 0)).status())
                .isEqualTo(400);
        campaigns.post("/v3/campaigns/" + campaignId + "/cancel", null, 200);

        ObjectNode limits = (ObjectNode) dispatcher.get("/v3/organization-limits");
        limits.remove("updated_at");
        assertThat(dispatcher.send("PUT", "/v3/organization-limits", limits).status()).as("the limits as they were")
                .isEqualTo(200);

        campaigns.post("/v3/suppressions", Map.of("number", "01099887766"), 201);
        assertThat(campaigns.send("DELETE", "/v3/suppressions/01099887766", null).status()).isEqualTo(204);
        String throwaway = campaigns.post("/v3/api-keys", Map.of("name", "e2e audit throwaway",
                "scopes", List.of("calls")), 201).path("id").asText();
        assertThat(campaigns.send("DELETE", "/v3/api-keys/" + throwaway, null).status()).isEqualTo(204);

        List<JsonNode> all = awaitTrail(stack.client(Stack.CAMPAIGNS), keyId, 13 + unavailable);
        List<JsonNode> trail = all.stream().filter(e -> !e.path("outcome").asText().equals("failed")).toList();
        assertThat(all).as("the create attempts refused with a 503").hasSize(trail.size() + unavailable);

        assertThat(trail).extracting(e -> e.path("service").asText(), e -> e.path("resource_type").asText(),
                        e -> e.path("action").asText(), e -> e.path("outcome").asText())
                .containsExactly(
                        tuple(Stack.AGENTS, "agent", "create", "succeeded"),
                        tuple(Stack.AGENTS, "agent", "update", "succeeded"),
                        tuple(Stack.AGENTS, "agent", "create_version", "succeeded"),
                        tuple(Stack.AGENTS, "agent", "publish_version", "succeeded"),
                        tuple(Stack.CAMPAIGNS, "campaign", "create", "succeeded"),
                        tuple(Stack.CAMPAIGNS, "campaign", "update", "succeeded"),
                        tuple(Stack.CAMPAIGNS, "campaign", "patch", "rejected"),
                        tuple(Stack.CAMPAIGNS, "campaign", "cancel", "succeeded"),
                        tuple(Stack.DISPATCHER, "organization_limits", "update", "succeeded"),
                        tuple(Stack.CAMPAIGNS, "suppression", "create", "succeeded"),
                        tuple(Stack.CAMPAIGNS, "suppression", "delete", "succeeded"),
                        tuple(Stack.CAMPAIGNS, "api_key", "create", "succeeded"),
                        tuple(Stack.CAMPAIGNS, "api_key", "revoke", "succeeded"));
        assertThat(trail.subList(0, 4)).allSatisfy(e -> assertThat(e.path("resource_id").asText()).isEqualTo(agentId));
        assertThat(trail.subList(4, 8)).allSatisfy(e -> assertThat(e.path("resource_id").asText())
                .isEqualTo(campaignId));
        assertThat(trail.get(6).path("status").asInt()).isEqualTo(400);
        assertThat(trail.get(11).path("resource_id").asText()).isEqualTo(throwaway);
        assertThat(all.stream().map(e -> e.path("audit_event_id").asText()).distinct()).hasSize(all.size());
    }

    /** Issue 17 item 2's last_used_at: a key used on the dispatcher only shows its use in campaign-service's list. */
    @Test
    void aKeyUsedOnAnotherServiceShowsItsLastUse() throws InterruptedException {
        Stack stack = SharedStack.get(new Stack.Options(Stack.Placer.VOX, 2));
        VoxClient admin = stack.client(Stack.CAMPAIGNS);
        JsonNode issued = admin.post("/v3/api-keys", Map.of("name", "e2e last use", "scopes", List.of("calls")), 201);
        String id = issued.path("id").asText();
        assertThat(admin.get("/v3/api-keys/" + id).path("last_used_at").isNull()).isTrue();

        long before = System.currentTimeMillis();
        new VoxClient(stack.url(Stack.DISPATCHER_2), issued.path("key").asText()).get("/v3/calls?limit=1");
        long after = System.currentTimeMillis();

        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        JsonNode key = admin.get("/v3/api-keys/" + id);
        while (key.path("last_used_at").isNull() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            key = admin.get("/v3/api-keys/" + id);
        }
        assertThat(key.path("last_used_at").asLong()).as("last_used_at of " + key).isBetween(before, after);
    }

    private String createCampaign(VoxClient campaigns, String agentId) throws InterruptedException {
        ObjectNode body = VoxClient.JSON.createObjectNode().put("name", "e2e audit").put("from_number",
                Stack.OUTBOUND_NUMBER).put("scheduled_at", System.currentTimeMillis() + 86_400_000L);
        body.putObject("agent").put("agent_id", agentId).put("agent_version", "v1");
        body.putArray("tasks").addObject().put("to_number", "01012340000");
        VoxClient.Answer answer = campaigns.send("POST", "/v3/campaigns", body);
        // 503 is the documented "retry shortly" (agent-service slow to answer the agent check): a client retries, and
        // each refused attempt is in the trail too (outcome failed), counted here
        for (int retry = 0; retry < 10 && answer.status() == 503; retry++) {
            unavailable++;
            Thread.sleep(1000);
            answer = campaigns.send("POST", "/v3/campaigns", body);
        }
        assertThat(answer.status()).as("POST /v3/campaigns: " + answer.body()).isEqualTo(201);
        return answer.body().path("id").asText();
    }

    /** The key's trail, oldest first, once it holds {@code count} events and a second later holds no more. */
    private static List<JsonNode> awaitTrail(VoxClient admin, String keyId, int count) throws InterruptedException {
        String path = "/v3/audit-events?sort_order=asc&api_key_id=" + keyId;
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        List<JsonNode> trail = new ArrayList<>(admin.all(path));
        while (trail.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            trail = new ArrayList<>(admin.all(path));
        }
        Thread.sleep(1000);
        return admin.all(path);
    }
}
