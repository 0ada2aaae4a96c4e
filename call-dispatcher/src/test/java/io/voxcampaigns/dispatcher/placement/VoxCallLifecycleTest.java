package io.voxcampaigns.dispatcher.placement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.CALLS;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.WAIT;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.created;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.runtimeId;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.webhook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.NumberOptedOut;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.CancelReason;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * vox's call lifecycle through the runtime's webhooks, as GET /v3/calls shows it: queued while the runtime holds the
 * call and it rings, ongoing from the connection (start_at = connect time), then the outcome with the transcript
 * and recording of call_ended and the analysis and cost of call_analyzed; none of the sensitive data is kept when
 * the runtime says the agent opted out.
 */
@QuarkusTest
@TestProfile(VoxRuntimeStub.class)
@RealInfra(database = "dispatcher")
class VoxCallLifecycleTest {

    private static final long RINGING_AT = 1772413195000L;
    private static final long CONNECTED_AT = 1772413200000L;
    private static final long ENDED_AT = 1772413242000L;
    private static final String TRANSCRIPT = "[{\"role\":\"agent\",\"content\":\"안녕하세요\","
            + "\"start_at\":1772413200500,\"end_at\":1772413202000},{\"role\":\"user\",\"content\":\"네\","
            + "\"start_at\":1772413202500,\"end_at\":1772413203000}]";

    @Inject
    Pool pool;

    private final WireMock runtime = VoxRuntimeStub.client();
    private VoxCalls calls;

    @BeforeEach
    void stubRuntime() {
        calls = new VoxCalls(pool, runtime);
        CallEventsLog.start();
        runtime.register(post(CALLS).willReturn(created()));
        // the deadline sweep finds the call still live however long a test step takes
        runtime.register(get(urlPathMatching(CALLS + "/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"ongoing\"}")));
    }

    /** A campaign's one call, placed: the runtime took it. */
    private record Placed(CampaignFeed campaign, UUID attempt, String id, String key) {
    }

    private Placed placeOneCall() {
        CampaignFeed campaign = calls.campaign(1, 1);
        Row placed = calls.awaitPlaced(campaign.id());
        return new Placed(campaign, placed.getUUID("attempt_id"), placed.getUUID("id").toString(),
                TestApiKeys.issue(campaign.organizationId()));
    }

    @Test
    void queuedWhileRingingOngoingFromTheConnectionThenEndedWithTheRuntimesData() {
        Placed placed = placeOneCall();
        CampaignFeed campaign = placed.campaign();
        UUID attempt = placed.attempt();
        String id = placed.id();
        String key = placed.key();

        call(key, id).body("status", equalTo("queued")).body("start_at", nullValue())
                .body("placement.phase", equalTo("placed")).body("transcript", empty());
        given().auth().oauth2(key).queryParam("status", "queued").when().get("/v3/calls").then().statusCode(200)
                .body("items.id", contains(id));

        webhook(event("call_ringing", attempt, ",\"call_status\":\"ringing\",\"occurred_at\":" + RINGING_AT))
                .statusCode(200).body("applied", is(true));
        call(key, id).body("status", equalTo("queued")).body("placement.ringing_at", equalTo(RINGING_AT));

        webhook(event("call_started", attempt, ",\"call_status\":\"ongoing\",\"start_at\":" + CONNECTED_AT))
                .statusCode(200).body("applied", is(true));
        webhook(event("call_started", attempt, ",\"call_status\":\"ongoing\",\"start_at\":" + CONNECTED_AT))
                .statusCode(200).body("applied", is(false));
        await().atMost(WAIT).untilAsserted(() -> call(key, id).body("status", equalTo("ongoing"))
                .body("start_at", equalTo(CONNECTED_AT)));
        given().auth().oauth2(key).queryParam("status", "ongoing").queryParam("start_at_after", CONNECTED_AT - 1)
                .when().get("/v3/calls").then().statusCode(200).body("items.id", contains(id));

        webhook(event("call_ended", attempt, ",\"call_status\":\"ended\",\"disconnection_reason\":\"user_hangup\","
                + "\"start_at\":" + CONNECTED_AT + ",\"end_at\":" + ENDED_AT + ",\"transcript\":" + TRANSCRIPT
                + ",\"recording_url\":\"https://recordings.example/r.wav\",\"opt_out_sensitive_data_storage\":false"))
                .statusCode(200).body("applied", is(true));
        webhook(event("call_analyzed", attempt, ",\"call_status\":\"ended\",\"call_analysis\":{\"summary\":\"ok\","
                + "\"user_sentiment\":\"positive\",\"custom_analysis_data\":[]},\"call_cost\":{\"total_cost\":"
                + "\"150.00\"}")).statusCode(200).body("applied", is(true));

        await().atMost(WAIT).untilAsserted(() -> call(key, id).body("status", equalTo("ended"))
                .body("start_at", equalTo(CONNECTED_AT)).body("end_at", equalTo(ENDED_AT))
                .body("duration_ms", equalTo(42_000)));
        call(key, id).body("transcript[0].role", equalTo("agent")).body("transcript[1].content", equalTo("네"))
                .body("recording_url", equalTo("https://recordings.example/r.wav"))
                .body("call_analysis.user_sentiment", equalTo("positive"))
                .body("call_cost.total_cost", equalTo("150.00"))
                .body("opt_out_sensitive_data_storage", is(false));
        given().auth().oauth2(key).queryParam("campaign_id", campaign.id().toString()).when().get("/v3/calls")
                .then().statusCode(200).body("items[0]", not(hasKey("transcript")))
                .body("items[0].recording_url", equalTo("https://recordings.example/r.wav"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(campaign.id()))
                .filteredOn(e -> e instanceof CallEnded).singleElement().satisfies(e -> {
                    CallEnded ended = (CallEnded) e;
                    assertThat(ended.getRingingAt()).isEqualTo(Instant.ofEpochMilli(RINGING_AT));
                    assertThat(ended.getConnectedAt()).isEqualTo(Instant.ofEpochMilli(CONNECTED_AT));
                    assertThat(ended.getStartedAt()).as("when the runtime took it").isNotNull()
                            .isNotEqualTo(ended.getConnectedAt());
                }));
        assertThat(CallEventsLog.of(campaign.id())).filteredOn(e -> e instanceof CallStarted).singleElement()
                .satisfies(e -> assertThat(((CallStarted) e).getConnectedAt()).as("published when taken").isNull());
    }

