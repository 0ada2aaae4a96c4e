package io.voxcampaigns.dispatcher.engine;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.voxcampaigns.dispatcher.config.DispatcherConfig;
import io.voxcampaigns.dispatcher.persistence.CallLookups;
import io.voxcampaigns.dispatcher.persistence.CampaignIds;
import io.voxcampaigns.dispatcher.placement.CallPlacer;

/** Owns this application's dispatch engine, started with the application; can build further, independent ones. */
@ApplicationScoped
public class Engines {

    @Inject
    Vertx vertx;

    @Inject
    Clock clock;

    @Inject
    DispatchRound round;

    @Inject
    CallPlacer placer;

    @Inject
    CallLookups calls;

    @Inject
    CampaignIds campaigns;

    @Inject
    DispatcherConfig config;

    @Inject
    EngineMetrics metrics;

    private DispatchEngine main;

    void start(@Observes StartupEvent event) {
        main().start();
    }

    void stop(@Observes ShutdownEvent event) {
        main().stop();
    }

    /** The engine that consumers, webhooks and placers of this application report to. */
    public synchronized DispatchEngine main() {
        if (main == null) {
            main = newEngine("main", placer);
        }
        return main;
    }

    /**
     * A further engine with its own in-memory state over the same database, placing through {@code placer}: what
     * another replica runs. Start it to give it its own sweep; stop it when done.
     */
    public DispatchEngine newEngine(String name, CallPlacer placer) {
        return new DispatchEngine(name,
                new EngineParts(vertx, clock, round, placer, calls, campaigns, config, metrics));
    }
}
