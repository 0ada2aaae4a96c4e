package io.voxcampaigns.dispatcher.persistence;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.dispatcher.persistence.OrganizationLimits.FrequencyCap;

/**
 * Reads and replaces an organisation's limits (table organization_limits), on the caller's connection, so a dispatch
 * round reads them inside its own transaction. Nothing is cached: a replacement applies from the next read.
 */
@ApplicationScoped
public class OrganizationLimitsRepository {

    private static final String COLUMNS = """
            max_concurrent_calls, inbound_reserve, max_calls_per_second, number_max_calls_per_second,
            frequency_cap_attempts, frequency_cap_period_seconds, updated_at""";
    private static final String READ = "select " + COLUMNS + " from organization_limits where organization_id = $1";
    private static final String REPLACE = """
            insert into organization_limits (organization_id, %1$s)
            values ($1, $2, $3, $4, $5, $6, $7, $8)
            on conflict (organization_id) do update set
                max_concurrent_calls = excluded.max_concurrent_calls,
                inbound_reserve = excluded.inbound_reserve,
                max_calls_per_second = excluded.max_calls_per_second,
                number_max_calls_per_second = excluded.number_max_calls_per_second,
                frequency_cap_attempts = excluded.frequency_cap_attempts,
                frequency_cap_period_seconds = excluded.frequency_cap_period_seconds,
                updated_at = excluded.updated_at
            returning %1$s
            """.formatted(COLUMNS);

    /** The organisation's limits; {@link OrganizationLimits#NONE} when it never set any. */
    public Uni<OrganizationLimits> read(SqlConnection connection, String organizationId) {
        return connection.preparedQuery(READ).execute(Tuple.of(organizationId)).map(OrganizationLimitsRepository::first);
    }

    /** Replaces all the organisation's limits with {@code limits}, set at {@code at}; answers them as stored. */
    public Uni<OrganizationLimits> replace(SqlConnection connection, String organizationId, OrganizationLimits limits,
                                           Instant at) {
        FrequencyCap cap = limits.frequencyCap();
        Tuple values = Tuple.tuple().addString(organizationId)
                .addInteger(limits.maxConcurrentCalls())
                .addInteger(limits.inboundReserve())
                .addDouble(limits.maxCallsPerSecond())
                .addDouble(limits.numberMaxCallsPerSecond())
                .addInteger(cap == null ? null : cap.maxAttempts())
                .addLong(cap == null ? null : cap.period().toSeconds())
                .addOffsetDateTime(SqlTime.of(at));
        return connection.preparedQuery(REPLACE).execute(values).map(OrganizationLimitsRepository::first);
    }

    private static OrganizationLimits first(RowSet<Row> rows) {
        return rows.size() == 0 ? OrganizationLimits.NONE : limits(rows.iterator().next());
    }

    private static OrganizationLimits limits(Row row) {
        Long periodSeconds = row.getLong("frequency_cap_period_seconds");
        FrequencyCap cap = periodSeconds == null ? null
                : new FrequencyCap(row.getInteger("frequency_cap_attempts"), Duration.ofSeconds(periodSeconds));
        return new OrganizationLimits(row.getInteger("max_concurrent_calls"), row.getInteger("inbound_reserve"),
                row.getDouble("max_calls_per_second"), row.getDouble("number_max_calls_per_second"), cap,
                SqlTime.instant(row.getOffsetDateTime("updated_at")));
    }
}
