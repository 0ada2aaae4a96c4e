package io.voxcampaigns.platform.retry;

import static io.voxcampaigns.events.common.DisconnectionReason.dial_busy;
import static io.voxcampaigns.events.common.DisconnectionReason.dial_declined;
import static io.voxcampaigns.events.common.DisconnectionReason.dial_no_answer;
import static io.voxcampaigns.events.common.DisconnectionReason.user_hangup;
import static io.voxcampaigns.events.common.DisconnectionReason.voicemail_reached;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.platform.error.FieldError;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.WeeklyWindow;

/** Worked examples of the retry rules, written in local time. */
class RetrySchedulerExamplesTest {

    private static final UUID TASK = UUID.fromString("8f1c7a52-0c1e-4d8e-9a55-3b2f7a0d9e11");
    private static final CallingHours SEOUL_OFFICE = CallingHours.defaults();
    private static final Spacing HALF_HOUR = Spacing.fixed(Duration.ofMinutes(30), 0);
    private static final AttemptOutcome BUSY = AttemptOutcome.notConnected(dial_busy);
    private static final RetryDecision NOT_RETRIED = new RetryDecision.Exhausted(RetryDecision.Cause.not_retried);
    private static final RetryScheduler DEFAULTS = new RetryScheduler(RetryPolicy.defaults(),
            VoicemailAction.defaults(), SEOUL_OFFICE);
    private static final RetryDecision LAST_ATTEMPT = new RetryDecision.Exhausted(RetryDecision.Cause.last_attempt);

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static RetryPolicy policy(int maxAttempts, Spacing spacing, Instant deadline,
            DisconnectionReason... retryOn) {
        return new RetryPolicy(maxAttempts, Set.of(retryOn), spacing, deadline);
    }

    private static CallingHours officeHoursIn(String zone) {
        return new CallingHours(List.of(WeeklyWindow.everyDay(480, 1200)), ZoneId.of(zone), true);
    }

    private static RetryDecision after(RetryPolicy policy, CallingHours hours, int attempt, AttemptOutcome outcome,
            Instant end) {
        return new RetryScheduler(policy, VoicemailAction.defaults(), hours).afterAttempt(TASK, attempt, outcome, end);
    }

    @Test
    void aRetryDueAtNinePmWithAnEightToEightWindowMovesToEightNextMorning() {
        RetryDecision decision = after(policy(3, HALF_HOUR, null, dial_busy), SEOUL_OFFICE, 1, BUSY,
                at("2026-12-07T20:30+09:00"));
        assertThat(decision).isEqualTo(new RetryDecision.RetryAt(at("2026-12-08T08:00+09:00"), 2));
    }

    @Test
    void aRetryDueInsideTheWindowStartsWhenDue() {
        RetryDecision decision = after(policy(3, HALF_HOUR, null, dial_busy), SEOUL_OFFICE, 2, BUSY,
                at("2026-12-07T10:10+09:00"));
        assertThat(decision).isEqualTo(new RetryDecision.RetryAt(at("2026-12-07T10:40+09:00"), 3));
    }

    @Test
    void onTheSpringForwardNightTheNextMorningOpensAtEightLocalTime() {
        // New York, Sunday 2024-03-10: 02:00 EST jumps to 03:00 EDT, so the night is an hour shorter.
        Instant end = at("2024-03-09T19:45-05:00");
        RetryDecision decision = after(policy(2, HALF_HOUR, null, dial_busy), officeHoursIn("America/New_York"), 1,
                BUSY, end);
        assertThat(decision).isEqualTo(new RetryDecision.RetryAt(at("2024-03-10T08:00-04:00"), 2));
        assertThat(Duration.between(end, at("2024-03-10T08:00-04:00"))).isEqualTo(Duration.ofMinutes(11 * 60 + 15));
    }

    @Test
    void onTheFallBackNightTheNextMorningOpensAtEightLocalTime() {
        // London, Sunday 2024-10-27: 02:00 BST falls back to 01:00 GMT.
        RetryDecision decision = after(policy(2, HALF_HOUR, null, dial_busy), officeHoursIn("Europe/London"), 1,
                BUSY, at("2024-10-26T19:50+01:00"));
        assertThat(decision).isEqualTo(new RetryDecision.RetryAt(at("2024-10-27T08:00Z"), 2));
    }

    @Test
    void theWaitIsRealTimeAcrossADstGap() {
        CallingHours always = new CallingHours(List.of(WeeklyWindow.everyDay(0, 1440)),
                ZoneId.of("America/New_York"), true);
        RetryDecision decision = after(policy(2, Spacing.fixed(Duration.ofHours(1), 0), null, dial_busy), always, 1,
                BUSY, at("2024-03-10T01:50-05:00"));
        // One hour later the wall clock reads 03:50, two hours on.
        assertThat(decision).isEqualTo(new RetryDecision.RetryAt(at("2024-03-10T03:50-04:00"), 2));
    }