    @Test
    void nothingSensitiveIsKeptWhenTheAgentOptedOut() {
        Placed placed = placeOneCall();

        webhook(event("call_ended", placed.attempt(), ",\"call_status\":\"ended\","
                + "\"disconnection_reason\":\"agent_hangup\",\"start_at\":" + CONNECTED_AT + ",\"end_at\":" + ENDED_AT
                + ",\"transcript\":" + TRANSCRIPT
                + ",\"recording_url\":\"https://recordings.example/r.wav\",\"opt_out_sensitive_data_storage\":true"))
                .statusCode(200).body("applied", is(true));
        // a runtime that sends the analysis anyway, without repeating the flag: still not kept
        webhook(event("call_analyzed", placed.attempt(), ",\"call_status\":\"ended\","
                + "\"call_analysis\":{\"summary\":\"s\"},\"call_cost\":{\"total_cost\":\"90.00\"}")).statusCode(200);

        await().atMost(WAIT).untilAsserted(() -> call(placed.key(), placed.id()).body("status", equalTo("ended"))
                .body("opt_out_sensitive_data_storage", is(true)).body("transcript", nullValue())
                .body("recording_url", nullValue()).body("call_analysis", nullValue())
                .body("call_cost.total_cost", equalTo("90.00")));
        assertThat(calls.calls(placed.campaign().id()).get(0).getString("transcript")).isNull();
    }

    @Test
    void aRecipientWhoRefusedIsSuppressedAtOnceAndAnnouncedOnce() {
        Placed placed = placeOneCall();
        String number = calls.calls(placed.campaign().id()).get(0).getString("to_number");
        webhook(event("call_ended", placed.attempt(), ",\"call_status\":\"ended\","
                + "\"disconnection_reason\":\"user_hangup\",\"start_at\":" + CONNECTED_AT + ",\"end_at\":" + ENDED_AT))
                .statusCode(200);
        String refused = ",\"call_status\":\"ended\",\"call_analysis\":{\"summary\":\"s\",\"custom_analysis_data\":"
                + "[{\"name\":\"reason\",\"value\":\"busy\"},{\"name\":\"opt_out\",\"value\":true}]}";
        webhook(event("call_analyzed", placed.attempt(), refused)).statusCode(200);
        webhook(event("call_analyzed", placed.attempt(), refused)).statusCode(200);

        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(placed.campaign().id(),
                NumberOptedOut.class)).singleElement().satisfies(optedOut -> {
                    assertThat(optedOut.getNumber()).isEqualTo(number);
                    assertThat(optedOut.getCallId()).isEqualTo(placed.id());
                    assertThat(optedOut.getSource()).isEqualTo("call_analysis.opt_out");
                    assertThat(optedOut.getOrganizationId()).isEqualTo(placed.campaign().organizationId());
                }));
        // the organisation's next campaign to that number: canceled before any request, whatever campaign-service knows
        CampaignFeed next = new CampaignFeed(placed.campaign().organizationId(), UUID.randomUUID()).tasks(1)
                .oneNumber(number).publish();
        await().atMost(WAIT).untilAsserted(() -> assertThat(CallEventsLog.of(next.id(), CallEnded.class))
                .singleElement().satisfies(ended -> {
                    assertThat(ended.getCancelReason()).isEqualTo(CancelReason.suppressed);
                    assertThat(ended.getStatus()).isEqualTo(CallStatus.canceled);
                }));
        assertThat(calls.keysSent(next.id())).as("requests the runtime received for it").isEmpty();
    }

    @Test
    void callDataOfTheWrongTypeIsRefusedNamingTheField() {
        Placed placed = placeOneCall();
        UUID attempt = placed.attempt();

        webhook(event("call_ended", attempt, ",\"call_status\":\"ended\",\"transcript\":\"hello\","
                + "\"recording_url\":7,\"opt_out_sensitive_data_storage\":\"yes\",\"call_cost\":[]"))
                .statusCode(400).body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.errors.field", containsInAnyOrder("call.transcript",
                        "call.recording_url", "call.opt_out_sensitive_data_storage", "call.call_cost"));
        assertThat(calls.calls(placed.campaign().id()).get(0).getString("phase")).isEqualTo("placed");
    }

    private static ValidatableResponse call(String key, String id) {
        return given().auth().oauth2(key).when().get("/v3/calls/" + id).then().statusCode(200);
    }

    private static String event(String event, UUID attempt, String fields) {
        return "{\"event\":\"" + event + "\",\"webhook_version\":\"v2\",\"call\":{\"call_id\":\"" + runtimeId(attempt)
                + "\"" + fields + ",\"metadata\":{\"vox_campaigns\":{\"attempt_id\":\"" + attempt + "\"}}}}";
    }
}
