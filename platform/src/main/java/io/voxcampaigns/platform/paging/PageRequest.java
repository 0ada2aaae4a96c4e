package io.voxcampaigns.platform.paging;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import io.voxcampaigns.platform.error.ValidationErrors;

/** Validated list parameters: {@code limit} 1-100 (default 50), {@code cursor}, {@code sort_order} asc|desc. */
public record PageRequest(int limit, Cursor after, SortOrder order) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    /** Reads the list parameters of an endpoint without filters; 400 for any invalid or unknown parameter. */
    public static PageRequest from(UriInfo uri) {
        ValidationErrors errors = new ValidationErrors();
        PageRequest request = from(uri, errors);
        errors.throwIfAny();
        return request;
    }

    /**
     * Reads limit, cursor and sort_order from the request's query, refusing (400) any parameter that is neither
     * one of them nor one of the endpoint's {@code filters}; adds a field error for each invalid value.
     */
    public static PageRequest from(UriInfo uri, ValidationErrors errors, String... filters) {
        Set<String> allowed = new HashSet<>(Set.of("limit", "cursor", "sort_order"));
        allowed.addAll(Arrays.asList(filters));
        QueryParameters.allowOnly(uri, allowed);
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        return parse(query.getFirst("limit"), query.getFirst("cursor"), query.getFirst("sort_order"), errors);
    }

    /** Parses the raw query values, adding a field error for each invalid one. */
    public static PageRequest parse(String limit, String cursor, String sortOrder, ValidationErrors errors) {
        int parsedLimit = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                parsedLimit = Integer.parseInt(limit);
                if (parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
                    errors.add("limit", "must be between 1 and " + MAX_LIMIT);
                }
            } catch (NumberFormatException e) {
                errors.add("limit", "must be an integer between 1 and " + MAX_LIMIT);
            }
        }
        Cursor after = null;
        if (cursor != null && !cursor.isEmpty()) {
            after = Cursor.decode(cursor);
            if (after == null) {
                errors.add("cursor", "not a cursor from a previous response's next_cursor");
            }
        }
        SortOrder order = SortOrder.parse(sortOrder);
        if (order == null) {
            errors.addNotAllowed("sort_order", "must be 'asc' or 'desc'", List.of("asc", "desc"));
        }
        return new PageRequest(parsedLimit, after, order == null ? SortOrder.DESC : order);
    }

    /**
     * Builds the page from up to {@code limit + 1} rows fetched in order after the cursor: the extra row only
     * tells that another page exists.
     */
    public <R, T> Page<T> page(List<R> rows, long totalCount, Function<R, T> mapper,
                               ToLongFunction<R> createdAtMillis, Function<R, UUID> id) {
        boolean more = rows.size() > limit;
        List<R> shown = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            R last = shown.get(shown.size() - 1);
            next = new Cursor(createdAtMillis.applyAsLong(last), id.apply(last)).encode();
        }
        return new Page<>(shown.stream().map(mapper).toList(), totalCount, next);
    }
}
