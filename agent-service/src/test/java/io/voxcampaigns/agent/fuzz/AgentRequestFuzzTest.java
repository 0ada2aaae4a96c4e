package io.voxcampaigns.agent.fuzz;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import io.voxcampaigns.fuzz.OpenApiDocument;
import io.voxcampaigns.fuzz.RequestFuzzer;
import io.voxcampaigns.fuzz.ResponseRules;
import io.voxcampaigns.platform.error.ErrorCode;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.StoredFingerprint;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * Issue #6: requests generated from agent-service's own OpenAPI document (invalid ids, bad query parameters,
 * broken credentials, undeclared methods, malformed bodies, one-field mutations of valid examples): never a 5xx,
 * every 4xx in the error envelope, and the certainly invalid ones store nothing and publish nothing.
 */
@QuarkusTest
@RealInfra(database = "agents")
class AgentRequestFuzzTest {

    private static final String ORG = UUID.randomUUID().toString();
    private static final Set<String> LISTS = Set.of("GET /v3/agents", "GET /v3/agents/{agent_id}/versions");
    /** An organisation's agent versions, for {@link StoredFingerprint#rows}. */
    static final String AGENT_VERSIONS = "agent_version t join agent a on a.id = t.agent_id where a.organization_id = $1";

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URI base;

    @Test
    void malformedAndBoundaryRequestsNeverFailTheServiceNorStoreAnything() {
        String example = AgentApi.resource("examples/single-prompt-agent.json");
        String agentId = AgentApi.create(ORG, example);
        AgentApi.snapshot(ORG, agentId);
        String patch = "{\"name\": \"Renamed\", \"data\": {\"callSettings\": {\"callTimeoutInSeconds\": 600}}}";
        String flow = "{\"flow\": " + AgentApi.exampleFlow() + "}";
        String key = TestApiKeys.issue(ORG, "agents");
        long seed = FuzzRun.seed();

        List<FuzzRequest> requests = RequestFuzzer.of(OpenApiDocument.parse(openApi()), seed)
                .example("POST /v3/agents", example)
                .example("PATCH /v3/agents/{agent_id}", patch)
                .example("POST /v3/agents/{agent_id}/versions", "{\"description\": \"fuzzed\"}")
                .example("POST /v3/agents/validate-flow", flow)
                .pathValue("agent_id", agentId)
                .pathValue("version", "v1")
                .invalidPath("version", "v0", "v-1", "v99999999999", "1", "vx", "production%2Fv1")
                .badCredential("Bearer " + TestApiKeys.expired(ORG))
                .badCredential("Bearer " + TestApiKeys.signedByUnknownKey(ORG))
                .lists(operation -> LISTS.contains(operation.key()))
                .generate();

        FuzzRun run = new FuzzRun("agent-service", seed, base, request -> Map.of("Authorization", "Bearer " + key),
                new ResponseRules(status -> ErrorCode.forStatus(status).name()));
        Map<String, String> before = stored();
        run.send(requests.stream().filter(r -> r.expectation() == Expectation.REJECTED).toList());
        Map<String, String> afterInvalid = stored();
        run.send(requests.stream().filter(r -> r.expectation() == Expectation.HANDLED).toList());
        System.out.println(run.summary());

        assertThat(run.failures()).as(run.report()).isEmpty();
        assertThat(afterInvalid).as("agents, versions and outbox events of the organisation after the invalid requests")
                .isEqualTo(before);
        assertThat(run.sent()).isGreaterThanOrEqualTo(500);
    }

    private String openApi() {
        return given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    }

    /** A fingerprint of everything the organisation has stored: its agents, their versions, its outbox events. */
    private Map<String, String> stored() {
        return StoredFingerprint.of(pool, ORG).table("agent").rows("agent_version", AGENT_VERSIONS).outboxEvents()
                .read();
    }
}