    @Test
    void exponentialSpacingDoublesUpToItsCap() {
        Spacing spacing = Spacing.exponential(Duration.ofMinutes(1), Duration.ofMinutes(5), 0);
        List<Duration> waits = List.of(1, 2, 3, 4, 5).stream().map(spacing::askedAfter).toList();
        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(5), Duration.ofMinutes(5));
        RetryDecision third = after(policy(5, spacing, null, dial_busy), SEOUL_OFFICE, 3, BUSY,
                at("2026-12-07T10:00+09:00"));
        assertThat(third).isEqualTo(new RetryDecision.RetryAt(at("2026-12-07T10:04+09:00"), 4));
    }

    @Test
    void jitterOnlyLengthensTheWait() {
        RetryPolicy jittered = policy(2, Spacing.fixed(Duration.ofMinutes(30), 0.5), null, dial_busy);
        for (int i = 0; i < 50; i++) {
            UUID task = new UUID(i, 31L * i);
            RetryDecision decision = new RetryScheduler(jittered, VoicemailAction.defaults(), SEOUL_OFFICE)
                    .afterAttempt(task, 1, BUSY, at("2026-12-07T10:00+09:00"));
            Instant retryAt = ((RetryDecision.RetryAt) decision).at();
            assertThat(retryAt).isBetween(at("2026-12-07T10:30+09:00"), at("2026-12-07T10:45+09:00"));
        }
    }

    @Test
    void aRetryDueAfterTheDeadlineExpiresTheTask() {
        Instant end = at("2026-12-07T19:00+09:00");
        RetryDecision decision = after(policy(3, HALF_HOUR, at("2026-12-07T19:20+09:00"), dial_busy), SEOUL_OFFICE,
                1, BUSY, end);
        assertThat(decision).isEqualTo(new RetryDecision.Expired(at("2026-12-07T19:30+09:00")));
    }

    @Test
    void aRetryWhoseWindowOpensOnlyAfterTheDeadlineExpiresTheTask() {
        RetryDecision decision = after(policy(3, HALF_HOUR, at("2026-12-07T23:00+09:00"), dial_busy), SEOUL_OFFICE,
                1, BUSY, at("2026-12-07T19:45+09:00"));
        assertThat(decision).isEqualTo(new RetryDecision.Expired(at("2026-12-07T20:15+09:00")));
    }

    @Test
    void aRetryExactlyAtTheDeadlineStillRuns() {
        RetryDecision decision = after(policy(3, HALF_HOUR, at("2026-12-08T08:00+09:00"), dial_busy), SEOUL_OFFICE,
                1, BUSY, at("2026-12-07T19:45+09:00"));
        assertThat(decision).isEqualTo(new RetryDecision.RetryAt(at("2026-12-08T08:00+09:00"), 2));
    }

    @Test
    void theLastAllowedAttemptAndACallbackBeyondItAreNotRetried() {
        RetryPolicy policy = policy(3, HALF_HOUR, null, dial_busy);
        Instant end = at("2026-12-07T10:00+09:00");
        assertThat(after(policy, SEOUL_OFFICE, 3, BUSY, end)).isEqualTo(LAST_ATTEMPT);
        assertThat(after(policy, SEOUL_OFFICE, 4, BUSY, end)).isEqualTo(LAST_ATTEMPT);
        assertThat(after(RetryPolicy.defaults(), SEOUL_OFFICE, 1, BUSY, end)).isEqualTo(LAST_ATTEMPT);
    }

    @Test
    void aConnectedAttemptCompletesAndAnOutcomeOutsideRetryOnIsNotRetried() {
        RetryPolicy policy = policy(3, HALF_HOUR, null, dial_busy);
        Instant end = at("2026-12-07T10:00+09:00");
        assertThat(after(policy, SEOUL_OFFICE, 1, AttemptOutcome.connected(user_hangup), end))
                .isEqualTo(new RetryDecision.Completed());
        assertThat(after(policy, SEOUL_OFFICE, 1, AttemptOutcome.notConnected(dial_no_answer), end))
                .isEqualTo(NOT_RETRIED);
        assertThat(after(policy, SEOUL_OFFICE, 1, AttemptOutcome.notConnected(dial_declined), end))
                .isEqualTo(NOT_RETRIED);
        assertThat(after(policy, SEOUL_OFFICE, 1, AttemptOutcome.notConnected(null), end)).isEqualTo(NOT_RETRIED);
    }

    @Test
    void theVoicemailActionDecidesWhetherAVoicemailIsRetried() {
        RetryPolicy noAnswerOnly = policy(3, HALF_HOUR, null, dial_no_answer);
        RetryPolicy voicemailToo = policy(3, HALF_HOUR, null, dial_no_answer, voicemail_reached);
        AttemptOutcome voicemail = AttemptOutcome.notConnected(voicemail_reached);
        Instant end = at("2026-12-07T10:00+09:00");
        RetryDecision retried = new RetryDecision.RetryAt(at("2026-12-07T10:30+09:00"), 2);
        VoicemailAction retry = new VoicemailAction(VoicemailActionType.retry, null);
        VoicemailAction leave = new VoicemailAction(VoicemailActionType.leave_message, "We will call again.");

        assertThat(new RetryScheduler(noAnswerOnly, retry, SEOUL_OFFICE).afterAttempt(TASK, 1, voicemail, end))
                .isEqualTo(retried);
        assertThat(new RetryScheduler(noAnswerOnly, VoicemailAction.defaults(), SEOUL_OFFICE)
                .afterAttempt(TASK, 1, voicemail, end)).isEqualTo(NOT_RETRIED);
        assertThat(new RetryScheduler(voicemailToo, VoicemailAction.defaults(), SEOUL_OFFICE)
                .afterAttempt(TASK, 1, voicemail, end)).isEqualTo(retried);
        assertThat(new RetryScheduler(voicemailToo, leave, SEOUL_OFFICE).afterAttempt(TASK, 1, voicemail, end))
                .isEqualTo(NOT_RETRIED);
    }

    @Test
    void anAttemptHeldBackStartsAtTheNextOpeningAndNeverPastTheDeadline() {
        RetryScheduler scheduler = new RetryScheduler(policy(3, HALF_HOUR, at("2026-12-08T09:00+09:00"), dial_busy),
                VoicemailAction.defaults(), SEOUL_OFFICE);
        assertThat(scheduler.startAt(at("2026-12-07T11:00+09:00"))).contains(at("2026-12-07T11:00+09:00"));
        assertThat(scheduler.startAt(at("2026-12-07T20:00+09:00"))).contains(at("2026-12-08T08:00+09:00"));
        assertThat(scheduler.startAt(at("2026-12-08T09:00+09:00"))).contains(at("2026-12-08T09:00+09:00"));
        assertThat(scheduler.startAt(at("2026-12-08T09:00:00.001+09:00"))).isEmpty();
        assertThat(DEFAULTS.startAt(at("2026-12-08T21:00+09:00"))).contains(at("2026-12-09T08:00+09:00"));
    }

    @Test
    void aCallbackAskedForTheEveningMovesToTheNextMorning() {
        ValidationErrors errors = new ValidationErrors();
        RetryScheduler scheduler = DEFAULTS;
        assertThat(scheduler.callbackAt(at("2026-12-07T22:00+09:00"), at("2026-12-07T15:00+09:00"), "at", errors))
                .contains(at("2026-12-08T08:00+09:00"));
        assertThat(scheduler.callbackAt(at("2026-12-07T16:00+09:00"), at("2026-12-07T15:00+09:00"), "at", errors))
                .contains(at("2026-12-07T16:00+09:00"));
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void aCallbackAskedForThePastMeansNow() {
        ValidationErrors errors = new ValidationErrors();
        RetryScheduler scheduler = DEFAULTS;
        assertThat(scheduler.callbackAt(at("2026-12-07T10:00+09:00"), at("2026-12-07T10:05+09:00"), "at", errors))
                .contains(at("2026-12-07T10:05+09:00"));
    }

    @Test
    void aCallbackPastTheDeadlineIsRefusedNamingTheField() {
        Instant deadline = at("2026-12-07T23:00+09:00");
        RetryScheduler scheduler = new RetryScheduler(policy(1, HALF_HOUR, deadline, dial_busy),
                VoicemailAction.defaults(), SEOUL_OFFICE);
        ValidationErrors errors = new ValidationErrors();
        assertThat(scheduler.callbackAt(at("2026-12-07T21:00+09:00"), at("2026-12-07T15:00+09:00"), "at", errors))
                .isEmpty();
        FieldError error = TestErrors.only(errors);
        assertThat(error.field()).isEqualTo("at");
        assertThat(error.reason()).isEqualTo("cannot be kept: the calling hours do not open at or after "
                + at("2026-12-07T21:00+09:00").toEpochMilli() + " before retry_policy.deadline_at ("
                + deadline.toEpochMilli() + ")");
    }
}
