package io.voxcampaigns.dispatcher.placement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.dispatcher.support.AgentFeed;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.dispatcher.support.TestClock;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.local.InfraTestResource;

/**
 * The vox placer against a stub voice runtime: the call is created with the attempt id as idempotency key, its
 * outcome comes from signed webhooks, and a failing, slow or silent runtime never breaks the slot accounting.
 */
@QuarkusTest
@TestProfile(VoxRuntimeStub.class)
@WithTestResource(value = InfraTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = InfraTestResource.DATABASE_ARG, value = "dispatcher"))
class VoxCallPlacerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CALLS = "/v3/calls";
    /** A vox CallResponse: fields the dispatcher does not read must not trouble it. */
    private static final String CREATED = "{\"id\":\"{{randomValue type='UUID'}}\",\"status\":\"queued\","
            + "\"call_type\":\"outbound\",\"metadata\":{},\"recording_url\":null}";

    @Inject
    Pool pool;

    private final WireMock runtime = VoxRuntimeStub.client();
    private DispatchDb db;

    @BeforeEach
    void stubRuntime() {
        runtime.resetMappings();
        runtime.resetRequests();
        db = new DispatchDb(pool);
        CallEventsLog.start();
    }

    @AfterEach
    void realTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void callIsCreatedWithTheAttemptIdAndEndedBySignedWebhooksOnce() {
        runtime.register(post(CALLS).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CREATED)));
        CampaignFeed campaign = campaign(2, 1);
        Row call = awaitPlacedCall(campaign.id());

        LoggedRequest request = runtime.find(postRequestedFor(urlEqualTo(CALLS))).get(0);
        assertThat(request.getHeader("Idempotency-Key")).isEqualTo(call.getUUID("attempt_id").toString());
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + VoxRuntimeStub.RUNTIME_KEY);
        assertThat(request.getBodyAsString()).contains("\"from_number\":\"" + CampaignFeed.FROM_NUMBER + "\"",
                "\"to_number\":\"" + call.getString("to_number") + "\"",
                "\"agent_id\":\"" + campaign.agentId() + "\"", "\"agent_version\":\"current\"",
                "\"dynamic_variables\":{\"n\":", "\"metadata\":{\"n\":");

        String runtimeId = call.getString("runtime_call_id");
        webhook(signed(started(runtimeId))).statusCode(200)
                .body("applied", is(false));
        webhook(signed(ended(runtimeId))).statusCode(200)
                .body("call_id", is(call.getUUID("id").toString()))
                .body("applied", is(true));
        webhook(signed(ended(runtimeId))).statusCode(200).body("applied", is(false));

        Row refill = awaitPlacedCall(campaign.id());
        assertThat(refill.getUUID("id")).as("the freed slot took the next task").isNotEqualTo(call.getUUID("id"));
        webhook(signed(ended(refill.getString("runtime_call_id")))).statusCode(200);

        await().atMost(WAIT).until(() -> db.terminalTasks(campaign.id()) == 2);
        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(campaign.id(), CallEnded.class))
                .hasSize(2).allSatisfy(ended -> {
                    assertThat(ended.getStatus()).isEqualTo(CallStatus.ended);
                    assertThat(ended.getDisconnectionReason()).isEqualTo(DisconnectionReason.user_hangup);
                    assertThat(ended.getDurationMs()).isEqualTo(42_000);
                }));
        assertThat(runtime.find(postRequestedFor(urlEqualTo(CALLS)))).hasSize(2);
    }

    @Test
    void badOrMissingSignatureIs401AndChangesNothing() {
        runtime.register(post(CALLS).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CREATED)));
        CampaignFeed campaign = campaign(1, 1);
        Row call = awaitPlacedCall(campaign.id());
        String body = ended(call.getString("runtime_call_id"));

        webhook(body, WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), "not-the-secret"))
                .statusCode(401).body("error.code", is("UNAUTHORIZED"));
        given().contentType(ContentType.JSON).body(body).when().post("/webhooks/voice").then().statusCode(401)
                .body("error.code", is("UNAUTHORIZED"));
        assertThat(db.calls(campaign.id(), "ongoing")).isEqualTo(1);

        webhook(signed(ended(call.getString("runtime_call_id")))).statusCode(200);
        webhook(signed(ended("unknown-runtime-id"))).statusCode(404)
                .body("error.code", is("NOT_FOUND"));
    }

    @Test
    void failingRuntimeEndsEachCallAsErrorFreesTheSlotAndNeverRedials() {
        runtime.register(post(CALLS).willReturn(aResponse().withStatus(503)));
        CampaignFeed campaign = campaign(3, 1);

        await().atMost(WAIT).until(() -> db.terminalTasks(campaign.id()) == 3);
        assertThat(db.calls(campaign.id(), "error")).isEqualTo(3);
        assertThat(db.campaign(campaign.id()).getInteger("in_progress")).isZero();
        await().during(Duration.ofMillis(500)).atMost(WAIT)
                .until(() -> runtime.find(postRequestedFor(urlEqualTo(CALLS))).size() == 3);
        assertThat(attemptKeys()).as("one request per attempt").doesNotHaveDuplicates().hasSize(3);
        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(campaign.id(), CallEnded.class))
                .hasSize(3).allSatisfy(ended -> assertThat(ended.getDisconnectionReason())
                        .isEqualTo(DisconnectionReason.error_voxai)));
    }

    @Test
    void slowRuntimeWithinTheTimeoutPlacesTheCall() {
        runtime.register(post(CALLS).willReturn(aResponse().withStatus(201).withFixedDelay(500)
                .withHeader("Content-Type", "application/json").withBody(CREATED)));
        CampaignFeed campaign = campaign(1, 1);

        Row call = awaitPlacedCall(campaign.id());
        assertThat(call.getString("status")).isEqualTo("ongoing");
        webhook(signed(ended(call.getString("runtime_call_id")))).statusCode(200).body("applied", is(true));
        await().atMost(WAIT).until(() -> db.calls(campaign.id(), "ended") == 1);
    }

    @Test
    void runtimeThatNeverAnswersEndsTheCallAsErrorAfterTheRequestTimeout() {
        runtime.register(post(CALLS).willReturn(aResponse().withStatus(201).withFixedDelay(5000)
                .withHeader("Content-Type", "application/json").withBody(CREATED)));
        CampaignFeed campaign = campaign(2, 1);

        await().atMost(WAIT).until(() -> db.terminalTasks(campaign.id()) == 2);
        assertThat(db.calls(campaign.id(), "error")).isEqualTo(2);
        assertThat(db.campaign(campaign.id()).getInteger("in_progress")).isZero();
        assertThat(attemptKeys()).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void callWithoutOutcomeIsClosedAsErrorAtItsDeadline() {
        runtime.register(post(CALLS).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CREATED)));
        CampaignFeed campaign = campaign(1, 1);
        awaitPlacedCall(campaign.id());
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> db.calls(campaign.id(), "ongoing") == 1);

        // Ring 1 s + call timeout 1 s (the agent's) + margin 1 s: past it, the sweep closes the call.
        TestClock.INSTANCE.advance(Duration.ofSeconds(4));
        await().atMost(WAIT).until(() -> db.calls(campaign.id(), "error") == 1);
        assertThat(db.campaign(campaign.id()).getInteger("in_progress")).isZero();
        assertThat(runtime.find(postRequestedFor(urlEqualTo(CALLS)))).hasSize(1);
    }

    /** A campaign of an agent ringing 1 s and talking at most 1 s. */
    private CampaignFeed campaign(int tasks, int concurrency) {
        AgentFeed agent = new AgentFeed(UUID.randomUUID().toString());
        CampaignFeed.send(agent.created(1, 1));
        await().atMost(WAIT).until(() -> pool.preparedQuery("select 1 from agent_call_settings where agent_id = $1")
                .execute(Tuple.of(agent.id())).await().atMost(WAIT).size() == 1);
        return new CampaignFeed(agent.organizationId(), agent.id()).tasks(tasks).concurrency(concurrency).publish();
    }

    /** The campaign's call in progress once the runtime's id for it is stored. */
    private Row awaitPlacedCall(UUID campaignId) {
        String sql = "select * from call where campaign_id = $1 and status = 'ongoing' and runtime_call_id is not null";
        await().atMost(WAIT).until(() -> pool.preparedQuery(sql).execute(Tuple.of(campaignId)).await().atMost(WAIT)
                .size() == 1);
        return pool.preparedQuery(sql).execute(Tuple.of(campaignId)).await().atMost(WAIT).iterator().next();
    }

    private List<String> attemptKeys() {
        return runtime.find(postRequestedFor(urlEqualTo(CALLS))).stream()
                .map(request -> request.getHeader("Idempotency-Key")).toList();
    }

    private static String started(String runtimeId) {
        return "{\"event\":\"call_started\",\"webhook_version\":\"v2\",\"call\":{\"call_id\":\"" + runtimeId
                + "\",\"start_at\":1772413200000}}";
    }

    private static String ended(String runtimeId) {
        return "{\"event\":\"call_ended\",\"webhook_version\":\"v2\",\"call\":{\"call_id\":\"" + runtimeId
                + "\",\"call_status\":\"ended\",\"disconnection_reason\":\"user_hangup\","
                + "\"start_at\":1772413200000,\"end_at\":1772413242000,\"transcript\":[]}}";
    }

    private static String[] signed(String body) {
        return new String[] {body, WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8),
                VoxRuntimeStub.WEBHOOK_SECRET)};
    }

    private static ValidatableResponse webhook(String[] bodyAndSignature) {
        return webhook(bodyAndSignature[0], bodyAndSignature[1]);
    }

    private static ValidatableResponse webhook(String body, String signature) {
        return given().contentType(ContentType.JSON).header(WebhookSignature.HEADER, signature).body(body)
                .when().post("/webhooks/voice").then();
    }
}
