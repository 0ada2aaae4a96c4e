package io.voxcampaigns.dispatcher.api;

import java.time.Duration;

import io.voxcampaigns.dispatcher.persistence.OrganizationLimits;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.schedule.CallRate;

/** The rules of PUT /v3/organization-limits: a body becomes the limits to store, or a 400 naming every bad field. */
final class OrganizationLimitsValidation {

    static final int MAX_CONCURRENT_CALLS = 10_000;
    static final int MAX_CAP_ATTEMPTS = 1_000;
    /** A year of hours. */
    static final int MAX_CAP_PERIOD_HOURS = 8_760;

    private OrganizationLimitsValidation() {
    }

    /** The limits {@code body} asks for (updated_at not set yet); a 400 naming every invalid field otherwise. */
    static OrganizationLimits validated(OrganizationLimitsBody body) {
        ValidationErrors errors = new ValidationErrors();
        if (body == null) {
            errors.add("$", "request body is required; send {} to remove every limit").throwIfAny();
        }
        Integer pool = body.maxConcurrentCalls();
        boolean poolValid = between("max_concurrent_calls", pool, 1, MAX_CONCURRENT_CALLS, errors);
        int reserve = body.inboundReserve() == null ? 0 : body.inboundReserve();
        if (poolValid) {
            reserve(reserve, pool, errors);
        }
        rate("max_calls_per_second", body.maxCallsPerSecond(), errors);
        rate("max_calls_per_second_per_number", body.maxCallsPerSecondPerNumber(), errors);
        OrganizationLimits.FrequencyCap cap = frequencyCap(body.frequencyCap(), errors);
        errors.throwIfAny();
        return new OrganizationLimits(pool, reserve, body.maxCallsPerSecond(), body.maxCallsPerSecondPerNumber(), cap,
                null);
    }

    /** The reserve is part of the (valid) pool: at least 0, below the pool, and none without a pool. */
    private static void reserve(int reserve, Integer pool, ValidationErrors errors) {
        if (reserve < 0) {
            errors.add("inbound_reserve", "must be at least 0, got " + reserve);
        } else if (pool == null && reserve > 0) {
            errors.add("inbound_reserve", "needs max_concurrent_calls: the reserve is kept free within that pool");
        } else if (pool != null && reserve >= pool) {
            errors.add("inbound_reserve", "must be less than max_concurrent_calls (" + pool + "), got " + reserve);
        }
    }

    private static void rate(String field, Double perSecond, ValidationErrors errors) {
        if (!CallRate.allowed(perSecond)) {
            errors.add(field, CallRate.rule() + ", got " + perSecond);
        }
    }

    private static OrganizationLimits.FrequencyCap frequencyCap(OrganizationLimitsFrequencyCap cap,
                                                                 ValidationErrors errors) {
        if (cap == null) {
            return null;
        }
        boolean attempts = required("frequency_cap.max_attempts", cap.maxAttempts(), 1, MAX_CAP_ATTEMPTS, errors);
        boolean period = required("frequency_cap.period_hours", cap.periodHours(), 1, MAX_CAP_PERIOD_HOURS, errors);
        return attempts && period
                ? new OrganizationLimits.FrequencyCap(cap.maxAttempts(), Duration.ofHours(cap.periodHours())) : null;
    }

    /** Whether the required {@code value} is there and within its bounds; a problem is added otherwise. */
    private static boolean required(String field, Integer value, int min, int max, ValidationErrors errors) {
        if (value == null) {
            errors.add(field, "is required: a number between " + min + " and " + max);
            return false;
        }
        return between(field, value, min, max, errors);
    }

    /** Whether the optional {@code value} is absent or within its bounds; a problem is added otherwise. */
    private static boolean between(String field, Integer value, int min, int max, ValidationErrors errors) {
        if (value != null && (value < min || value > max)) {
            errors.add(field, "must be between " + min + " and " + max + ", got " + value);
            return false;
        }
        return true;
    }
}
