package io.voxcampaigns.dispatcher.placement;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.CALLS;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.WAIT;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.dispatcher.support.TestClock;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * A placed call whose webhook never came is not closed blindly at its deadline (ring + call timeout + margin): the
 * runtime is asked (GET /v3/calls/{id}); a call it still holds keeps its slot, one it ended ends with the runtime's
 * outcome, one it does not know ends as an error.
 */
@QuarkusTest
@TestProfile(VoxRuntimeStub.class)
@RealInfra(database = "dispatcher")
class VoxDeadlineTest {

    /** Ring 1 s + call timeout 1 s (the agent's) + margin 1 s, and some. */
    private static final Duration PAST_THE_DEADLINE = Duration.ofSeconds(4);

    @Inject
    Pool pool;

    private final WireMock runtime = VoxRuntimeStub.client();
    private VoxCalls calls;
    private DispatchDb db;

    @BeforeEach
    void stubRuntime() {
        calls = new VoxCalls(pool, runtime);
        runtime.register(post(CALLS).willReturn(created()));
        db = new DispatchDb(pool);
    }

    @AfterEach
    void realTime() {
        TestClock.INSTANCE.reset();
    }

    @Test
    void aCallTheRuntimeStillHoldsKeepsItsSlotAndOneItEndedTakesItsOutcome() {
        CampaignFeed campaign = calls.campaign(1, 1);
        String runtimeId = calls.awaitPlaced(campaign.id()).getString("runtime_call_id");
        String path = CALLS + "/" + runtimeId;
        runtime.register(get(urlEqualTo(path)).willReturn(json("{\"id\":\"" + runtimeId + "\",\"status\":\"ongoing\","
                + "\"start_at\":1772413200000}")));

        TestClock.INSTANCE.advance(PAST_THE_DEADLINE);
        await().atMost(WAIT).until(() -> !runtime.find(getRequestedFor(urlEqualTo(path))).isEmpty());
        await().during(Duration.ofMillis(600)).atMost(WAIT).until(() -> "placed".equals(call(campaign).getString(
                "phase")));
        assertThat(db.campaign(campaign.id()).getInteger("in_progress")).isEqualTo(1);

        runtime.register(get(urlEqualTo(path)).willReturn(json("{\"id\":\"" + runtimeId + "\",\"status\":"
                + "\"not_connected\",\"disconnection_reason\":\"dial_no_answer\",\"end_at\":1772413230000}")));
        TestClock.INSTANCE.advance(PAST_THE_DEADLINE);
        await().atMost(WAIT).until(() -> "ended".equals(call(campaign).getString("phase")));
        assertThat(call(campaign).getString("status")).isEqualTo("not_connected");
        assertThat(call(campaign).getString("disconnection_reason")).isEqualTo("dial_no_answer");
        assertThat(db.campaign(campaign.id()).getInteger("in_progress")).isZero();
    }

    @Test
    void aCallTheRuntimeDoesNotKnowEndsAsAnError() {
        CampaignFeed campaign = calls.campaign(1, 1);
        String runtimeId = calls.awaitPlaced(campaign.id()).getString("runtime_call_id");
        runtime.register(get(urlEqualTo(CALLS + "/" + runtimeId)).willReturn(aResponse().withStatus(404)));

        TestClock.INSTANCE.advance(PAST_THE_DEADLINE);
        await().atMost(WAIT).until(() -> "ended".equals(call(campaign).getString("phase")));
        assertThat(call(campaign).getString("status")).isEqualTo("error");
        assertThat(call(campaign).getString("disconnection_reason")).isEqualTo("error_voxai");
    }

    private Row call(CampaignFeed campaign) {
        return calls.calls(campaign.id()).get(0);
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
