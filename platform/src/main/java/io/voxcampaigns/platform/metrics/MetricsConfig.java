package io.voxcampaigns.platform.metrics;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the domain metrics read from the database (prefix vox.metrics). */
@ConfigMapping(prefix = "vox.metrics")
public interface MetricsConfig {

    /** How often gauges computed by a query (active calls per campaign) are refreshed. */
    @WithDefault("5s")
    Duration refreshInterval();

    /** At most this many campaigns get an active-calls series (the busiest first): bounds the cardinality. */
    @WithDefault("500")
    int maxCampaignSeries();
}
