package io.voxcampaigns.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Agents and campaigns through the public API, the way the scenarios need them. */
public final class Campaigns {

    public static final Set<String> TERMINAL = Set.of("success", "fail", "canceled");
    public static final List<String> TASK_STATUSES = List.of("queued", "in_progress", "completed", "failed", "canceled");

    private final VoxClient agents;
    private final VoxClient campaigns;
    private final VoxClient calls;

    public Campaigns(Stack stack) {
        this.agents = stack.client(Stack.AGENTS);
        this.campaigns = stack.client(Stack.CAMPAIGNS);
        this.calls = stack.client(Stack.DISPATCHER);
    }

    public VoxClient campaignApi() {
        return campaigns;
    }

    public VoxClient callApi() {
        return calls;
    }

    public VoxClient agentApi() {
        return agents;
    }

    /**
     * The spec's flow agent with the shortest call settings (ring 5 s, timeout 10 s: a call whose dispatcher died
     * is closed after 15 s + the margin), version v1 published; returns the agent id.
     */
    public String createFlowAgent(String name) {
        ObjectNode body = flowAgentExample();
        body.put("name", name);
        ((ObjectNode) body.path("data").path("callSettings")).put("ringDurationInSeconds", 5).put("callTimeoutInSeconds", 10);
        String agentId = agents.post("/v3/agents", body, 201).path("agent_id").asText();
        agents.post("/v3/agents/" + agentId + "/versions", Map.of("description", "e2e"), 201);
        agents.post("/v3/agents/" + agentId + "/versions/v1/publish", null, 200);
        return agentId;
    }

    /** The create body of a valid flow agent ({@code flow-agent.json}), a fresh copy. */
    public static ObjectNode flowAgentExample() {
        try (InputStream in = Campaigns.class.getResourceAsStream("/flow-agent.json")) {
            return (ObjectNode) VoxClient.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What to create: tasks, concurrency and optionally a schedule and a window (default: all day, every day). */
    public record Spec(String name, String agentId, int tasks, int concurrency, Long scheduledAt, JsonNode window,
                       JsonNode retryPolicy) {

        public static Spec of(String name, String agentId, int tasks, int concurrency) {
            return new Spec(name, agentId, tasks, concurrency, null, allDay(), null);
        }

        public Spec scheduledAt(long unixMillis) {
            return new Spec(name, agentId, tasks, concurrency, unixMillis, window, retryPolicy);
        }

        public Spec window(JsonNode callTimeWindow) {
            return new Spec(name, agentId, tasks, concurrency, scheduledAt, callTimeWindow, retryPolicy);
        }

        /** Up to {@code maxAttempts} attempts per task, the default reasons retried after the smallest spacing. */
        public Spec retries(int maxAttempts) {
            ObjectNode policy = VoxClient.JSON.createObjectNode().put("max_attempts", maxAttempts);
            policy.putObject("spacing").put("type", "fixed").put("initial_seconds", SMALLEST_SPACING_SECONDS);
            return new Spec(name, agentId, tasks, concurrency, scheduledAt, window, policy);
        }
    }

    /** The smallest wait between two attempts a retry policy may ask. */
    public static final int SMALLEST_SPACING_SECONDS = 60;
    /** The reasons a retry policy retries by default (docs/api.md, "Attempt policies"). */
    public static final Set<String> DEFAULT_RETRY_ON = Set.of("dial_no_answer", "dial_failed", "dial_busy",
            "voicemail_reached");

    /** Creates the campaign; every task gets its own recipient number (the task index in it). */
    public JsonNode create(Spec spec) {
        ObjectNode body = VoxClient.JSON.createObjectNode();
        body.put("name", spec.name()).put("from_number", Stack.OUTBOUND_NUMBER).put("concurrency", spec.concurrency());
        body.putObject("agent").put("agent_id", spec.agentId()).put("agent_version", "v1");
        if (spec.scheduledAt() != null) {
            body.put("scheduled_at", spec.scheduledAt());
        }
        body.set("call_time_window", spec.window());
        if (spec.retryPolicy() != null) {
            body.set("retry_policy", spec.retryPolicy());
        }
        ArrayNode tasks = body.putArray("tasks");
        for (int i = 0; i < spec.tasks(); i++) {
            ObjectNode task = tasks.addObject().put("to_number", String.format(Locale.ROOT, "010%08d", i));
            task.putObject("dynamic_variables").put("index", Integer.toString(i));
        }
        // 503 is the documented "retry shortly" (e.g. agent-service slow to answer the agent check): a client retries
        VoxClient.Answer answer = campaigns.send("POST", "/v3/campaigns", body);
        for (int retry = 0; retry < 10 && answer.status() == 503; retry++) {
            sleep(Duration.ofSeconds(1));
            answer = campaigns.send("POST", "/v3/campaigns", body);
        }
        if (answer.status() != 201) {
            throw new IllegalStateException("POST /v3/campaigns answered " + answer.status() + ": " + answer.body());
        }
        return answer.body();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public JsonNode get(String campaignId) {
        return campaigns.get("/v3/campaigns/" + campaignId);
    }

    public JsonNode reconciliation(String campaignId) {
        return campaigns.get("/v3/campaigns/" + campaignId + "/reconciliation");
    }

    /** Polls the campaign (every 200 ms) until the condition holds; every polled state goes to the observer. */
    public JsonNode await(String campaignId, Predicate<JsonNode> condition, Duration timeout,
            java.util.function.Consumer<JsonNode> observer) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode campaign = null;
        while (System.nanoTime() < deadline) {
            try {
                campaign = get(campaignId);
            } catch (RuntimeException e) {
                // a service being restarted: keep polling until the deadline
                Thread.sleep(500);
                continue;
            }
            observer.accept(campaign);
            if (condition.test(campaign)) {
                return campaign;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("campaign " + campaignId + " did not reach the expected state within "
                + timeout.toSeconds() + " s; last seen: " + campaign);
    }

    public JsonNode await(String campaignId, Predicate<JsonNode> condition, Duration timeout) throws InterruptedException {
        return await(campaignId, condition, timeout, campaign -> {
        });
    }

    public static boolean terminal(JsonNode campaign) {
        return TERMINAL.contains(campaign.path("status").asText());
    }

    public static int finishedCalls(JsonNode campaign) {
        return campaign.path("completed_calls").asInt() + campaign.path("failed_calls").asInt();
    }

    /** Every day, all day, in Seoul time. */
    public static JsonNode allDay() {
        return window(0, 1440, "Asia/Seoul");
    }

    /** One window [startMin, endMin) every day in the zone. */
    public static JsonNode window(int startMin, int endMin, String zone) {
        ObjectNode window = VoxClient.JSON.createObjectNode();
        ArrayNode days = window.putArray("windows").addObject().put("start_min", startMin).put("end_min", endMin)
                .putArray("days");
        List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday").forEach(days::add);
        window.put("timezone", zone).put("auto_resume", true);
        return window;
    }
}
