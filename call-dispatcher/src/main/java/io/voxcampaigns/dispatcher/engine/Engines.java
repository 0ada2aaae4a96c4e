package io.voxcampaigns.dispatcher.engine;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.voxcampaigns.dispatcher.config.DispatcherConfig;
import io.voxcampaigns.dispatcher.persistence.CallLookups;
import io.voxcampaigns.dispatcher.persistence.CampaignIds;
import io.voxcampaigns.dispatcher.persistence.DispatcherInstances;
import io.voxcampaigns.dispatcher.placement.CallPlacer;

/** Owns this application's dispatch engine, started with the application; can build further, independent ones. */
@ApplicationScoped
public class Engines {

    private final EngineParts parts;
    private DispatchEngine main;

    Engines(Vertx vertx, Clock clock, DispatchRound round, CallPlacer placer, CallLookups calls,
            CampaignIds campaigns, DispatcherInstances instances, DispatcherConfig config, EngineMetrics metrics) {
        this.parts = new EngineParts(vertx, clock, round, placer, calls, campaigns, instances, config, metrics);
    }

    void start(@Observes StartupEvent event) {
        main().start();
    }

    void stop(@Observes ShutdownEvent event) {
        main().stop();
    }

    /** The engine that consumers, webhooks and placers of this application report to. */
    public synchronized DispatchEngine main() {
        if (main == null) {
            main = new DispatchEngine("main", parts);
        }
        return main;
    }

    /**
     * A further engine with its own in-memory state and instance id over the same database, placing through
     * {@code placer}: what another replica runs. Start it to give it its own sweep; stop it when done.
     */
    public DispatchEngine newEngine(String name, CallPlacer placer) {
        return new DispatchEngine(name, parts.with(placer));
    }
}
