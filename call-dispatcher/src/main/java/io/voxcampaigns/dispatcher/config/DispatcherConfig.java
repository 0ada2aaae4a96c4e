package io.voxcampaigns.dispatcher.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Dispatcher settings (prefix vox.dispatcher). */
@ConfigMapping(prefix = "vox.dispatcher")
public interface DispatcherConfig {

    /** Which CallPlacer places calls. */
    @WithDefault("simulated")
    PlacerKind callPlacer();

    /** Safety net beside the event-driven refill: how often every unfinished campaign and overdue call is checked. */
    @WithDefault("5s")
    Duration sweepInterval();

    /** Most tasks claimed in one start transaction. */
    @WithDefault("100")
    int claimBatchSize();

    /** Most queued tasks turned into canceled outcomes in one transaction. */
    @WithDefault("500")
    int cancelBatchSize();

    /** Added to the agent's ring + call timeout before a call without an outcome is closed as error. */
    @WithDefault("60s")
    Duration callDeadlineMargin();

    /** How long a campaign whose agent is not yet in the read model waits for agent.events before it dials anyway. */
    @WithDefault("30s")
    Duration unknownAgentGrace();

    /**
     * How long a dispatcher instance may go without a heartbeat (one per sweep) before another instance adopts its
     * unsettled attempts and sends them (re-sent with their idempotency key).
     */
    @WithDefault("15s")
    Duration instanceTimeout();

    /**
     * Fields of a call's {@code call_analysis.custom_analysis_data} that, when true, say the recipient refused further
     * calls: the number joins the organisation's suppression list (NumberOptedOut).
     */
    @WithDefault("opt_out")
    List<String> optOutFields();

    /** Call settings used while the campaign's agent (version) is not in the read model. */
    DefaultCallSettings defaultCallSettings();

    /** The simulated voice runtime. */
    Simulated simulated();

    /** The HTTP voice runtime (vox v3 calls API and v2 call webhooks). */
    Vox vox();

    /** Which voice runtime the dispatcher dials through. */
    enum PlacerKind {
        SIMULATED, VOX
    }

    /**
     * Agent call settings assumed when the read model does not know the agent: the largest an agent may have, so a
     * call in progress is never taken for overdue while the agent's real settings are unknown.
     */
    interface DefaultCallSettings {

        @WithDefault("300")
        int ringDurationSeconds();

        @WithDefault("14400")
        int callTimeoutSeconds();
    }

    /** Seeded outcome mix and durations of the simulated runtime; zero durations end every call at once. */
    interface Simulated {

        /** Seed of the outcome of every attempt (mixed with the attempt id, so a replay gives the same outcome). */
        @WithDefault("42")
        long seed();

        /** Relative weight of connected calls (status ended). */
        @WithDefault("70")
        int endedWeight();

        /** Relative weight of calls nobody answered (status not_connected). */
        @WithDefault("25")
        int notConnectedWeight();

        /** Relative weight of failed calls (status error). */
        @WithDefault("5")
        int errorWeight();

        @WithDefault("2s")
        Duration ringMin();

        /** Rings never last longer than the agent's ringDurationInSeconds: then the call is not answered. */
        @WithDefault("15s")
        Duration ringMax();

        @WithDefault("10s")
        Duration talkMin();

        /** Talk never lasts longer than the agent's callTimeoutInSeconds: then it ends with max_duration_reached. */
        @WithDefault("120s")
        Duration talkMax();

        /** Keep every attempt id placed (for tests; grows with every call, so off in production). */
        @WithDefault("false")
        boolean recordAttempts();

        /**
         * A file to append one line per placement and per end to (written through, so it survives kill -9); for
         * end-to-end and fault runs, which read it to find attempts dialled twice and the most calls at once.
         * Absent (the default): no file.
         */
        Optional<Path> attemptLog();
    }

    /** Where and how the HTTP voice runtime is reached. */
    interface Vox {

        /** Base URL of the runtime; calls are created with POST {base-url}/v3/calls. Required with call-placer=vox. */
        Optional<String> baseUrl();

        /** Organisation API key sent as Bearer token to the runtime. */
        Optional<String> apiKey();

        /** Shared secret of the HMAC-SHA256 signature on POST /webhooks/voice. Required with call-placer=vox. */
        Optional<String> webhookSecret();

        /**
         * A request without an answer within this time is uncertain: the attempt keeps its slot and is re-sent with
         * the same idempotency key (never dialled twice).
         */
        @WithDefault("10s")
        Duration requestTimeout();

        /** Most placement requests in flight at once per dispatcher instance (the HTTP client's pool follows it). */
        @WithDefault("64")
        @Min(1)
        int maxConcurrentRequests();

        /** Wait before re-sending an attempt after its first failed request; doubles per further failure. */
        @WithDefault("1s")
        Duration retryInitialBackoff();

        /** Longest wait between re-sends of an attempt. */
        @WithDefault("30s")
        Duration retryMaxBackoff();

        /** Longest wait a runtime's Retry-After may impose before an attempt is re-sent. */
        @WithDefault("5m")
        Duration maxRetryAfter();

        /**
         * The runtime refusing a campaign's requests (503, 429, connection refused, ...) for longer than this pauses
         * the campaign (paused_by system, reason voice_runtime_unavailable); its next accepted call resumes it.
         */
        @WithDefault("60s")
        Duration unavailablePauseAfter();
    }
}
