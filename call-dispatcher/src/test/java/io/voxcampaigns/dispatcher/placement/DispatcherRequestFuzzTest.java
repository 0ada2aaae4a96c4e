package io.voxcampaigns.dispatcher.placement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
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
 * Issue #6: requests generated from call-dispatcher's own OpenAPI document (the calls API, and the voice webhook
 * with correctly signed mutated bodies): never a 5xx, every 4xx in the error envelope, and the certainly invalid
 * ones change no call and publish nothing. Runs in the {@link VoxRuntimeStub} profile, where webhooks are enabled.
 */
@QuarkusTest
@TestProfile(VoxRuntimeStub.class)
@RealInfra(database = "dispatcher")
class DispatcherRequestFuzzTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String WEBHOOK = "POST /webhooks/voice";
    /**
     * What the dispatcher checks of a v2 call_ended webhook (VoxWebhook); other fields are accepted and ignored.
     * The example ends a call that already ended, which changes nothing (applied false).
     */
    private static final String WEBHOOK_SCHEMA = """
            {"type": "object", "required": ["event", "call"], "additionalProperties": true, "properties": {
              "event": {"type": "string"},
              "call": {"type": "object", "required": ["call_id", "call_status"], "additionalProperties": true,
                "properties": {
                  "call_id": {"type": "string"},
                  "call_status": {"type": "string", "enum": ["ended", "not_connected", "error"]}}}}}
            """;

    @Inject
    Pool pool;

    @TestHTTPResource("/")
    URI base;

    private final String org = UUID.randomUUID().toString();

    @Test
    void malformedAndBoundaryRequestsNeverFailTheServiceNorStoreAnything() {
        String runtimeId = "rt-" + UUID.randomUUID();
        UUID campaign = UUID.randomUUID();
        UUID callId = insertCall(campaign, runtimeId);
        String webhook = "{\"event\": \"call_ended\", \"webhook_version\": \"v2\", \"call\": {\"call_id\": \""
                + runtimeId + "\", \"call_status\": \"ended\", \"disconnection_reason\": \"user_hangup\", "
                + "\"start_at\": 1772413200000, \"end_at\": 1772413230000}}";
        String key = TestApiKeys.issue(org, "calls");
        long seed = FuzzRun.seed();

        List<FuzzRequest> requests = RequestFuzzer.of(OpenApiDocument.parse(openApi()), seed)
                .bodySchema(WEBHOOK, WEBHOOK_SCHEMA)
                .example(WEBHOOK, webhook)
                .pathValue("id", callId.toString())
                .invalid("call_id", "", "   ")
                .invalid("disconnection_reason", "not_a_reason")
                .badCredential("Bearer " + TestApiKeys.expired(org))
                .badCredential("Bearer " + TestApiKeys.signedByUnknownKey(org))
                .lists(operation -> operation.key().equals("GET /v3/calls"))
                .queryPairs(320)
                .generate();

        FuzzRun run = new FuzzRun("call-dispatcher", seed, base, credentials(key),
                new ResponseRules(status -> ErrorCode.forStatus(status).name()).allowRetryLater(WEBHOOK));
        Map<String, String> before = stored();
        run.send(requests.stream().filter(r -> r.expectation() == Expectation.REJECTED).toList());
        Map<String, String> afterInvalid = stored();
        run.send(requests.stream().filter(r -> r.expectation() == Expectation.HANDLED).toList());
        System.out.println(run.summary());

        assertThat(run.failures()).as(run.report()).isEmpty();
        assertThat(afterInvalid).as("calls and outbox events of the organisation after the invalid requests")
                .isEqualTo(before);
        // The calls operations (the organisation limits answer this key, which lacks admin, 403s): single cases give
        // about 210 requests, pairs of query cases the rest.
        assertThat(run.sent()).isGreaterThanOrEqualTo(500);
    }

    /** A bearer key for /v3, and the HMAC signature of the exact body for the webhook. */
    private static Function<FuzzRequest, Map<String, String>> credentials(String key) {
        return request -> Map.of("Authorization", "Bearer " + key, WebhookSignature.HEADER, WebhookSignature.sign(
                request.body() == null ? new byte[0] : request.body().getBytes(StandardCharsets.UTF_8),
                VoxRuntimeStub.WEBHOOK_SECRET));
    }

    private String openApi() {
        return given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    }

    private UUID insertCall(UUID campaign, String runtimeId) {
        UUID id = UUID.randomUUID();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        pool.preparedQuery("""
                insert into call (id, organization_id, campaign_id, task_id, attempt_id, to_number, from_number,
                                  presentation_number, agent_id, agent_version, metadata, dynamic_variables, status,
                                  disconnection_reason, start_at, end_at, duration_ms, created_at, runtime_call_id,
                                  phase)
                values ($1, $2, $3, $4, $5, '01012345678', '0260001000', '0212345678', $6, 'current', '{}', '{}',
                        'ended', 'user_hangup', $7, $7, 25000, $7, $8, 'ended')
                """).execute(Tuple.tuple().addUUID(id).addString(org).addUUID(campaign).addUUID(UUID.randomUUID())
                        .addUUID(UUID.randomUUID()).addUUID(UUID.randomUUID())
                        .addOffsetDateTime(at.atOffset(ZoneOffset.UTC)).addString(runtimeId))
                .await().atMost(WAIT);
        return id;
    }

    /** A fingerprint of the organisation's calls and outbox events. */
    private Map<String, String> stored() {
        return StoredFingerprint.of(pool, org).table("call").outboxEvents().read();
    }
}
