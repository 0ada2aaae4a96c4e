package io.voxcampaigns.voiceruntime;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The stub's behaviour, changed at run time from Java or through the admin API. Each change replaces the whole
 * {@link Behaviour} atomically; a call takes the behaviour current when it is created.
 */
public final class Controls {

    private final Behaviour initial;
    private final AtomicReference<Behaviour> current;
    private final AtomicReference<Set<String>> optOutAgents = new AtomicReference<>(Set.of());
    private final AtomicReference<Set<String>> refusingRecipients = new AtomicReference<>(Set.of());
    private volatile boolean ringingWebhooks;
    private final Clock clock;

    Controls(Behaviour initial, Clock clock) {
        this.initial = initial;
        this.current = new AtomicReference<>(initial);
        this.clock = clock;
    }

    public Behaviour current() {
        return current.get();
    }

    /** Applies a change to the current behaviour and returns the result. */
    public Behaviour update(UnaryOperator<Behaviour> change) {
        return current.updateAndGet(change);
    }

    /** Back to the behaviour the stub started with. */
    public void reset() {
        current.set(initial);
        optOutAgents.set(Set.of());
        refusingRecipients.set(Set.of());
        ringingWebhooks = false;
    }

    /**
     * Whether new calls send {@code call_ringing} when the phone starts ringing (our extension to vox's events; off
     * at start, as vox sends none).
     */
    public void ringingWebhooks(boolean send) {
        ringingWebhooks = send;
    }

    boolean ringingWebhooks() {
        return ringingWebhooks;
    }

    /**
     * These agents opted out of storing sensitive data (vox's agent {@code security.optOutSensitiveDataStorage}):
     * their new calls report {@code opt_out_sensitive_data_storage: true} and no transcript, recording or analysis.
     */
    public void optOutAgents(String... agentIds) {
        optOutAgents.set(Set.of(agentIds));
    }

    /**
     * These recipients refuse further calls when they answer: the analysis of their new connected calls carries
     * {@code custom_analysis_data: [{"name": "opt_out", "value": true}]}, as an agent's post-call extraction would.
     */
    public void refusingRecipients(String... numbers) {
        refusingRecipients.set(Set.of(numbers));
    }

    boolean refuses(String number) {
        return refusingRecipients.get().contains(number);
    }

    /** Whether the agent opted out; false for a call without an agent. */
    boolean optsOut(String agentId) {
        return agentId != null && optOutAgents.get().contains(agentId);
    }

    public void timing(Timing timing) {
        update(b -> b.withTiming(timing));
    }

    public void outcomes(OutcomePlan outcomes) {
        update(b -> b.withOutcomes(outcomes));
    }

    /** Successive calls to the number end with these outcomes, in order (the last repeats). */
    public void script(String number, Outcome... outcomes) {
        update(b -> b.withOutcomes(b.outcomes().withScript(number, List.of(outcomes))));
    }

    public void createDelay(Duration delay) {
        updateFaults(f -> f.withCreateDelay(delay));
    }

    /** Answers 503 (with Retry-After when not null) to every /v3/calls request for this long, from now. */
    public void unavailableFor(Duration duration, Duration retryAfter) {
        updateFaults(f -> f.withUnavailable(clock.instant().plus(duration), retryAfter));
    }

    public void rejectNumbers(NumberSet numbers) {
        updateFaults(f -> f.withRejected(numbers));
    }

    public void earlyFailures(NumberSet numbers) {
        updateFaults(f -> f.withEarlyFailures(numbers));
    }

    /** Each webhook delivered min..max times; this share of connected calls gets call_ended before call_started. */
    public void webhookCopies(int min, int max, double outOfOrderShare) {
        updateFaults(f -> f.withWebhookCopies(min, max, outOfOrderShare));
    }

    public void echoMetadata(boolean echo) {
        updateFaults(f -> f.withEchoMetadata(echo));
    }

    private void updateFaults(UnaryOperator<Faults> change) {
        update(b -> b.withFaults(change.apply(b.faults())));
    }
}
