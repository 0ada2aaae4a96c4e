package io.voxcampaigns.platform.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.schedule.CallingHours;

/**
 * The retry rules over random calling hours (DST zones included), policies, outcomes and clocks. Each case draws
 * from its own seed, printed with any failure, so it replays alone; the seeds are fixed, so every run checks the same
 * cases.
 */
class RetrySchedulerPropertyTest {

    private static final long SEED = 20_261_204L;
    private static final int CASES = 1500;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final RetryDecision LAST_ATTEMPT = new RetryDecision.Exhausted(RetryDecision.Cause.last_attempt);
    private static final RetryDecision NOT_RETRIED = new RetryDecision.Exhausted(RetryDecision.Cause.not_retried);

    @Test
    void aRetryStartsInsideTheWindowNoEarlierThanAskedAndNeverPastTheDeadline() {
        int onTime = 0;
        int moved = 0;
        int expired = 0;
        for (int i = 0; i < CASES; i++) {
            RandomCases random = new RandomCases(SEED + i);
            RandomCases.Setting setting = random.setting();
            CallingHours hours = setting.hours();
            Instant end = setting.clock();
            RetryPolicy policy = withRetryOn(setting.policy(), DisconnectionReason.dial_busy);
            int attempt = random.between(1, policy.maxAttempts());
            AttemptOutcome outcome = AttemptOutcome.notConnected(DisconnectionReason.dial_busy);
            UUID task = random.taskId();
            String context = setting + ", attempt " + attempt;

            RetryDecision decision = new RetryScheduler(policy, setting.voicemail(), hours)
                    .afterAttempt(task, attempt, outcome, end);

            if (attempt == policy.maxAttempts()) {
                assertThat(decision).as(context).isEqualTo(LAST_ATTEMPT);
                continue;
            }
            Duration asked = policy.spacing().askedAfter(attempt);
            Duration wait = policy.spacing().waitAfter(attempt, RetryJitter.unit(task, attempt));
            Instant due = end.plus(wait);
            if (decision instanceof RetryDecision.RetryAt retry) {
                assertThat(retry.attempt()).as(context).isEqualTo(attempt + 1)
                        .isLessThanOrEqualTo(policy.maxAttempts());
                assertThat(hours.isOpen(retry.at())).as(context).isTrue();
                assertThat(retry.at()).as(context).isAfterOrEqualTo(end.plus(asked)).isAfterOrEqualTo(due);
                assertThat(policy.allowsStartAt(retry.at())).as(context).isTrue();
                assertClosedBetween(hours, due, retry.at(), context);
                if (retry.at().equals(due)) {
                    onTime++;
                } else {
                    moved++;
                }
            } else {
                assertThat(decision).as(context).isEqualTo(new RetryDecision.Expired(due));
                assertThat(policy.deadline()).as(context).isNotNull();
                assertClosedBetween(hours, due, policy.deadline().plusMillis(1), context);
                expired++;
            }
        }
        // The cases reach every branch: retries when due, retries moved into the window, expiries.
        assertThat(onTime).isGreaterThan(CASES / 10);
        assertThat(moved).isGreaterThan(CASES / 10);
        assertThat(expired).isGreaterThan(CASES / 40);
    }

    @Test
    void theDecisionFollowsTheOutcomeThePolicyAndTheAttemptsLeft() {
        for (int i = 0; i < CASES; i++) {
            RandomCases random = new RandomCases(SEED + 10_000 + i);
            RandomCases.Setting setting = random.setting();
            RetryPolicy policy = setting.policy();
            AttemptOutcome outcome = random.outcome();
            int attempt = random.between(1, RetryPolicy.MAX_ATTEMPTS + 1);
            String context = setting + ", " + outcome + " attempt " + attempt;

            RetryDecision decision = setting.scheduler().afterAttempt(random.taskId(), attempt, outcome,
                    setting.clock());

            if (outcome.connected()) {
                assertThat(decision).as(context).isEqualTo(new RetryDecision.Completed());
            } else if (!retried(policy, setting.voicemail(), outcome.reason())) {
                assertThat(decision).as(context).isEqualTo(NOT_RETRIED);
            } else if (attempt >= policy.maxAttempts()) {
                assertThat(decision).as(context).isEqualTo(LAST_ATTEMPT);
            } else {
                assertThat(decision).as(context).isInstanceOfAny(RetryDecision.RetryAt.class,
                        RetryDecision.Expired.class);
            }
        }
    }

    /** The rule restated from the API's words: never-retried reasons never; voicemail as its action says. */
    private static boolean retried(RetryPolicy policy, VoicemailAction voicemail, DisconnectionReason reason) {
        if (reason == null || reason == DisconnectionReason.unknown || RetryReasons.whyNever(reason).isPresent()) {
            return false;
        }
        if (reason == DisconnectionReason.voicemail_reached) {
            return switch (voicemail.type()) {
                case hang_up -> policy.retryOn().contains(DisconnectionReason.voicemail_reached);
                case retry -> policy.retryOn().contains(DisconnectionReason.dial_no_answer);
                case leave_message -> false;
            };
        }
        return policy.retryOn().contains(reason);
    }

