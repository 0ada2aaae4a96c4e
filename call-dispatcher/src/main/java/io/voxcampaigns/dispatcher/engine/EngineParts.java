package io.voxcampaigns.dispatcher.engine;

import java.time.Clock;

import io.vertx.mutiny.core.Vertx;
import io.voxcampaigns.dispatcher.config.DispatcherConfig;
import io.voxcampaigns.dispatcher.persistence.CallLookups;
import io.voxcampaigns.dispatcher.persistence.CampaignIds;
import io.voxcampaigns.dispatcher.persistence.DispatcherInstances;
import io.voxcampaigns.dispatcher.placement.CallPlacer;

/** The stateless collaborators an engine works with; every engine of a JVM shares them but the placer. */
record EngineParts(Vertx vertx, Clock clock, DispatchRound round, CallPlacer placer, CallLookups calls,
                   CampaignIds campaigns, DispatcherInstances instances, DispatcherConfig config,
                   EngineMetrics metrics) {

    EngineParts with(CallPlacer other) {
        return new EngineParts(vertx, clock, round, other, calls, campaigns, instances, config, metrics);
    }
}
