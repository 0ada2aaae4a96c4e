package io.voxcampaigns.campaign.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long campaign-service keeps what nothing reads any more (prefix vox.retention). */
@ConfigMapping(prefix = "vox.retention")
public interface RetentionConfig {

    /** How long audit events are kept (GET /v3/audit-events); unset: for ever. */
    Optional<Duration> auditEvents();

    /** How long after its expiry a suppression is deleted; it counts as absent from its expiry on. */
    @WithDefault("720h")
    Duration expiredSuppressions();

    /** How often the purge runs. */
    @WithDefault("1h")
    Duration purgeEvery();

    /** The most rows one purge statement deletes; a purge repeats it until fewer are left. */
    @WithDefault("10000")
    int purgeBatch();
}