    @Test
    void replicasAgreeOnTheRetryInstantAndJitterSpreadsTasks() {
        RandomCases random = new RandomCases(SEED + 20_000);
        CallingHours hours = CallingHours.defaults();
        Instant end = Instant.parse("2026-12-07T01:00:00Z");
        RetryPolicy policy = new RetryPolicy(3, Set.of(DisconnectionReason.dial_busy), Spacing.fixed(
                Duration.ofMinutes(30), 0.5), null);
        AttemptOutcome busy = AttemptOutcome.notConnected(DisconnectionReason.dial_busy);
        Set<RetryDecision> spread = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            UUID task = random.taskId();
            RetryDecision one = new RetryScheduler(policy, VoicemailAction.defaults(), hours)
                    .afterAttempt(task, 1, busy, end);
            RetryDecision other = new RetryScheduler(policy, VoicemailAction.defaults(), hours)
                    .afterAttempt(new UUID(task.getMostSignificantBits(), task.getLeastSignificantBits()), 1, busy,
                            end);
            assertThat(other).isEqualTo(one);
            spread.add(one);
        }
        // 200 tasks over a 15-minute jitter range in milliseconds: almost surely all distinct, surely not a few.
        assertThat(spread).hasSizeGreaterThan(190);
    }

    @Test
    void aWaitIsNeverShorterThanAskedNorLongerThanItsJitterAllows() {
        for (int i = 0; i < CASES; i++) {
            RandomCases random = new RandomCases(SEED + 30_000 + i);
            Spacing spacing = random.spacing();
            Duration previous = Duration.ZERO;
            for (int attempt = 1; attempt <= RetryPolicy.MAX_ATTEMPTS + 2; attempt++) {
                String context = "seed " + (SEED + 30_000 + i) + ": " + spacing + " after attempt " + attempt;
                Duration asked = spacing.askedAfter(attempt);
                Duration wait = spacing.waitAfter(attempt, random.unit());
                assertThat(asked).as(context).isGreaterThanOrEqualTo(spacing.initial())
                        .isLessThanOrEqualTo(spacing.max()).isGreaterThanOrEqualTo(previous);
                if (spacing.type() == SpacingType.fixed) {
                    assertThat(asked).as(context).isEqualTo(spacing.initial());
                }
                assertThat(wait).as(context).isGreaterThanOrEqualTo(asked);
                assertThat(wait.toMillis()).as(context)
                        .isLessThanOrEqualTo((long) Math.ceil(asked.toMillis() * (1 + spacing.jitter())));
                previous = asked;
            }
        }
    }

    @Test
    void aCallbackStartsInsideTheWindowAtOrAfterTheRequestAndNeverPastTheDeadline() {
        for (int i = 0; i < CASES; i++) {
            RandomCases random = new RandomCases(SEED + 40_000 + i);
            RandomCases.Setting setting = random.setting();
            CallingHours hours = setting.hours();
            RetryPolicy policy = setting.policy();
            Instant now = setting.clock();
            Instant requested = now.plusMillis((long) ((random.unit() - 0.2) * Duration.ofDays(5).toMillis()));
            String context = setting + ", requested " + requested;
            ValidationErrors errors = new ValidationErrors();

            Optional<Instant> at = setting.scheduler().callbackAt(requested, now, "at", errors);

            Instant from = requested.isBefore(now) ? now : requested;
            if (at.isPresent()) {
                assertThat(errors.isEmpty()).as(context).isTrue();
                assertThat(hours.isOpen(at.get())).as(context).isTrue();
                assertThat(at.get()).as(context).isAfterOrEqualTo(from);
                assertThat(policy.allowsStartAt(at.get())).as(context).isTrue();
                assertClosedBetween(hours, from, at.get(), context);
            } else {
                assertThat(TestErrors.only(errors).field()).as(context).isEqualTo("at");
                assertThat(policy.deadline()).as(context).isNotNull();
                assertClosedBetween(hours, from, policy.deadline().plusMillis(1), context);
            }
        }
    }

    @Test
    void aPolicyReadsBackFromItsApiForm() {
        for (int i = 0; i < CASES; i++) {
            RandomCases random = new RandomCases(SEED + 50_000 + i);
            Instant now = random.instant(CallingHours.DEFAULT_ZONE);
            RetryPolicy policy = random.policy(now.plusSeconds(1));
            String context = "seed " + (SEED + 50_000 + i) + ": " + policy;
            ValidationErrors errors = new ValidationErrors();
            assertThat(RetryPolicy.validated(policy.toInput(), "retry_policy", now, Instant::ofEpochMilli, errors))
                    .as(context).contains(policy);
            assertThat(errors.isEmpty()).as(context).isTrue();
            assertThat(RetryPolicy.restored(policy.toInput())).as(context).isEqualTo(policy);
        }
    }

    /** No minute in [from, to) is open (sampled every minute, from {@code from}). */
    static void assertClosedBetween(CallingHours hours, Instant from, Instant to, String context) {
        for (Instant t = from; t.isBefore(to); t = t.plus(MINUTE)) {
            assertThat(hours.isOpen(t)).as("%s: open at %s, between %s and %s", context, t, from, to).isFalse();
        }
    }

    private static RetryPolicy withRetryOn(RetryPolicy policy, DisconnectionReason reason) {
        Set<DisconnectionReason> retryOn = new HashSet<>(policy.retryOn());
        retryOn.add(reason);
        return new RetryPolicy(policy.maxAttempts(), retryOn, policy.spacing(), policy.deadline());
    }
}
