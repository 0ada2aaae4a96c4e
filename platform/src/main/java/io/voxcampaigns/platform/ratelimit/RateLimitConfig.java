package io.voxcampaigns.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-organisation request rate limits of the public API (prefix vox.rate-limit). */
@ConfigMapping(prefix = "vox.rate-limit")
public interface RateLimitConfig {

    /** Whether /v3 requests are limited at all. */
    @WithDefault("true")
    boolean enabled();

    /** Reads (GET, HEAD): each organisation's bucket. */
    Bucket read();

    /** Changes (POST, PUT, PATCH, DELETE): each organisation's bucket. */
    Bucket write();

    /** A token bucket: refilled at {@code perSecond}, holding at most {@code burst} requests. */
    interface Bucket {

        /** Requests per second an organisation may make, on average. */
        double perSecond();

        /** Requests an organisation may make at once after a quiet time. */
        int burst();
    }
}
