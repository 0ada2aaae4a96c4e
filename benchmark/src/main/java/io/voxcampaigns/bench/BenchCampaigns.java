package io.voxcampaigns.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bench's campaigns, all of the one agent it created in the demo organisation: each created one is remembered,
 * so that the run cancels them all at the end.
 */
final class BenchCampaigns {

    private final StackApi api;
    private final String agentId;
    private final List<String> created = new ArrayList<>();

    BenchCampaigns(StackApi api, String agentId) {
        this.api = api;
        this.agentId = agentId;
    }

    StackApi api() {
        return api;
    }

    /** A campaign body of {@code tasks} recipients; {@code window} null means open all day, every day. */
    byte[] body(int tasks, int concurrency, Map<String, Object> window) throws IOException {
        return api.campaignBody(agentId, tasks, concurrency, window);
    }

    /** An always-open campaign body that dials from {@code scheduledAtMillis} on, with a {@code retry_policy}. */
    byte[] scheduledBody(int tasks, int concurrency, long scheduledAtMillis, Map<String, Object> retryPolicy)
            throws IOException {
        return api.campaignBody(agentId, tasks, concurrency, null, scheduledAtMillis, retryPolicy);
    }

    /** An always-open campaign body that dials from {@code scheduledAtMillis} on. */
    byte[] scheduledBody(int tasks, int concurrency, long scheduledAtMillis) throws IOException {
        return api.campaignBody(agentId, tasks, concurrency, null, scheduledAtMillis);
    }

    /** Creates a campaign (request -> 201); returns its id. */
    String create(byte[] body) throws IOException, InterruptedException {
        String id = api.createCampaign(body);
        created.add(id);
        return id;
    }

    /** Cancels every campaign created; a failure is a line on the console, not the end of the run. */
    void cancelAll() {
        for (String id : created) {
            try {
                api.cancel(id);
            } catch (Exception e) {
                System.out.println("  (cancel " + id + " failed: " + e.getMessage() + ")");
            }
        }
    }
}
