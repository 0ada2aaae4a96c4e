package io.voxcampaigns.platform.retry;

import java.time.Duration;
import java.util.Optional;

import io.voxcampaigns.platform.error.ValidationErrors;

/** The API rules of retry_policy.spacing. */
final class SpacingValidation {

    private SpacingValidation() {
    }

    static Spacing validate(RetryPolicyInput.Spacing input, String path, ValidationErrors errors) {
        if (input == null) {
            return Spacing.defaults();
        }
        int before = errors.size();
        Optional<SpacingType> type = ApiNames.required(SpacingType.class, input.type(), path + ".type", errors);
        Duration initial = seconds(input.initialSeconds(), Spacing.DEFAULT_INITIAL, Spacing.MIN_INITIAL,
                Spacing.MAX_INITIAL, path + ".initial_seconds", errors);
        Duration max = max(type.orElse(null), input.maxSeconds(), initial, path + ".max_seconds", errors);
        double jitter = jitter(input.jitter(), path + ".jitter", errors);
        if (errors.size() > before) {
            return null;
        }
        return new Spacing(type.orElseThrow(), initial, max, jitter);
    }

    private static Duration max(SpacingType type, Integer seconds, Duration initial, String path,
            ValidationErrors errors) {
        if (type == SpacingType.fixed) {
            if (seconds != null) {
                errors.add(path, "applies to exponential spacing only; leave it out for fixed spacing");
            }
            return initial;
        }
        // With an invalid initial wait, the lower bound falls back to the smallest one, so the error still fits.
        Duration low = initial == null ? Spacing.MIN_INITIAL : initial;
        Duration fallback = low.compareTo(Spacing.DEFAULT_EXPONENTIAL_MAX) > 0 ? low
                : Spacing.DEFAULT_EXPONENTIAL_MAX;
        return seconds(seconds, fallback, low, Spacing.MAX_MAX, path, errors);
    }

    private static Duration seconds(Integer value, Duration fallback, Duration min, Duration max, String path,
            ValidationErrors errors) {
        if (value == null) {
            return fallback;
        }
        if (value < min.toSeconds() || value > max.toSeconds()) {
            errors.add(path, "must be between " + min.toSeconds() + " and " + max.toSeconds() + " seconds, got "
                    + value);
            return null;
        }
        return Duration.ofSeconds(value);
    }

    private static double jitter(Double value, String path, ValidationErrors errors) {
        if (value == null) {
            return 0;
        }
        if (!(value >= 0 && value <= Spacing.MAX_JITTER)) {
            errors.add(path, "must be between 0 and " + Spacing.MAX_JITTER
                    + " (the largest lengthening of a wait, as a fraction of it), got " + value);
        }
        return value;
    }
}
