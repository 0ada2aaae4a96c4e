package io.voxcampaigns.platform.retry;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.platform.error.ValidationErrors;

/** The API rules of retry_policy, reported per field so one 400 names every problem. */
final class RetryPolicyValidation {

    private RetryPolicyValidation() {
    }

    /** As {@link RetryPolicy#validated}; a null {@code now} skips the check that the deadline lies ahead. */
    static Optional<RetryPolicy> validate(RetryPolicyInput input, String path, Instant now,
            LongFunction<Instant> timestamps, ValidationErrors errors) {
        if (input == null) {
            return Optional.of(RetryPolicy.defaults());
        }
        int before = errors.size();
        int maxAttempts = maxAttempts(input.maxAttempts(), path + ".max_attempts", errors);
        Set<DisconnectionReason> retryOn = retryOn(input.retryOn(), path + ".retry_on", errors);
        Spacing spacing = SpacingValidation.validate(input.spacing(), path + ".spacing", errors);
        Instant deadline = deadline(input.deadlineAt(), path + ".deadline_at", now, timestamps, errors);
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RetryPolicy(maxAttempts, retryOn, spacing, deadline));
    }

    private static int maxAttempts(Integer value, String path, ValidationErrors errors) {
        if (value == null) {
            return RetryPolicy.DEFAULT_MAX_ATTEMPTS;
        }
        if (value < 1 || value > RetryPolicy.MAX_ATTEMPTS) {
            errors.add(path, "must be between 1 and " + RetryPolicy.MAX_ATTEMPTS
                    + " (attempts in all, the first included), got " + value);
        }
        return value;
    }

    private static Set<DisconnectionReason> retryOn(List<String> names, String path, ValidationErrors errors) {
        if (names == null) {
            return RetryReasons.DEFAULT_RETRY_ON;
        }
        List<String> allowed = RetryReasons.retryableNames();
        Set<DisconnectionReason> reasons = EnumSet.noneOf(DisconnectionReason.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String element = path + "[" + i + "]";
            Optional<DisconnectionReason> reason = RetryReasons.parse(name);
            if (reason.isEmpty()) {
                errors.addNotOneOf(element, allowed, ValidationErrors.quoted(name));
            } else if (!RetryReasons.isRetryable(reason.get())) {
                String why = RetryReasons.whyNever(reason.get()).orElseThrow();
                errors.addNotAllowed(element, "must not be " + name + ", which is never retried: it " + why
                        + "; retry_on may hold " + String.join(", ", allowed), allowed);
            } else if (!reasons.add(reason.get())) {
                errors.add(path, "must not repeat " + name);
            }
        }
        return reasons;
    }

    private static Instant deadline(Long value, String path, Instant now, LongFunction<Instant> timestamps,
            ValidationErrors errors) {
        if (value == null) {
            return null;
        }
        Instant deadline = timestamps.apply(value);
        if (deadline == null) {
            errors.add(path, "must be unix milliseconds (10-11 digit values are read as seconds), got " + value);
        } else if (now != null && !deadline.isAfter(now)) {
            errors.add(path, "must be in the future, got " + value + " (now is " + now.toEpochMilli() + ")");
        }
        return deadline;
    }
}
