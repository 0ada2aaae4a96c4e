package io.voxcampaigns.campaign.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The suppression list's CSV import (prefix vox.suppressions). */
@ConfigMapping(prefix = "vox.suppressions")
public interface SuppressionsConfig {

    /**
     * The largest import body in bytes (30 MiB); a larger one is a 413, refused by its Content-Length or as soon as the stream passes
     * it. Keep it below quarkus.http.limits.max-body-size, which Quarkus enforces (without the error envelope) on
     * every streamed body.
     */
    @WithDefault("31457280")
    long importMaxBodyBytes();
}
