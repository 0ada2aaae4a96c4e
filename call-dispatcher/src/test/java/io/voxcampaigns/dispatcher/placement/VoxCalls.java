package io.voxcampaigns.dispatcher.placement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.dispatcher.support.AgentFeed;
import io.voxcampaigns.dispatcher.support.CampaignFeed;

/**
 * What the vox placer tests share: campaigns of an agent ringing 1 s and talking at most 1 s, the runtime's answers
 * (its call id derived from the idempotency key, so a replay answers the same call, as a real runtime does), the
 * requests it received, and signed webhooks.
 */
final class VoxCalls {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String CALLS = "/v3/calls";

    private final Pool pool;
    private final WireMock runtime;

    /** Starts each test with a runtime that has no stubs, no journal and no scenario state. */
    VoxCalls(Pool pool, WireMock runtime) {
        this.pool = pool;
        this.runtime = runtime;
        runtime.resetMappings();
        runtime.resetRequests();
        runtime.resetScenarios();
    }

    /** 201 with a vox CallResponse; fields the dispatcher does not read must not trouble it. */
    static ResponseDefinitionBuilder created() {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"rt-{{request.headers.Idempotency-Key}}\",\"status\":\"queued\","
                        + "\"call_type\":\"outbound\",\"metadata\":{},\"recording_url\":null}");
    }

    /** The runtime's id of the call it created for this attempt (see {@link #created()}). */
    static String runtimeId(UUID attemptId) {
        return "rt-" + attemptId;
    }

    /** A campaign of a fresh agent ringing 1 s and talking at most 1 s, published with its tasks. */
    CampaignFeed campaign(int tasks, int concurrency) {
        return prepare(tasks, concurrency).publish();
    }

    /** Such a campaign, its agent announced, not published yet (its id is known to stub the runtime for it). */
    CampaignFeed prepare(int tasks, int concurrency) {
        AgentFeed agent = new AgentFeed(UUID.randomUUID().toString());
        CampaignFeed.send(agent.created(1, 1));
        await().atMost(WAIT).until(() -> rows("select 1 from agent_call_settings where agent_id = $1",
                Tuple.of(agent.id())).size() == 1);
        return new CampaignFeed(agent.organizationId(), agent.id()).tasks(tasks).concurrency(concurrency);
    }

    /** Matches the create requests of this campaign only (its id is in the metadata we send). */
    static StringValuePattern ofCampaign(UUID campaignId) {
        return containing("\"campaign_id\":\"" + campaignId + "\"");
    }

    /**
     * The runtime answers the campaign's first {@code requests} create requests with {@code answer} (a refusal, or
     * an answer slower than the request timeout), then creates the call at once.
     */
    void answerLate(CampaignFeed campaign, int requests, ResponseDefinitionBuilder answer) {
        String scenario = "late-" + campaign.id();
        String state = Scenario.STARTED;
        for (int i = 1; i <= requests; i++) {
            runtime.register(post(CALLS).withRequestBody(ofCampaign(campaign.id())).inScenario(scenario)
                    .whenScenarioStateIs(state).willReturn(answer).willSetStateTo("answered-" + i));
            state = "answered-" + i;
        }
        runtime.register(post(CALLS).withRequestBody(ofCampaign(campaign.id())).inScenario(scenario)
                .whenScenarioStateIs(state).willReturn(created()));
    }

    /** The campaign's call rows, oldest first. */
    List<Row> calls(UUID campaignId) {
        List<Row> calls = new ArrayList<>();
        rows("select * from call where campaign_id = $1 order by created_at, id", Tuple.of(campaignId))
                .forEach(calls::add);
        return calls;
    }

    /** Waits for a placed call of the campaign (the runtime took it) and answers it. */
    Row awaitPlaced(UUID campaignId) {
        String sql = "select * from call where campaign_id = $1 and phase = 'placed'";
        await().atMost(WAIT).until(() -> rows(sql, Tuple.of(campaignId)).size() >= 1);
        return rows(sql, Tuple.of(campaignId)).iterator().next();
    }

    /**
     * The Idempotency-Key of every create request the runtime received for the campaign, in order (campaigns of
     * other tests of the JVM may still be dialling).
     */
    List<String> keysSent(UUID campaignId) {
        return runtime.find(postRequestedFor(urlEqualTo(CALLS)).withRequestBody(ofCampaign(campaignId))).stream()
                .map(request -> request.getHeader("Idempotency-Key")).toList();
    }

    RowSet<Row> rows(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params).await().atMost(WAIT);
    }

    static String started(String runtimeId, UUID attemptId) {
        return "{\"event\":\"call_started\",\"webhook_version\":\"v2\",\"call\":{\"call_id\":\"" + runtimeId
                + "\",\"start_at\":1772413200000" + metadata(attemptId) + "}}";
    }

    /** A connected call ended after 42 s; {@code attemptId} null: the runtime echoed no metadata. */
    static String ended(String runtimeId, UUID attemptId) {
        return "{\"event\":\"call_ended\",\"webhook_version\":\"v2\",\"call\":{\"call_id\":\"" + runtimeId
                + "\",\"call_status\":\"ended\",\"disconnection_reason\":\"user_hangup\","
                + "\"start_at\":1772413200000,\"end_at\":1772413242000,\"transcript\":[]" + metadata(attemptId) + "}}";
    }

    private static String metadata(UUID attemptId) {
        return attemptId == null ? "" : ",\"metadata\":{\"n\":1,\"vox_campaigns\":{\"attempt_id\":\"" + attemptId
                + "\"}}";
    }

    /** POSTs the body to the dispatcher's webhook, signed with the shared secret. */
    static ValidatableResponse webhook(String body) {
        return webhook(body, WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8),
                VoxRuntimeStub.WEBHOOK_SECRET));
    }

    /** POSTs the body with this signature header; null: without the header. */
    static ValidatableResponse webhook(String body, String signature) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (signature != null) {
            request = request.header(WebhookSignature.HEADER, signature);
        }
        return request.when().post("/webhooks/voice").then();
    }
}
