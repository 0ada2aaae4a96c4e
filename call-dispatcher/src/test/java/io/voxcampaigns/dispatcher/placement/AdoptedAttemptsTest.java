package io.voxcampaigns.dispatcher.placement;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.CALLS;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.WAIT;
import static io.voxcampaigns.dispatcher.placement.VoxCalls.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.dispatcher.domain.PlacementAnswer;
import io.voxcampaigns.dispatcher.engine.DispatchEngine;
import io.voxcampaigns.dispatcher.engine.Engines;
import io.voxcampaigns.dispatcher.support.CallEventsLog;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * A replica that dies between the commit that marked its attempts sent and the requests themselves leaves them
 * unsent: another replica adopts them (the dead one's heartbeat is gone) and sends them with their own idempotency
 * keys. No recipient is failed without a dial, none is dialled under a second key.
 */
@QuarkusTest
@TestProfile(VoxRuntimeStub.class)
@RealInfra(database = "dispatcher")
class AdoptedAttemptsTest {

    @Inject
    Pool pool;

    @Inject
    Engines engines;

    private final WireMock runtime = VoxRuntimeStub.client();

    @Test
    void attemptsADeadReplicaNeverSentAreSentByAnotherWithTheirKeys() {
        VoxCalls calls = new VoxCalls(pool, runtime);
        runtime.register(post(CALLS).willReturn(created()));
        CallEventsLog.start();
        List<PlacedCall> neverSent = new CopyOnWriteArrayList<>();
        DispatchEngine doomed = engines.newEngine("doomed", new CallPlacer() {
            @Override
            public Uni<PlacementAnswer> place(PlacedCall call, CallOutcomes outcomes) {
                neverSent.add(call);
                return Uni.createFrom().nothing();
            }

            @Override
            public Uni<RuntimeCallStatus> status(String runtimeCallId) {
                return Uni.createFrom().item(new RuntimeCallStatus.Unreachable("dead"));
            }

            @Override
            public int maxConcurrentRequests() {
                return 64;
            }
        });
        CampaignFeed campaign;
        engines.main().stop();
        doomed.start();
        try {
            campaign = calls.campaign(3, 3);
            await().atMost(WAIT).until(() -> neverSent.size() == 3);
            assertThat(calls.calls(campaign.id())).allSatisfy(row -> {
                assertThat(row.getString("phase")).isEqualTo("placing");
                assertThat(row.getInteger("requests")).isEqualTo(1);
            });
        } finally {
            doomed.stop();
            engines.main().start();
        }

        await().atMost(WAIT).until(() -> calls.calls(campaign.id()).stream()
                .filter(row -> "placed".equals(row.getString("phase"))).count() == 3);
        // a request that outlives the 1 s request timeout (a loaded machine) is sent again under the same key, which
        // the runtime dedupes: what must hold is that no attempt reached it under any other key
        assertThat(Set.copyOf(calls.keysSent(campaign.id())))
                .as("the keys the runtime received: each attempt of the dead replica's, no other")
                .isEqualTo(neverSent.stream().map(c -> c.attemptId().toString()).collect(Collectors.toSet()));
        assertThat(calls.calls(campaign.id())).allSatisfy(row -> assertThat(row.getBoolean("uncertain"))
                .as("a request of a dead replica may have left").isTrue());
        assertThat(CallEventsLog.of(campaign.id(), CallEnded.class)).isEmpty();
    }
}
