package io.voxcampaigns.platform.retry;

import static io.voxcampaigns.events.common.DisconnectionReason.dial_busy;
import static io.voxcampaigns.events.common.DisconnectionReason.dial_failed;
import static io.voxcampaigns.events.common.DisconnectionReason.dial_no_answer;
import static io.voxcampaigns.events.common.DisconnectionReason.error_voxai;
import static io.voxcampaigns.events.common.DisconnectionReason.voicemail_reached;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.voxcampaigns.platform.error.FieldError;
import io.voxcampaigns.platform.error.ValidationErrors;

class RetryPolicyValidationTest {

    private static final String PATH = "retry_policy";
    private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");
    private static final List<String> RETRYABLE = List.of("dial_no_answer", "dial_failed", "dial_busy",
            "voicemail_reached", "concurrency_limit_reached", "insufficient_balance", "error_voxai",
            "orphaned_no_agent_pickup", "daily_call_limit_reached");

    private final ValidationErrors errors = new ValidationErrors();

    private Optional<RetryPolicy> validate(RetryPolicyInput input) {
        return RetryPolicy.validated(input, PATH, NOW, RetryPolicyValidationTest::timestamp, errors);
    }

    /** The API's reading: 10-11 digits are seconds, 12-15 milliseconds, anything else no timestamp. */
    private static Instant timestamp(long value) {
        if (value >= 1_000_000_000L && value < 100_000_000_000L) {
            return Instant.ofEpochSecond(value);
        }
        return value >= 100_000_000_000L && value < 1_000_000_000_000_000L ? Instant.ofEpochMilli(value) : null;
    }

    private static RetryPolicyInput attempts(Integer maxAttempts) {
        return new RetryPolicyInput(maxAttempts, null, null, null);
    }

    private static RetryPolicyInput retryOn(String... names) {
        return new RetryPolicyInput(3, Arrays.asList(names), null, null);
    }

    private static RetryPolicyInput spacing(String type, Integer initial, Integer max, Double jitter) {
        return new RetryPolicyInput(3, null, new RetryPolicyInput.Spacing(type, initial, max, jitter), null);
    }

    private static RetryPolicyInput deadline(long at) {
        return new RetryPolicyInput(3, null, null, at);
    }

