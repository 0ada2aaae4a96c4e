package io.voxcampaigns.dispatcher.bench;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The simulated runtime with zero ring and talk time: every call ends as soon as it is placed. */
public class ZeroDurationProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "vox.dispatcher.simulated.ring-min", "0s",
                "vox.dispatcher.simulated.ring-max", "0s",
                "vox.dispatcher.simulated.talk-min", "0s",
                "vox.dispatcher.simulated.talk-max", "0s",
                "vox.dispatcher.simulated.record-attempts", "false",
                "vox.dispatcher.sweep-interval", "5s",
                "quarkus.log.category.\"io.voxcampaigns\".level", "WARN");
    }
}
