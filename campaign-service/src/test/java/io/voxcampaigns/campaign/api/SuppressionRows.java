package io.voxcampaigns.campaign.api;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Counts what the service stored for one organisation's suppression list, read from the database itself. */
final class SuppressionRows {

    private final Pool pool;
    private final String org;

    SuppressionRows(Pool pool, String org) {
        this.pool = pool;
        this.org = org;
    }

    /** The organisation's suppression rows, expired ones included. */
    long rows() {
        return count("select count(*) as n from suppression where organization_id = $1");
    }

    /** The organisation's SuppressionsChanged records in the outbox (its audit events share the key). */
    long outboxRows() {
        return count("select count(*) as n from outbox_event where record_key = $1 and topic = 'suppression.events'");
    }

    private long count(String sql) {
        return pool.preparedQuery(sql).execute(Tuple.of(org)).await().indefinitely().iterator().next().getLong("n");
    }
}
