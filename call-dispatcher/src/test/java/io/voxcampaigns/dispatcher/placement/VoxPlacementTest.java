package io.voxcampaigns.dispatcher.placement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.CALLS;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.WAIT;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.created;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.ended;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.runtimeId;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.started;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * The vox placer against a stub voice runtime (a real HTTP server): each attempt is created with its attempt id as
 * idempotency key and in the metadata, and its outcome comes from signed webhooks matched by that attempt id (even
 * before the runtime's answer) or by the runtime's call id; a call not known yet is answered 503 so the runtime
 * delivers it again; a rejected number ends the attempt at once.
 */
@QuarkusTest
@TestProfile(VoxRuntimeStub.class)
@RealInfra(database = "dispatcher")
class VoxPlacementTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool pool;

    private final WireMock runtime = VoxRuntimeStub.client();
    private VoxCalls calls;

    @BeforeEach
    void stubRuntime() {
        calls = new VoxCalls(pool, runtime);
        CallEventsLog.start();
    }

    @Test
    void callIsCreatedWithTheAttemptIdAsKeyAndEndedBySignedWebhooksOnce() throws Exception {
        runtime.register(post(CALLS).willReturn(created()));
        CampaignFeed campaign = calls.campaign(2, 1);
        Row call = calls.awaitPlaced(campaign.id());
        UUID attempt = call.getUUID("attempt_id");

        LoggedRequest request = runtime.find(postRequestedFor(urlEqualTo(CALLS))).get(0);
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo(attempt.toString());
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + VoxRuntimeStub.RUNTIME_KEY);
        JsonNode body = JSON.readTree(request.getBodyAsString());
        assertThat(body.path("from_number").asText()).isEqualTo(CampaignFeed.FROM_NUMBER);
        assertThat(body.path("to_number").asText()).isEqualTo(call.getString("to_number"));
        assertThat(body.path("agent").path("agent_id").asText()).isEqualTo(campaign.agentId().toString());
        assertThat(body.path("dynamic_variables").has("n")).isTrue();
        assertThat(body.path("metadata").path("n").isNumber()).as("the task's metadata is sent").isTrue();
        assertThat(body.path("metadata").path("vox_campaigns").path("attempt_id").asText())
                .isEqualTo(attempt.toString());
        assertThat(call.getString("runtime_call_id")).isEqualTo(runtimeId(attempt));

        webhook(started(runtimeId(attempt), attempt)).statusCode(200).body("applied", is(true));
        webhook(started(runtimeId(attempt), attempt)).statusCode(200).body("applied", is(false));
        webhook(ended(runtimeId(attempt), attempt)).statusCode(200)
                .body("call_id", is(call.getUUID("id").toString())).body("applied", is(true));
        webhook(ended(runtimeId(attempt), attempt)).statusCode(200).body("applied", is(false));

        Row refill = await().atMost(WAIT).until(() -> calls.awaitPlaced(campaign.id()),
                next -> !next.getUUID("id").equals(call.getUUID("id")));
        // the runtime echoed no metadata this time: the call is found by the runtime's id
        webhook(ended(refill.getString("runtime_call_id"), null)).statusCode(200).body("applied", is(true));

        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(campaign.id(), CallEnded.class))
                .hasSize(2).allSatisfy(end -> {
                    assertThat(end.getStatus()).isEqualTo(CallStatus.ended);
                    assertThat(end.getDisconnectionReason()).isEqualTo(DisconnectionReason.user_hangup);
                    assertThat(end.getDurationMs()).isEqualTo(42_000);
                }));
        assertThat(CallEventsLog.of(campaign.id(), CallStarted.class)).hasSize(2);
        assertThat(calls.keysSent(campaign.id())).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void callEndedBeforeTheRuntimesAnswerIsAppliedByItsAttemptId() {
        // the runtime takes the call at once, fails it at once and reports that before it answers our requests
        CampaignFeed campaign = calls.prepare(1, 1);
        calls.answerLate(campaign, 3, created().withFixedDelay(3000));
        campaign.publish();
        Row placing = await().atMost(WAIT).until(() -> calls.calls(campaign.id()),
                rows -> rows.size() == 1 && "placing".equals(rows.get(0).getString("phase"))).get(0);
        UUID attempt = placing.getUUID("attempt_id");
        String failedAtOnce = ended(runtimeId(attempt), attempt).replace("\"call_status\":\"ended\"",
                "\"call_status\":\"not_connected\"").replace("user_hangup", "dial_failed");

        webhook(failedAtOnce).statusCode(200).body("applied", is(true));

        await().atMost(WAIT).until(() -> runtimeId(attempt).equals(calls.calls(campaign.id()).get(0)
                .getString("runtime_call_id")));
        Row call = calls.calls(campaign.id()).get(0);
        assertThat(call.getString("phase")).isEqualTo("ended");
        assertThat(call.getString("status")).isEqualTo("not_connected");
        assertThat(call.getString("disconnection_reason")).isEqualTo("dial_failed");
        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(campaign.id()))
                .filteredOn(e -> e instanceof CallStarted || e instanceof CallEnded)
                .extracting(e -> e.getClass().getSimpleName()).containsExactly("CallStarted", "CallEnded"));
        assertThat(calls.keysSent(campaign.id())).containsOnly(attempt.toString());
    }

    @Test
    void webhookForACallNotKnownYetAsksTheRuntimeToDeliverItAgain() {
        // the runtime does not answer the first three requests in time: for seconds no runtime id is known
        CampaignFeed campaign = calls.prepare(1, 1);
        calls.answerLate(campaign, 3, created().withFixedDelay(3000));
        campaign.publish();
        UUID attempt = await().atMost(WAIT).until(() -> calls.calls(campaign.id()), rows -> rows.size() == 1)
                .get(0).getUUID("attempt_id");

        // no metadata echoed, and the runtime's answer (with its id) has not arrived yet
        webhook(ended(runtimeId(attempt), null)).statusCode(503).header("Retry-After", "2")
                .body("error.code", is("SERVICE_UNAVAILABLE"));
        assertThat(calls.calls(campaign.id()).get(0).getString("phase")).isNotEqualTo("ended");

        calls.awaitPlaced(campaign.id());
        webhook(ended(runtimeId(attempt), null)).statusCode(200).body("applied", is(true));
        await().atMost(WAIT).until(() -> "ended".equals(calls.calls(campaign.id()).get(0).getString("status")));
        assertThat(calls.keysSent(campaign.id())).hasSize(4).containsOnly(attempt.toString());
    }

    @Test
    void badOrMissingSignatureIs401AndChangesNothing() {
        runtime.register(post(CALLS).willReturn(created()));
        CampaignFeed campaign = calls.campaign(1, 1);
        Row call = calls.awaitPlaced(campaign.id());
        String body = ended(call.getString("runtime_call_id"), call.getUUID("attempt_id"));

        webhook(body, WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), "not-the-secret"))
                .statusCode(401).body("error.code", is("UNAUTHORIZED"));
        webhook(body, null).statusCode(401).body("error.code", is("UNAUTHORIZED"));
        assertThat(calls.calls(campaign.id()).get(0).getString("phase")).isEqualTo("placed");
        webhook(body).statusCode(200).body("applied", is(true));
    }

    @Test
    void rejectedNumberEndsTheAttemptAsDialFailedAndIsNeverRetried() {
        runtime.register(post(CALLS).willReturn(aResponse().withStatus(400).withHeader("Content-Type",
                "application/json").withBody("{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":\"to_number is "
                + "not a valid number\",\"details\":{}}}")));
        CampaignFeed campaign = calls.campaign(2, 1);

        await().atMost(WAIT).until(() -> calls.calls(campaign.id()).stream()
                .filter(row -> "ended".equals(row.getString("phase"))).count() == 2);
        assertThat(calls.calls(campaign.id())).allSatisfy(row -> {
            assertThat(row.getString("status")).isEqualTo("error");
            assertThat(row.getString("disconnection_reason")).isEqualTo("dial_failed");
            assertThat(row.getString("last_error")).contains("HTTP 400", "not a valid number");
        });
        assertThat(calls.keysSent(campaign.id())).as("one request per attempt").hasSize(2).doesNotHaveDuplicates();
        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(campaign.id(), CallEnded.class))
                .hasSize(2).allSatisfy(end -> assertThat(end.getDisconnectionReason())
                        .isEqualTo(DisconnectionReason.dial_failed)));
    }
}
