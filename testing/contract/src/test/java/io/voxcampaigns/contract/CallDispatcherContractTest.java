package io.voxcampaigns.contract;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.voxcampaigns.e2e.Campaigns;
import io.voxcampaigns.e2e.Stack;

/**
 * Specmatic's contract and resiliency tests against the running call-dispatcher's calls and organisation limits API. Generated call ids name
 * a call the dispatcher placed (simulated placer) for a one-task campaign. The voice runtime's webhook is left out
 * (pom.xml, filterNot): it is signed with an HMAC of the body, which an OpenAPI document cannot describe.
 */
@Tag("real-infra")
class CallDispatcherContractTest {

    @BeforeAll
    static void prepare() throws InterruptedException {
        Stack stack = ContractStack.get();
        Campaigns campaigns = new Campaigns(stack);
        String agent = campaigns.createFlowAgent("contract calls");
        String campaign = campaigns.create(Campaigns.Spec.of("contract calls", agent, 1, 1)).path("id").asText();
        String call = awaitCall(campaigns, campaign);
        ServiceContract.prepare(stack, Stack.DISPATCHER,
                Map.of("PATH-PARAMS.id", call),
                // every filter with a value that finds the call: Specmatic 2.0.49 would otherwise try every subset of
                // the fourteen optional parameters with every enumerated value (far beyond a minute)
                List.of(new ServiceContract.Example("filters", "GET", "/v3/calls?agent_id=" + agent + "&campaign_id="
                        + campaign + "&call_type=outbound&limit=10&sort_order=asc&start_at_after=1000000000", null, 200)),
                CallDispatcherContractTest::withoutFieldRules);
    }

    /**
     * The organisation limits Specmatic sends (the copy it reads) without {@code inbound_reserve}, which must stay below
     * the pool (a rule between fields no schema states: a generated pair would often be a 400 where Specmatic expects
     * 200; absent, it is 0, valid with any pool), nor the two rates: 2.0.49 mutates one "above the maximum" to exactly
     * 100.0, which is valid. Those are the service's own tests' (OrganizationLimitsRefusalsTest).
     */
    private static void withoutFieldRules(ObjectNode document) {
        ObjectNode properties = (ObjectNode) document.path("components").path("schemas").path("OrganizationLimitsBody")
                .path("properties");
        properties.remove(List.of("inbound_reserve", "max_calls_per_second", "max_calls_per_second_per_number"));
    }

    @TestFactory
    Stream<DynamicTest> everyGeneratedRequestGetsItsDeclaredAnswer() {
        return SpecmaticRun.tests();
    }

    private static String awaitCall(Campaigns campaigns, String campaign) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode calls = campaigns.callApi().get("/v3/calls?campaign_id=" + campaign);
            if (calls.path("items").size() > 0) {
                return calls.path("items").get(0).path("id").asText();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the dispatcher placed no call for campaign " + campaign + " in 60 s");
    }
}
