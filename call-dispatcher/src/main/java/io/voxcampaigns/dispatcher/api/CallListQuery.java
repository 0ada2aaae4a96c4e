package io.voxcampaigns.dispatcher.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;

import io.voxcampaigns.dispatcher.persistence.CallFilter;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.platform.error.ValidationErrors;

/** Reads the filters of GET /v3/calls (API.md "Calls") from the query, naming each invalid parameter. */
final class CallListQuery {

    /** The query parameter names besides paging. */
    static final String[] NAMES = {"campaign_id", "status", "disconnection_reason", "to_number", "start_at_after",
        "start_at_before"};
    private static final Set<String> STATUSES = Set.of("queued", "ongoing", "ended", "error", "canceled",
            "not_connected");
    private static final Set<String> REASONS = Arrays.stream(DisconnectionReason.values())
            .filter(reason -> reason != DisconnectionReason.unknown).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");
    private static final long SMALLEST_SECONDS = 1_000_000_000L;
    private static final long SMALLEST_MILLIS = 100_000_000_000L;

    private CallListQuery() {
    }

    /** Reads the filters, adding a field error for each invalid value. */
    static CallFilter from(String organizationId, MultivaluedMap<String, String> query, ValidationErrors errors) {
        List<UUID> campaigns = new ArrayList<>();
        for (String value : values(query, "campaign_id")) {
            try {
                campaigns.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                errors.add("campaign_id", "not a campaign id (UUID): " + value);
            }
        }
        return new CallFilter(organizationId, campaigns,
                oneOf(query, "status", STATUSES, errors), oneOf(query, "disconnection_reason", REASONS, errors),
                numbers(query, errors), instant(query, "start_at_after", errors),
                instant(query, "start_at_before", errors));
    }

    private static List<String> values(MultivaluedMap<String, String> query, String name) {
        List<String> values = query.get(name);
        return values == null ? List.of() : values;
    }

    private static List<String> oneOf(MultivaluedMap<String, String> query, String name, Set<String> allowed,
                                      ValidationErrors errors) {
        List<String> values = values(query, name);
        for (String value : values) {
            if (!allowed.contains(value)) {
                errors.add(name, "unknown value '" + value + "'; allowed: " + String.join(", ", allowed.stream()
                        .sorted().toList()));
            }
        }
        return values;
    }

    private static List<String> numbers(MultivaluedMap<String, String> query, ValidationErrors errors) {
        List<String> values = values(query, "to_number");
        for (String value : values) {
            if (!DIGITS.matcher(value).matches()) {
                errors.add("to_number", "must be the number's digits only, without hyphens or +82: " + value);
            }
        }
        return values;
    }

    /** Unix milliseconds; a 10-11 digit value is unix seconds. */
    private static Instant instant(MultivaluedMap<String, String> query, String name, ValidationErrors errors) {
        String value = query.getFirst(name);
        if (value == null) {
            return null;
        }
        try {
            long number = Long.parseLong(value);
            if (number < SMALLEST_SECONDS) {
                errors.add(name, "must be unix milliseconds (or 10-11 digit unix seconds)");
                return null;
            }
            return number < SMALLEST_MILLIS ? Instant.ofEpochSecond(number) : Instant.ofEpochMilli(number);
        } catch (NumberFormatException e) {
            errors.add(name, "must be an integer (unix milliseconds)");
            return null;
        }
    }
}
