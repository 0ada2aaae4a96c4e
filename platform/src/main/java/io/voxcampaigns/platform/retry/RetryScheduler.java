package io.voxcampaigns.platform.retry;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.schedule.CallingHours;

/**
 * When a task is called again: the one place for the retry rules of a campaign, pure (no clock, no randomness of
 * its own), so every replica decides alike.
 *
 * <p>After an attempt: a connected attempt completes the task; an outcome the policy does not retry (see
 * {@link RetryPolicy#retries} and {@link VoicemailAction#retriedAs}) or the last allowed attempt exhausts it;
 * otherwise the next attempt is due at the attempt's end plus the wait of {@link Spacing#waitAfter} (jitter from
 * {@link RetryJitter}, so never shorter than asked), moved to the next opening of the calling hours when they are
 * closed then (DST-correct, {@link CallingHours#nextOpening}); if that instant lies after the deadline, or the hours
 * never open again, the task expires.
 */
public final class RetryScheduler {

    private final RetryPolicy policy;
    private final VoicemailAction voicemail;
    private final CallingHours hours;

    public RetryScheduler(RetryPolicy policy, VoicemailAction voicemail, CallingHours hours) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.voicemail = Objects.requireNonNull(voicemail, "voicemail");
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    /**
     * The rules of a campaign as stored: a policy or voicemail action it did not set (null) is the default one (one
     * attempt per task, hang up at voicemail).
     */
    public static RetryScheduler of(RetryPolicy policy, VoicemailAction voicemail, CallingHours hours) {
        return new RetryScheduler(policy == null ? RetryPolicy.defaults() : policy,
                voicemail == null ? VoicemailAction.defaults() : voicemail, hours);
    }

    /**
     * What follows attempt {@code attempt} (1-based) of task {@code taskId}, which ended at {@code endedAt} with
     * {@code outcome}.
     */
    public RetryDecision afterAttempt(UUID taskId, int attempt, AttemptOutcome outcome, Instant endedAt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1, got " + attempt);
        }
        if (outcome.connected()) {
            return new RetryDecision.Completed();
        }
        Optional<DisconnectionReason> asked = voicemail.retriedAs(outcome.reason());
        if (asked.isEmpty() || !policy.retries(asked.get())) {
            return new RetryDecision.Exhausted(RetryDecision.Cause.not_retried);
        }
        if (attempt >= policy.maxAttempts()) {
            return new RetryDecision.Exhausted(RetryDecision.Cause.last_attempt);
        }
        Instant due = endedAt.plus(policy.spacing().waitAfter(attempt, RetryJitter.unit(taskId, attempt)));
        return startAt(due)
                .<RetryDecision>map(at -> new RetryDecision.RetryAt(at, attempt + 1))
                .orElseGet(() -> new RetryDecision.Expired(due));
    }

    /**
     * When an operator's or agent's callback asked for {@code requested} starts: at the requested instant (now when
     * it has passed), moved to the next opening of the calling hours; or empty after adding to {@code errors} under
     * {@code path} why it cannot be, when that instant lies after the policy's deadline or the hours never open again.
     * The callback is the task's next attempt, numbered after the last one, even when max_attempts is used up; after
     * it {@link #afterAttempt} applies as to any attempt (no retry once max_attempts is reached).
     */
    public Optional<Instant> callbackAt(Instant requested, Instant now, String path, ValidationErrors errors) {
        Instant from = requested.isBefore(now) ? now : requested;
        Optional<Instant> at = startAt(from);
        if (at.isEmpty()) {
            String deadline = policy.deadline() == null ? "" : " before retry_policy.deadline_at ("
                    + policy.deadline().toEpochMilli() + ")";
            errors.add(path, "cannot be kept: the calling hours do not open at or after " + from.toEpochMilli()
                    + deadline);
        }
        return at;
    }

    /**
     * The earliest instant at or after {@code from} when an attempt may start: the calling hours open and the
     * policy's deadline not passed. Empty when there is none, so the task expires: for a first attempt, or a retry the
     * concurrency cap held back, as for the retries this class schedules.
     */
    public Optional<Instant> startAt(Instant from) {
        if (!policy.allowsStartAt(from)) {
            return Optional.empty();
        }
        return hours.nextOpening(from).filter(policy::allowsStartAt);
    }
}
