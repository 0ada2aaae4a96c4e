package io.voxcampaigns.campaign.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How CampaignCountersChanged is throttled (prefix vox.campaign.counters). */
@ConfigMapping(prefix = "vox.campaign.counters")
public interface CountersConfig {

    /** At most one CampaignCountersChanged per campaign this often (plus the final one when it finishes). */
    @WithDefault("500ms")
    Duration minInterval();

    /** How often the flusher looks for campaigns whose counters changed. */
    @WithDefault("100ms")
    Duration flushEvery();

    /** Campaigns published per flusher round. */
    @WithDefault("200")
    int flushBatch();
}