    @Test
    void noPolicyIsOneAttemptAsBeforeRetries() {
        assertThat(validate(null)).contains(RetryPolicy.defaults());
        RetryPolicy defaults = RetryPolicy.defaults();
        assertThat(defaults.maxAttempts()).isEqualTo(1);
        assertThat(defaults.retryOn()).containsExactlyInAnyOrder(dial_no_answer, dial_busy, voicemail_reached,
                dial_failed);
        assertThat(defaults.spacing()).isEqualTo(Spacing.fixed(Duration.ofMinutes(30), 0));
        assertThat(defaults.deadline()).isNull();
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void anEmptyObjectTakesEveryDefault() {
        assertThat(validate(new RetryPolicyInput(null, null, null, null))).contains(RetryPolicy.defaults());
    }

    @Test
    void aValidPolicyKeepsEverythingSent() {
        RetryPolicyInput input = new RetryPolicyInput(4, List.of("dial_busy", "error_voxai"),
                new RetryPolicyInput.Spacing("exponential", 120, 3600, 0.25), 1_796_400_000_000L);
        RetryPolicy policy = validate(input).orElseThrow();
        assertThat(policy).isEqualTo(new RetryPolicy(4, Set.of(dial_busy, error_voxai),
                Spacing.exponential(Duration.ofMinutes(2), Duration.ofHours(1), 0.25),
                Instant.ofEpochMilli(1_796_400_000_000L)));
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void anEmptyRetryOnRetriesNothing() {
        assertThat(validate(retryOn()).orElseThrow().retryOn()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 11, 100})
    void maxAttemptsOutsideOneToTenIsRefused(int value) {
        assertThat(validate(attempts(value))).isEmpty();
        FieldError error = TestErrors.only(errors);
        assertThat(error.field()).isEqualTo("retry_policy.max_attempts");
        assertThat(error.reason()).isEqualTo(
                "must be between 1 and 10 (attempts in all, the first included), got " + value);
    }

    @Test
    void anUnknownReasonIsRefusedNamingTheRetryableOnes() {
        assertThat(validate(retryOn("dial_busy", "dial_no_answer", "ringing"))).isEmpty();
        FieldError error = TestErrors.only(errors);
        assertThat(error.field()).isEqualTo("retry_policy.retry_on[2]");
        assertThat(error.reason()).isEqualTo("must be one of " + String.join(", ", RETRYABLE) + ", got \"ringing\"");
        assertThat(error.allowedValues()).isEqualTo(RETRYABLE);
    }

    @Test
    void anOversizedValueIsEchoedCut() {
        String sent = "x".repeat(5000);
        assertThat(validate(retryOn(sent))).isEmpty();
        assertThat(TestErrors.only(errors).reason()).endsWith(", got \"" + "x".repeat(40) + "...\"");
    }

    @Test
    void unknownAndNullAreNoReasons() {
        assertThat(validate(retryOn("unknown", null))).isEmpty();
        assertThat(TestErrors.fields(errors)).containsExactly("retry_policy.retry_on[0]", "retry_policy.retry_on[1]");
        assertThat(TestErrors.reported(errors).get(1).reason()).endsWith(", got null");
    }

    @ParameterizedTest
    @ValueSource(strings = {"user_hangup", "agent_hangup", "max_duration_reached", "inactivity", "flow_error",
            "call_transfer"})
    void anEndingOfAConnectedCallIsNeverRetried(String reason) {
        assertThat(validate(retryOn("dial_busy", reason))).isEmpty();
        FieldError error = TestErrors.only(errors);
        assertThat(error.field()).isEqualTo("retry_policy.retry_on[1]");
        assertThat(error.reason()).startsWith("must not be " + reason + ", which is never retried: it ends a call "
                + "that connected, and a connected call completes its task; retry_on may hold dial_no_answer, ");
        assertThat(error.allowedValues()).isEqualTo(RETRYABLE);
    }

    @Test
    void aDeclinedCallIsNeverRetried() {
        assertThat(validate(retryOn("dial_declined"))).isEmpty();
        FieldError error = TestErrors.only(errors);
        assertThat(error.field()).isEqualTo("retry_policy.retry_on[0]");
        assertThat(error.reason()).startsWith(
                "must not be dial_declined, which is never retried: it means the recipient declined the call");
    }

    @Test
    void aRepeatedReasonIsRefused() {
        assertThat(validate(retryOn("dial_busy", "dial_busy"))).isEmpty();
        FieldError error = TestErrors.only(errors);
        assertThat(error.field()).isEqualTo("retry_policy.retry_on");
        assertThat(error.reason()).isEqualTo("must not repeat dial_busy");
    }

    @Test
    void anEmptySpacingIsThirtyMinutesFixed() {
        RetryPolicyInput input = new RetryPolicyInput(2, null, new RetryPolicyInput.Spacing("fixed", null, null,
                null), null);
        assertThat(validate(input).orElseThrow().spacing()).isEqualTo(Spacing.defaults());
    }

    @Test
    void exponentialSpacingCapsAtADayUnlessToldOtherwise() {
        Spacing spacing = validate(spacing("exponential", 600, null, null)).orElseThrow().spacing();
        assertThat(spacing).isEqualTo(Spacing.exponential(Duration.ofMinutes(10), Duration.ofDays(1), 0));
    }

    @Test
    void theSpacingTypeIsRequiredAndSpeltExactly() {
        assertThat(validate(spacing(null, 600, null, null))).isEmpty();
        FieldError missing = TestErrors.only(errors);
        assertThat(missing.field()).isEqualTo("retry_policy.spacing.type");
        assertThat(missing.reason()).isEqualTo("is required: fixed, exponential");
        assertThat(missing.allowedValues()).containsExactly("fixed", "exponential");

        ValidationErrors misspelt = new ValidationErrors();
        RetryPolicy.validated(spacing("Fixed", 600, null, null), PATH, NOW, Instant::ofEpochMilli, misspelt);
        assertThat(TestErrors.only(misspelt).reason()).isEqualTo("must be one of fixed, exponential, got \"Fixed\"");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 59, 86_401})
    void theInitialWaitIsAMinuteToADay(int seconds) {
        assertThat(validate(spacing("fixed", seconds, null, null))).isEmpty();
        FieldError error = TestErrors.only(errors);
        assertThat(error.field()).isEqualTo("retry_policy.spacing.initial_seconds");
        assertThat(error.reason()).isEqualTo("must be between 60 and 86400 seconds, got " + seconds);
    }

    @Test
    void theLongestWaitLiesBetweenTheInitialOneAndAWeek() {
        assertThat(validate(spacing("exponential", 600, 599, null))).isEmpty();
        assertThat(TestErrors.only(errors).reason()).isEqualTo("must be between 600 and 604800 seconds, got 599");
        ValidationErrors tooLong = new ValidationErrors();
        RetryPolicy.validated(spacing("exponential", 600, 604_801, null), PATH, NOW, Instant::ofEpochMilli, tooLong);
        assertThat(TestErrors.only(tooLong).field()).isEqualTo("retry_policy.spacing.max_seconds");
    }

    @Test
    void fixedSpacingHasNoLongestWait() {
        assertThat(validate(spacing("fixed", 600, 600, null))).isEmpty();
        FieldError error = TestErrors.only(errors);
        assertThat(error.field()).isEqualTo("retry_policy.spacing.max_seconds");
        assertThat(error.reason()).isEqualTo("applies to exponential spacing only; leave it out for fixed spacing");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 0.51, 1, Double.NaN})
    void jitterIsAFractionUpToAHalf(double jitter) {
        assertThat(validate(spacing("fixed", 600, null, jitter))).isEmpty();
        FieldError error = TestErrors.only(errors);
        assertThat(error.field()).isEqualTo("retry_policy.spacing.jitter");
        assertThat(error.reason()).startsWith("must be between 0 and 0.5 (the largest lengthening of a wait");
    }

