package io.voxcampaigns.platform.messaging;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How consumers retry transient failures (prefix vox.consumer). */
@ConfigMapping(prefix = "vox.consumer")
public interface ConsumerConfig {

    /** First retry delay after a transient failure (database or broker unavailable). */
    @WithDefault("200ms")
    Duration retryInitialBackoff();

    /** Longest delay between retries. */
    @WithDefault("10s")
    Duration retryMaxBackoff();

    /** After this long an event that still fails goes to the dead-letter topic. */
    @WithDefault("10m")
    Duration retryFor();
}
