package io.voxcampaigns.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import io.voxcampaigns.contract.ServiceContract.Example;
import io.voxcampaigns.e2e.Campaigns;
import io.voxcampaigns.e2e.Stack;
import io.voxcampaigns.e2e.VoxClient;

/**
 * Specmatic's contract and resiliency tests against the running campaign-service. Generated campaign ids name a
 * campaign scheduled a day ahead (it stays draft); campaigns are created with the stack's outbound number, an
 * approved presentation number and a published agent. The operations that move a campaign (pause, resume, cancel)
 * and the organisation numbers' (their {@code id} is not a campaign's) run on examples, each with a resource of its
 * own in the state the operation takes.
 */
@Tag("real-infra")
class CampaignServiceContractTest {

    private static final String NUMBERS = "/v3/organization-telephone-numbers";
    private static final String PRESENTATION = "0260009001";
    private static final String PENDING_PRESENTATION = "0260009002";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @BeforeAll
    static void prepare() throws InterruptedException {
        Stack stack = ContractStack.get();
        Campaigns campaigns = new Campaigns(stack);
        VoxClient api = campaigns.campaignApi();
        String agent = campaigns.createFlowAgent("contract campaigns");
        String approved = register(api, PRESENTATION);
        api.post(NUMBERS + "/" + approved + "/approve", null, 200);
        String pending = register(api, PENDING_PRESENTATION);
        long tomorrow = Instant.now().plus(Duration.ofDays(1)).toEpochMilli();
        String campaign = campaigns.create(Campaigns.Spec.of("contract", agent, 2, 1).scheduledAt(tomorrow))
                .path("id").asText();
        String paused = waitingCampaign(campaigns, agent, "contract resume");
        api.post("/v3/campaigns/" + paused + "/pause", null, 200);
        ServiceContract.prepare(stack, Stack.CAMPAIGNS,
                Map.of("PATH-PARAMS.id", campaign,
                        "CreateCampaignRequest.from_number", Stack.OUTBOUND_NUMBER,
                        "CreateCampaignRequest.presentation_number", PRESENTATION,
                        "PatchCampaignRequest.presentation_number", PRESENTATION,
                        "TaskBody.presentation_number", PRESENTATION,
                        "AgentBody.agent_id", agent,
                        "AgentBody.agent_version", "v1",
                        "QUERY-PARAMS.agent_id", agent),
                List.of(action("pause", waitingCampaign(campaigns, agent, "contract pause")),
                        action("resume", paused),
                        action("cancel", waitingCampaign(campaigns, agent, "contract cancel")),
                        new Example("number", "GET", NUMBERS + "/" + approved, null, 200),
                        new Example("approve", "POST", NUMBERS + "/" + pending + "/approve", null, 200)));
    }

    @TestFactory
    Stream<DynamicTest> everyGeneratedRequestGetsItsDeclaredAnswer() {
        return SpecmaticRun.tests();
    }

    private static Example action(String action, String campaignId) {
        return new Example(action, "POST", "/v3/campaigns/" + campaignId + "/" + action, null, 200);
    }

    /**
     * A campaign that may start now but whose only window (one minute a day) is twelve hours away: it waits, pending
     * or paused by the system, and places no call; returned once it is so.
     */
    private static String waitingCampaign(Campaigns campaigns, String agent, String name) throws InterruptedException {
        int now = LocalTime.now(SEOUL).toSecondOfDay() / 60;
        int start = (now + 720) % 1439;
        String id = campaigns.create(Campaigns.Spec.of(name, agent, 2, 1)
                .window(Campaigns.window(start, start + 1, SEOUL.getId()))).path("id").asText();
        campaigns.await(id, campaign -> Set.of("pending", "paused").contains(campaign.path("status").asText()),
                Duration.ofSeconds(30));
        return id;
    }

    private static String register(VoxClient api, String number) {
        return api.post(NUMBERS, Map.of("telephone_number", number, "usage", "presentation"), 201).path("id").asText();
    }
}
