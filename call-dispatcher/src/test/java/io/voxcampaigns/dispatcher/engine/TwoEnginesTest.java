package io.voxcampaigns.dispatcher.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.domain.PlacementAnswer;
import io.voxcampaigns.dispatcher.placement.CallOutcome;
import io.voxcampaigns.dispatcher.placement.CallOutcomes;
import io.voxcampaigns.dispatcher.placement.CallPlacer;
import io.voxcampaigns.dispatcher.placement.PlacedCall;
import io.voxcampaigns.dispatcher.placement.PlacementLog;
import io.voxcampaigns.dispatcher.placement.RuntimeCallStatus;
import io.voxcampaigns.dispatcher.placement.SimulatedCallPlacer;
import io.voxcampaigns.dispatcher.support.CampaignFeed;
import io.voxcampaigns.dispatcher.support.DispatchDb;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * Two dispatch engines over one database, as two replicas run them: each has its own wake-ups, timers, outcome
 * batching and sweep, and nothing in memory serialises them (the application's own engine is stopped meanwhile).
 * Like webhooks reaching whichever replica the load balancer picks, each call's outcome goes to one of them at
 * random, or to a third replica that is shutting down: it records the outcome but starts nothing, and the two
 * race for the slot it freed. They share the database (the only place the cap lives), the topics and the simulated
 * runtime, which records the overlap across all of them.
 */
@QuarkusTest
@RealInfra(database = "dispatcher")
class TwoEnginesTest {

    private static final Duration WAIT = Duration.ofMinutes(2);

    @Inject
    Pool pool;

    @Inject
    Engines engines;

    @Inject
    SimulatedCallPlacer runtime;

    @Inject
    PlacementLog placements;

    private final DispatchEngine[] replicas = new DispatchEngine[2];
    private DispatchEngine stopping;

    @Test
    void enginesSharingTheDatabaseNeverExceedTheCap() {
        CallPlacer placer = new CallPlacer() {
            @Override
            public Uni<PlacementAnswer> place(PlacedCall call, CallOutcomes outcomes) {
                return runtime.place(call, TwoEnginesTest.this::route);
            }

            @Override
            public Uni<RuntimeCallStatus> status(String runtimeCallId) {
                return runtime.status(runtimeCallId);
            }

            @Override
            public int maxConcurrentRequests() {
                return runtime.maxConcurrentRequests();
            }
        };
        replicas[0] = engines.newEngine("replica-1", placer);
        replicas[1] = engines.newEngine("replica-2", placer);
        stopping = engines.newEngine("replica-stopping", placer);
        stopping.stop();
        engines.main().stop();
        List.of(replicas).forEach(DispatchEngine::start);
        try {
            CampaignFeed campaign = CampaignFeed.anyCampaign().concurrency(7).tasks(500).publish();
            UUID id = campaign.id();
            DispatchDb db = new DispatchDb(pool);
            await().atMost(WAIT)
                    .until(() -> db.campaign(id) != null && db.campaign(id).getValue("settings_at") != null);
            List.of(replicas).forEach(replica -> replica.wake(id));

            await().atMost(WAIT).until(() -> db.terminalTasks(id) == 500);

            assertThat(placements.maxOverlap(id)).as("most calls in progress at once, all engines").isEqualTo(7);
            assertThat(placements.duplicateAttempts()).isEmpty();
            assertThat(db.placedCalls(id)).isEqualTo(500);
            assertThat(replicas[0].startedCalls()).as("calls replica 1 started").isGreaterThan(50);
            assertThat(replicas[1].startedCalls()).as("calls replica 2 started").isGreaterThan(50);
            assertThat(stopping.startedCalls()).isZero();
        } finally {
            List.of(replicas).forEach(DispatchEngine::stop);
            engines.main().start();
        }
    }

    private void route(CallOutcome outcome) {
        int to = ThreadLocalRandom.current().nextInt(3);
        if (to < 2) {
            replicas[to].ended(outcome);
        } else {
            stopping.end(outcome).subscribe().with(applied -> List.of(replicas)
                    .forEach(replica -> replica.wake(outcome.campaignId())));
        }
    }
}
