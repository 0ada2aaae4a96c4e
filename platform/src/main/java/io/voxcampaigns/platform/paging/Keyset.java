package io.voxcampaigns.platform.paging;

import java.time.Instant;

import io.quarkus.panache.common.Parameters;

/**
 * The HQL pieces of a keyset page over an entity with {@code createdAt} (Instant, stored at millisecond
 * precision) and {@code id} (UUID) fields: the condition after the cursor and the matching order.
 */
public final class Keyset {

    private Keyset() {
    }

    /** " and (...)" restricting to rows after the cursor, or "" on the first page. */
    public static String after(PageRequest request) {
        if (request.after() == null) {
            return "";
        }
        return request.order() == SortOrder.ASC
                ? " and (createdAt > :cursorAt or (createdAt = :cursorAt and id > :cursorId))"
                : " and (createdAt < :cursorAt or (createdAt = :cursorAt and id < :cursorId))";
    }

    public static String orderBy(PageRequest request) {
        return request.order() == SortOrder.ASC ? " order by createdAt asc, id asc" : " order by createdAt desc, id desc";
    }

    /** Adds the cursor parameters that {@link #after(PageRequest)} refers to. */
    public static Parameters bind(PageRequest request, Parameters params) {
        if (request.after() != null) {
            params.and("cursorAt", Instant.ofEpochMilli(request.after().createdAtMillis()))
                    .and("cursorId", request.after().id());
        }
        return params;
    }
}