    @Test
    void theDeadlineMustLieAhead() {
        long now = NOW.toEpochMilli();
        assertThat(validate(deadline(now))).isEmpty();
        FieldError error = TestErrors.only(errors);
        assertThat(error.field()).isEqualTo("retry_policy.deadline_at");
        assertThat(error.reason()).isEqualTo("must be in the future, got " + now + " (now is " + now + ")");
        assertThat(validate(deadline(now + 1)).orElseThrow().deadline()).isEqualTo(NOW.plusMillis(1));
    }

    @Test
    void theDeadlineIsReadAsTheApiReadsTimestamps() {
        long seconds = NOW.getEpochSecond() + 3600;
        assertThat(validate(deadline(seconds)).orElseThrow().deadline()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(validate(deadline(42))).isEmpty();
        assertThat(TestErrors.only(errors).reason())
                .isEqualTo("must be unix milliseconds (10-11 digit values are read as seconds), got 42");
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        RetryPolicyInput input = new RetryPolicyInput(0, List.of("user_hangup"),
                new RetryPolicyInput.Spacing("linear", 1, 2, 0.9), NOW.toEpochMilli() - 1);
        assertThat(validate(input)).isEmpty();
        assertThat(TestErrors.fields(errors)).containsExactly("retry_policy.max_attempts", "retry_policy.retry_on[0]",
                "retry_policy.spacing.type", "retry_policy.spacing.initial_seconds", "retry_policy.spacing.max_seconds",
                "retry_policy.spacing.jitter", "retry_policy.deadline_at");
    }

    @Test
    void aStoredPolicyReadsBackAlthoughItsDeadlinePassed() {
        RetryPolicy policy = new RetryPolicy(3, Set.of(dial_no_answer), Spacing.exponential(Duration.ofMinutes(5),
                Duration.ofHours(2), 0.1), NOW.minusSeconds(60));
        assertThat(RetryPolicy.restored(policy.toInput())).isEqualTo(policy);
        assertThat(RetryPolicy.restored(RetryPolicy.defaults().toInput())).isEqualTo(RetryPolicy.defaults());
        assertThatThrownBy(() -> RetryPolicy.restored(attempts(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theApiFormFillsEveryDefault() {
        RetryPolicyInput shown = RetryPolicy.defaults().toInput();
        assertThat(shown).isEqualTo(new RetryPolicyInput(1, List.of("dial_no_answer", "dial_failed", "dial_busy",
                "voicemail_reached"), new RetryPolicyInput.Spacing("fixed", 1800, null, 0.0), null));
    }
}
