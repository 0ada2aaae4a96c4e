package io.voxcampaigns.testing.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * What one organisation has stored, read as comparable values: a refused request must leave them as they were.
 * A table contributes its row count and an MD5 of its rows' text in id order (so any changed column shows); the
 * outbox contributes the number of change events whose payload names the organisation.
 */
public final class StoredFingerprint {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Pool pool;
    private final String organizationId;
    private final Map<String, String> queries = new LinkedHashMap<>();

    private StoredFingerprint(Pool pool, String organizationId) {
        this.pool = pool;
        this.organizationId = organizationId;
    }

    /** A fingerprint of {@code organizationId}'s rows, read through the service's own pool. */
    public static StoredFingerprint of(Pool pool, String organizationId) {
        return new StoredFingerprint(pool, organizationId);
    }

    /** The rows of {@code table} whose {@code organization_id} is the organisation. */
    public StoredFingerprint table(String table) {
        return rows(table, table + " t where t.organization_id = $1");
    }

    /**
     * The rows a from clause selects, {@code t} being the table whose rows count and {@code $1} the organisation,
     * e.g. {@code "agent_version t join agent a on a.id = t.agent_id where a.organization_id = $1"}.
     */
    public StoredFingerprint rows(String name, String fromClause) {
        queries.put(name, "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t.id)), '') from "
                + fromClause);
        return this;
    }

    /**
     * The outbox events of state changes whose (binary) payload contains the organisation id. A refused request's own
     * audit event (audit.events) records the refusal, no change, and is left out, as are the reports of its key's use
     * (api-key.usage).
     */
    public StoredFingerprint outboxEvents() {
        queries.put("outbox_event", "select count(*) || '' from outbox_event "
                + "where position(convert_to($1, 'UTF8') in payload) > 0 "
                + "and topic not in ('audit.events', 'api-key.usage')");
        return this;
    }

    /** Reads every part now: name -> value, in the order they were added. */
    public Map<String, String> read() {
        Map<String, String> state = new LinkedHashMap<>();
        queries.forEach((name, sql) -> state.put(name, pool.preparedQuery(sql).execute(Tuple.of(organizationId))
                .await().atMost(WAIT).iterator().next().getString(0)));
        return state;
    }
}
