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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
    private static final String API_KEYS = "/v3/api-keys";
    /** On the suppression list, for the example of DELETE /v3/suppressions/{number}. */
    private static final String SUPPRESSED = "01099990000";
    private static final String PRESENTATION = "0260009001";
    private static final String PENDING_PRESENTATION = "0260009002";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** The request bodies that carry a campaign's settings. */
    private static final List<String> CAMPAIGN_BODIES = List.of("CreateCampaignRequest", "PatchCampaignRequest");

    @BeforeAll
    static void prepare() throws InterruptedException {
        Stack stack = ContractStack.get();
        Campaigns campaigns = new Campaigns(stack);
        VoxClient api = campaigns.campaignApi();
        String agent = campaigns.createFlowAgent("contract campaigns");
        String approved = register(api, PRESENTATION);
        api.post(NUMBERS + "/" + approved + "/approve", null, 200);
        String pending = register(api, PENDING_PRESENTATION);
        api.post("/v3/suppressions", Map.of("number", SUPPRESSED), 201);
        String readKey = api.post(API_KEYS, Map.of("name", "contract read", "scopes", List.of("campaigns")), 201)
                .path("id").asText();
        String revokedKey = api.post(API_KEYS, Map.of("name", "contract revoke", "scopes", List.of("calls")), 201)
                .path("id").asText();
        long tomorrow = Instant.now().plus(Duration.ofDays(1)).toEpochMilli();
        long nextWeek = Instant.now().plus(Duration.ofDays(7)).toEpochMilli();
        String campaign = campaigns.create(Campaigns.Spec.of("contract", agent, 2, 1).scheduledAt(tomorrow))
                .path("id").asText();
        String task = api.get("/v3/campaigns/" + campaign + "/tasks").path("items").path(0).path("id").asText();
        String paused = waitingCampaign(campaigns, agent, "contract resume");
        api.post("/v3/campaigns/" + paused + "/pause", null, 200);
        ServiceContract.prepare(stack, Stack.CAMPAIGNS,
                Map.ofEntries(
                        Map.entry("PATH-PARAMS.id", campaign),
                        Map.entry("PATH-PARAMS.task_id", task),
                        Map.entry("CreateCampaignRequest.from_number", Stack.OUTBOUND_NUMBER),
                        Map.entry("CreateCampaignRequest.presentation_number", PRESENTATION),
                        Map.entry("PatchCampaignRequest.presentation_number", PRESENTATION),
                        Map.entry("TaskBody.presentation_number", PRESENTATION),
                        Map.entry("AgentBody.agent_id", agent),
                        Map.entry("AgentBody.agent_version", "v1"),
                        Map.entry("QUERY-PARAMS.agent_id", agent),
                        Map.entry("CreateCampaignRequest.scheduled_at", tomorrow),
                        Map.entry("PatchCampaignRequest.scheduled_at", tomorrow),
                        Map.entry("RetryPolicyRequest.retry_on", List.of("dial_no_answer")),
                        Map.entry("RetryPolicyRequest.deadline_at", nextWeek),
                        Map.entry("CallbackRequest.at", tomorrow),
                        Map.entry("CreateApiKeyRequest.scopes", List.of("campaigns"))),
                List.of(action("pause", waitingCampaign(campaigns, agent, "contract pause")),
                        action("resume", paused),
                        action("cancel", waitingCampaign(campaigns, agent, "contract cancel")),
                        new Example("number", "GET", NUMBERS + "/" + approved, null, 200),
                        new Example("approve", "POST", NUMBERS + "/" + pending + "/approve", null, 200),
                        new Example("unsuppress", "DELETE", "/v3/suppressions/" + SUPPRESSED, null, 204),
                        new Example("api-key", "GET", API_KEYS + "/" + readKey, null, 200),
                        new Example("revoke", "DELETE", API_KEYS + "/" + revokedKey, null, 204)),
                CampaignServiceContractTest::narrowed);
    }

    private static void narrowed(ObjectNode document) {
        withoutInt64Bounds(document);
        withoutSuppressionState(document);
        withoutCallRates(document);
        withOneTaskNumberName(document);
        withoutExternalIds(document);
        withoutWindows(document);
        withRetryRulesBetweenFields(document);
        ServiceContract.withoutCursors(document);
    }

    /**
     * A retry policy and a voicemail action as requests give them, in the copy Specmatic reads (responses keep
     * theirs): spacing has no {@code max_seconds} (exponential spacing only, at least {@code initial_seconds}) and
     * a voicemail action no {@code leave_message} with its {@code message} (required there, refused elsewhere):
     * rules between fields that 3.0 and 2.0.49 cannot state. The dictionary gives {@code retry_on} one reason
     * (2.0.49 ignores {@code uniqueItems} and {@code maxItems}) and {@code deadline_at} a time a week ahead. All
     * are the services' own tests' (RetryPolicyValidationTest, VoicemailActionValidationTest,
     * CampaignAttemptPoliciesTest).
     */
    private static void withRetryRulesBetweenFields(ObjectNode document) {
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        ObjectNode spacing = schemas.path("RetrySpacing").deepCopy();
        ((ObjectNode) spacing.path("properties")).remove("max_seconds");
        schemas.set("RetrySpacingRequest", spacing);
        ObjectNode policy = schemas.path("RetryPolicy").deepCopy();
        // the dictionary's retry_on: 2.0.49 matches it against each of its own enumeration variants, so the copy's
        // items are plain strings
        ((ObjectNode) policy.path("properties").path("retry_on")).putObject("items").put("type", "string");
        ServiceContract.replaceReference(policy.path("properties").path("spacing"), "RetrySpacing", "RetrySpacingRequest");
        schemas.set("RetryPolicyRequest", policy);
        ObjectNode voicemail = schemas.path("VoicemailAction").deepCopy();
        ((ObjectNode) voicemail.path("properties")).remove("message");
        ArrayNode types = (ArrayNode) voicemail.path("properties").path("type").path("enum");
        types.removeIf(type -> type.asText().equals("leave_message"));
        schemas.set("VoicemailActionRequest", voicemail);
        // a plain reference to a nullable schema: 2.0.49 looks dictionary values up by the referenced schema's name,
        // which it loses behind the allOf that spells a nullable reference in 3.0
        policy.putArray("type").add("object").add("null");
        voicemail.putArray("type").add("object").add("null");
        for (String request : CAMPAIGN_BODIES) {
            ObjectNode properties = (ObjectNode) schemas.path(request).path("properties");
            properties.putObject("retry_policy").put("$ref", "#/components/schemas/RetryPolicyRequest");
            properties.putObject("voicemail_action").put("$ref", "#/components/schemas/VoicemailActionRequest");
        }
    }

    /**
     * No {@code call_time_window} on create and PATCH in the copy Specmatic reads: a window's rules relate its values
     * (end after start, no day twice, an IANA zone), so generated windows are refused, and 2.0.49 cannot be handed a
     * valid one (it ignores {@code uniqueItems}, matches a dictionary window against its own boundary variants and
     * each item of an enumeration list against the enumeration's first value). Windows are the services' own tests'
     * (CreateCampaignValidationTest, the request fuzzer) and the stack's.
     */
    private static void withoutWindows(ObjectNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        for (String request : CAMPAIGN_BODIES) {
            ((ObjectNode) schemas.path(request).path("properties")).remove("call_time_window");
        }
    }

    /**
     * A task names its recipient as {@code to_number} or as vox v2's alias {@code call_to}, not both: the copy
     * Specmatic reads has {@code to_number} only, required, as 2.0.49 reads no {@code oneOf}. The alias is the
     * services' own tests' (CreateCampaignValidationTest).
     */
    private static void withOneTaskNumberName(ObjectNode document) {
        ObjectNode task = (ObjectNode) document.path("components").path("schemas").path("TaskBody");
        ((ObjectNode) task.path("properties")).remove("call_to");
        task.putArray("required").add("to_number");
    }

    /**
     * No {@code external_id} on tasks in the copy Specmatic reads: it must differ between the tasks of a request (a
     * rule between items 3.0 cannot state), and 2.0.49 gives every item of a generated list the same value. The rule
     * and the idempotent append it serves are the services' own tests' (CampaignAppendTasksTest, the e2e append).
     */
    private static void withoutExternalIds(ObjectNode document) {
        ObjectNode task = (ObjectNode) document.path("components").path("schemas").path("TaskBody");
        ((ObjectNode) task.path("properties")).remove("external_id");
    }

    /**
     * {@code scheduled_at} and a callback's {@code at} without their bounds (1000000000 to 253402300799999 ms) in the
     * copy Specmatic reads: 2.0.49 overflows generating a value between int64 bounds ("bound must be greater than
     * origin") and stops before any test; the dictionary gives them a time a day ahead instead. The bounds are the
     * services' own tests' (CreateCampaignValidationTest, CampaignRequeueTest). The audit trail's time filters go
     * altogether: query parameters get no dictionary value (AuditTrailTest checks them).
     */
    private static void withoutInt64Bounds(ObjectNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        for (String request : CAMPAIGN_BODIES) {
            ObjectNode scheduledAt = (ObjectNode) schemas.path(request).path("properties").path("scheduled_at");
            scheduledAt.remove(List.of("minimum", "maximum"));
        }
        ((ObjectNode) schemas.path("CallbackRequest").path("properties").path("at")).remove(List.of("minimum",
                "maximum"));
        JsonNode parameters = document.path("paths").path("/v3/audit-events").path("get").path("parameters");
        for (int i = parameters.size() - 1; i >= 0; i--) {
            if (parameters.get(i).path("name").asText().startsWith("occurred_at_")) {
                ((ArrayNode) parameters).remove(i);
            }
        }
    }

    /**
     * No {@code max_calls_per_second} on create and PATCH in the copy Specmatic reads: 2.0.49 mutates a double "above
     * the maximum" to exactly 100.0 at times, which is valid (seen on the organisation limits' rates). The bounds are the
     * service's own tests' (CampaignPacingTest).
     */
    private static void withoutCallRates(ObjectNode document) {
        for (String request : CAMPAIGN_BODIES) {
            ((ObjectNode) document.path("components").path("schemas").path(request).path("properties"))
                    .remove("max_calls_per_second");
        }
    }

    /**
     * The suppression list in the copy Specmatic reads, where its answers depend on what is listed: no 200 for
     * {@code POST /v3/suppressions} (an update of a listed number; a generated number is new: 201), no
     * {@code expires_at} (a generated instant is as often past as future), no CSV import (a generated body is no list
     * of numbers). Those are the service's own tests' (SuppressionApiTest, SuppressionImportTest); the example
     * removes a listed number.
     */
    private static void withoutSuppressionState(ObjectNode document) {
        ((ObjectNode) document.path("paths").path("/v3/suppressions").path("post").path("responses")).remove("200");
        ((ObjectNode) document.path("components").path("schemas").path("AddSuppressionRequest").path("properties"))
                .remove("expires_at");
        ((ObjectNode) document.path("paths")).remove("/v3/suppressions/import");
        // an API key's expires_at: 2.0.49 overflows generating between int64 bounds, and a generated instant is as
        // often past as future (ApiKeysValidationTest checks it); its scopes come from the dictionary (no duplicates)
        ((ObjectNode) document.path("components").path("schemas").path("CreateApiKeyRequest").path("properties"))
                .remove("expires_at");
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
