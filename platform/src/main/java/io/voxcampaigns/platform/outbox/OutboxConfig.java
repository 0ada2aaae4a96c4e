package io.voxcampaigns.platform.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Outbox relay settings (prefix vox.outbox). */
@ConfigMapping(prefix = "vox.outbox")
public interface OutboxConfig {

    /** Whether this instance takes part in relaying (one instance at a time is the active relay). */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows read and published per round (1-4096: rounds in flight share the relay emitter's 8,192 messages). */
    @WithDefault("500")
    @Min(1)
    @Max(4096)
    int batchSize();

    /**
     * Rounds sent and awaiting the broker's acknowledgement while the next one is read and sent (1: one round at a
     * time).
     */
    @WithDefault("4")
    int inFlightRounds();

    /** Payload bytes of the rounds in flight beyond which the relay waits before reading more (16 MiB). */
    @WithDefault("16777216")
    long inFlightBytes();

    /** Fallback poll when no NOTIFY arrives (e.g. a lost listen connection). */
    @WithDefault("2s")
    Duration pollInterval();

    /** How often a standby instance tries to become the active relay. */
    @WithDefault("5s")
    Duration leaderRetryInterval();

    /** Pause after a failed round (broker or database unavailable) before retrying. */
    @WithDefault("1s")
    Duration failureBackoff();

    /** How long sent rows are kept for inspection before they are purged. */
    @WithDefault("1h")
    Duration sentRetention();
}
