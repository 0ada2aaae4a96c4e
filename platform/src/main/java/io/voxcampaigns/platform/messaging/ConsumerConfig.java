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

    /**
     * Longest delay between retries. A transient failure is retried for as long as it lasts: a valid record is
     * never dead-lettered because the database was away.
     */
    @WithDefault("10s")
    Duration retryMaxBackoff();

    /** How long a consumer may retry one record (or poll) before the service reports itself not ready. */
    @WithDefault("30s")
    Duration unreadyAfter();
}
