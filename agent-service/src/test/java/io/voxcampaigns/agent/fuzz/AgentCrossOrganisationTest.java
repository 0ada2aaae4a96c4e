package io.voxcampaigns.agent.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.agent.support.AgentApi;
import io.voxcampaigns.fuzz.Expectation;
import io.voxcampaigns.fuzz.FuzzRequest;
import io.voxcampaigns.fuzz.FuzzRun;
import io.voxcampaigns.fuzz.ResponseRules;
import io.voxcampaigns.local.InfraTestResource;
import io.voxcampaigns.local.TestApiKeys;
import io.voxcampaigns.platform.error.ErrorCode;

/**
 * Issue #6, agent-service's share (36) of the 100 cross-organisation requests: every endpoint taking an agent id,
 * called with another organisation's key (every scope) on the owner's agents and versions, answers 404 in the
 * envelope, and the owner's agents, versions and events stay as they were.
 */
@QuarkusTest
@WithTestResource(value = InfraTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = InfraTestResource.DATABASE_ARG, value = "agents"))
class AgentCrossOrganisationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
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

        String before = stored();
        run.send(requests);

        assertThat(run.failures()).as(run.report()).isEmpty();
        assertThat(run.sent()).isEqualTo(36);
        assertThat(stored()).as("the owner's agents, versions and events").isEqualTo(before);
    }

    private static FuzzRequest request(String method, String target, String body) {
        return FuzzRequest.of(method + " " + target, method, target, body == null ? null : JSON, body,
                Expectation.REJECTED);
    }

    private String stored() {
        return one("select count(*) || ':' || coalesce(md5(string_agg(a::text, '|' order by a.id)), '') "
                + "from agent a where organization_id = $1") + " / "
                + one("select count(*) || '' from agent_version v join agent a on a.id = v.agent_id "
                + "where a.organization_id = $1") + " / "
                + one("select count(*) || '' from outbox_event where position(convert_to($1, 'UTF8') in payload) > 0");
    }

    private String one(String sql) {
        return pool.preparedQuery(sql).execute(Tuple.of(owner)).await().atMost(WAIT).iterator().next().getString(0);
    }
}
