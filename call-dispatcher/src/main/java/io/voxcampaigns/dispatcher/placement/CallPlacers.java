package io.voxcampaigns.dispatcher.placement;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.voxcampaigns.dispatcher.config.DispatcherConfig;

/** Chooses the CallPlacer of vox.dispatcher.call-placer. */
public class CallPlacers {

    @Produces
    @Singleton
    CallPlacer placer(DispatcherConfig config, Instance<SimulatedCallPlacer> simulated, Instance<VoxCallPlacer> vox) {
        if (config.callPlacer() == DispatcherConfig.PlacerKind.VOX) {
            VoxCallPlacer placer = vox.get();
            placer.requireConfiguration();
            return placer;
        }
        return simulated.get();
    }
}
