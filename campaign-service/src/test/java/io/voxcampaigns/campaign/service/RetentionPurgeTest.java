package io.voxcampaigns.campaign.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.testing.support.RealInfra;

/**
 * The retention purge deletes audit events older than vox.retention.audit-events (ten years in tests) and
 * suppressions expired longer than vox.retention.expired-suppressions (720 h) ago, in batches, and nothing else.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class RetentionPurgeTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    RetentionPurge purge;

    @Test
    void onlyWhatIsPastItsRetentionGoes() {
        String org = UUID.randomUUID().toString();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant elevenYearsAgo = now.minus(Duration.ofDays(11 * 365));
        for (int i = 0; i < 25; i++) {
            auditEvent(org, elevenYearsAgo.plusSeconds(i));
        }
        UUID kept = auditEvent(org, now.minus(Duration.ofDays(9 * 365)));
        suppression(org, "01000000001", now.minus(Duration.ofDays(31)));
        suppression(org, "01000000002", now.minus(Duration.ofDays(29)));
        suppression(org, "01000000003", null);

        RetentionPurge.Purged purged = purge.purge(now).await().atMost(WAIT);

        assertThat(purged.auditEvents()).isGreaterThanOrEqualTo(25);
        assertThat(strings("select event_id::text as v from audit_event where organization_id = $1", org))
                .containsExactly(kept.toString());
        assertThat(purged.suppressions()).isGreaterThanOrEqualTo(1);
        assertThat(strings("select number as v from suppression where organization_id = $1 order by number", org))
                .containsExactly("01000000002", "01000000003");
        assertThat(purge.purge(now).await().atMost(WAIT).auditEvents()).as("nothing left to purge").isZero();
    }

    private UUID auditEvent(String org, Instant at) {
        UUID id = UUID.randomUUID();
        pool.preparedQuery("""
                insert into audit_event (event_id, organization_id, api_key_id, occurred_at, service, method, path,
                                         resource_type, action, changed_fields, outcome)
                values ($1, $2, 'key-1', $3, 'campaign-service', 'POST', '/v3/campaigns', 'campaign', 'create', '',
                        'succeeded')""")
                .execute(Tuple.of(id, org, at.atOffset(ZoneOffset.UTC))).await().atMost(WAIT);
        return id;
    }

    private void suppression(String org, String number, Instant expiresAt) {
        pool.preparedQuery("""
                insert into suppression (organization_id, number, source, expires_at, created_at, updated_at)
                values ($1, $2, 'api', $3, now(), now())""")
                .execute(Tuple.of(org, number, expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC)))
                .await().atMost(WAIT);
    }

    private List<String> strings(String sql, String org) {
        return pool.preparedQuery(sql).execute(Tuple.of(org)).await().atMost(WAIT).stream()
                .map((Row row) -> row.getString("v")).toList();
    }
}
