package io.voxcampaigns.platform.paging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import io.voxcampaigns.platform.error.ValidationErrors;

/**
 * The query of a list endpoint, read in one place: the paging parameters, the endpoint's filters (anything else is
 * a 400 listing the allowed parameters), and each filter's values, every invalid one named in the same 400.
 * Read the filters first, then call {@link #validated()}.
 */
public final class ListQuery {

    private final MultivaluedMap<String, String> query;
    private final ValidationErrors errors = new ValidationErrors();
    private final PageRequest page;

    private ListQuery(UriInfo uri, String... filters) {
        this.query = uri.getQueryParameters();
        this.page = PageRequest.from(uri, errors, filters);
    }

    /** Reads the paging parameters, refusing (400) any parameter that is neither paging nor one of {@code filters}. */
    public static ListQuery of(UriInfo uri, String... filters) {
        return new ListQuery(uri, filters);
    }

    /** Every value of a filter, as sent (an empty list when absent). */
    public List<String> values(String name) {
        List<String> values = query.get(name);
        return values == null ? List.of() : values;
    }

    /** The filter's first value, or null when absent or empty. */
    public String text(String name) {
        String value = query.getFirst(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * The values of a repeatable enumeration filter; each value {@code parse} does not know (it answers null) is an
     * error naming the allowed ones.
     */
    public <E> List<E> enums(String name, Function<String, E> parse, Collection<String> allowed) {
        List<E> parsed = new ArrayList<>();
        for (String value : values(name)) {
            E item = known(name, value, parse, allowed);
            if (item != null) {
                parsed.add(item);
            }
        }
        return parsed;
    }

    /** An enumeration filter given at most once (its first value); null when absent or invalid. */
    public <E> E oneEnum(String name, Function<String, E> parse, Collection<String> allowed) {
        String value = query.getFirst(name);
        return value == null ? null : known(name, value, parse, allowed);
    }

    /** The parsed value, or null with an error naming the allowed values. */
    private <E> E known(String name, String value, Function<String, E> parse, Collection<String> allowed) {
        E item = parse.apply(value);
        if (item == null) {
            errors.addNotOneOf(name, allowed, "'" + value + "'");
        }
        return item;
    }

    /** The values of a repeatable id filter; each value that is not a UUID is an error naming what it should be. */
    public List<UUID> ids(String name, String what) {
        List<UUID> ids = new ArrayList<>();
        for (String value : values(name)) {
            try {
                ids.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                errors.add(name, "not " + what + " id (UUID): " + value);
            }
        }
        return ids;
    }

    /** Where a filter with its own rules adds its errors. */
    public ValidationErrors errors() {
        return errors;
    }

    /** The paging parameters, once every filter is read; a 400 naming every invalid parameter if any was. */
    public PageRequest validated() {
        errors.throwIfAny();
        return page;
    }
}
