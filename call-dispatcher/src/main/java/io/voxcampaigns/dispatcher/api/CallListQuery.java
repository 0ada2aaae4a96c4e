package io.voxcampaigns.dispatcher.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import io.voxcampaigns.dispatcher.persistence.CallFilter;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.paging.ListQuery;

/** The filters of GET /v3/calls (docs/api.md "Calls"), read through the list query, each invalid value named. */
final class CallListQuery {

    /** The query parameter names besides paging. */
    static final String[] NAMES = {"agent_id", "call_type", "call_from", "call_to", "campaign_id", "status",
        "disconnection_reason", "to_number", "start_at_after", "start_at_before"};
    /** vox's call types; every call the dispatcher places is {@value #OUR_CALL_TYPE}. */
    static final List<String> CALL_TYPES = List.of("api", "inbound", "outbound", "phone", "web");
    static final String OUR_CALL_TYPE = "outbound";
    private static final List<String> STATUSES = List.of("canceled", "ended", "error", "not_connected", "ongoing",
            "queued");
    private static final List<String> REASONS = Arrays.stream(DisconnectionReason.values())
            .filter(reason -> reason != DisconnectionReason.unknown).map(Enum::name).sorted().toList();
    private static final Pattern DIGITS = Pattern.compile("\\d{1,20}");
    private static final long SMALLEST_SECONDS = 1_000_000_000L;
    private static final long SMALLEST_MILLIS = 100_000_000_000L;

    private CallListQuery() {
    }

    /** The organisation's calls the query asks for; each invalid value is added to the query's errors. */
    static CallFilter filter(String organizationId, ListQuery query) {
        List<String> callTypes = query.enums("call_type", value -> known(value, CALL_TYPES), CALL_TYPES);
        List<String> toNumbers = new ArrayList<>(numbers(query, "call_to"));
        toNumbers.addAll(numbers(query, "to_number"));
        return new CallFilter(organizationId, query.ids("campaign_id", "a campaign"), query.ids("agent_id", "an agent"),
                !callTypes.isEmpty() && !callTypes.contains(OUR_CALL_TYPE),
                query.enums("status", value -> known(value, STATUSES), STATUSES),
                query.enums("disconnection_reason", value -> known(value, REASONS), REASONS),
                numbers(query, "call_from"), toNumbers, instant(query, "start_at_after"),
                instant(query, "start_at_before"));
    }

    private static String known(String value, List<String> allowed) {
        return allowed.contains(value) ? value : null;
    }

    /** A repeatable number filter: digits only, as the numbers are stored. */
    private static List<String> numbers(ListQuery query, String name) {
        List<String> values = query.values(name);
        for (String value : values) {
            if (!DIGITS.matcher(value).matches()) {
                query.errors().add(name, "must be the number's digits only, without hyphens or +82: " + value);
            }
        }
        return values;
    }

    /** Unix milliseconds; a 10-11 digit value is unix seconds. An empty value is invalid, not absent. */
    private static Instant instant(ListQuery query, String name) {
        List<String> values = query.values(name);
        if (values.isEmpty()) {
            return null;
        }
        ValidationErrors errors = query.errors();
        try {
            long number = Long.parseLong(values.get(0));
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
