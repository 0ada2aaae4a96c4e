package io.voxcampaigns.agent.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.agent.support.AgentApi;
import io.voxcampaigns.fuzz.Expectation;
import io.voxcampaigns.fuzz.FuzzRequest;
import io.voxcampaigns.fuzz.FuzzRun;
import io.voxcampaigns.fuzz.ResponseRules;
import io.voxcampaigns.platform.error.ErrorCode;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.StoredFingerprint;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * Issue #6, agent-service's share (36) of the 100 cross-organisation requests: every endpoint taking an agent id,
 * called with another organisation's key (every scope) on the owner's agents and versions, answers 404 in the
 * envelope, and the owner's agents, versions and events stay as they were.
 */
@QuarkusTest
@RealInfra(database = "agents")
class AgentCrossOrganisationTest {

    private static final String JSON = "application/json";

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URI base;

    private final String owner = UUID.randomUUID().toString();
    private final String stranger = UUID.randomUUID().toString();

    @Test
    void anotherOrganisationsAgentsAnswer404EverywhereAndStayUntouched() {
        String flow = "{\"flow\": " + AgentApi.exampleFlow() + "}";
        List<FuzzRequest> requests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = AgentApi.create(owner, AgentApi.MINIMAL);
            AgentApi.snapshot(owner, id);
            String agent = "/v3/agents/" + id;
            requests.add(request("GET", agent, null));
            requests.add(request("GET", agent + "?version=current", null));
            requests.add(request("GET", agent + "?version=production", null));
            requests.add(request("GET", agent + "?version=v1", null));
            requests.add(request("PATCH", agent, "{\"name\": \"hijacked\"}"));
            requests.add(request("PATCH", agent, "{\"data\": {\"callSettings\": {\"callTimeoutInSeconds\": 600}}}"));
            requests.add(request("DELETE", agent, null));
            requests.add(request("GET", agent + "/versions", null));
            requests.add(request("POST", agent + "/versions", "{\"description\": \"hijacked\"}"));
            requests.add(request("POST", agent + "/versions", null));
            requests.add(request("POST", agent + "/versions/v1/publish", null));
            requests.add(request("POST", "/v3/agents/validate-flow?agent_id=" + id, flow));
        }
        String key = TestApiKeys.issue(stranger, "agents", "campaigns", "calls", "admin");
        FuzzRun run = new FuzzRun("agent-service cross-organisation", 0, base,
                request -> Map.of("Authorization", "Bearer " + key),
                ResponseRules.notFound(status -> ErrorCode.forStatus(status).name()));

        Map<String, String> before = stored();
        run.send(requests);

        assertThat(run.failures()).as(run.report()).isEmpty();
        assertThat(run.sent()).isEqualTo(36);
        assertThat(stored()).as("the owner's agents, versions and events").isEqualTo(before);
    }

    private static FuzzRequest request(String method, String target, String body) {
        return FuzzRequest.of(method + " " + target, method, target, body == null ? null : JSON, body,
                Expectation.REJECTED);
    }

    private Map<String, String> stored() {
        return StoredFingerprint.of(pool, owner).table("agent").rows("agent_version", AgentRequestFuzzTest.AGENT_VERSIONS)
                .outboxEvents().read();
    }
}
