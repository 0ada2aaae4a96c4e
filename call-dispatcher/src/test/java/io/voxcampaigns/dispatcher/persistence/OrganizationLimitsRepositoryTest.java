package io.voxcampaigns.dispatcher.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.dispatcher.persistence.OrganizationLimits.FrequencyCap;
import io.voxcampaigns.testing.support.RealInfra;

/** What a dispatch round reads inside its own transaction: the organisation's limits, as last replaced. */
@QuarkusTest
@RealInfra(database = "dispatcher")
class OrganizationLimitsRepositoryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant AT = Instant.parse("2026-12-04T09:30:00.123Z");

    @Inject
    Pool pool;

    @Inject
    OrganizationLimitsRepository limits;

    private final String org = UUID.randomUUID().toString();

    @Test
    void anOrganisationThatNeverSetLimitsHasNone() {
        assertThat(read(org)).isEqualTo(OrganizationLimits.NONE);
    }

    @Test
    void aTransactionReadsTheLimitsLastReplacedWithTheCapPeriodAsADuration() {
        OrganizationLimits set = new OrganizationLimits(40, 4, 2.5, 0.2,
                new FrequencyCap(7, Duration.ofDays(7)), null);
        pool.withTransaction(connection -> limits.replace(connection, org, set, AT)).await().atMost(WAIT);

        OrganizationLimits read = read(org);

        assertThat(read).isEqualTo(new OrganizationLimits(40, 4, 2.5, 0.2, new FrequencyCap(7, Duration.ofHours(168)),
                AT));
    }

    @Test
    void aReplacementRemovesWhatItDoesNotSet() {
        pool.withTransaction(connection -> limits.replace(connection, org,
                new OrganizationLimits(40, 4, 2.5, 0.2, new FrequencyCap(7, Duration.ofDays(7)), null), AT))
                .await().atMost(WAIT);
        Instant later = AT.plusSeconds(60);

        OrganizationLimits answered = pool.withTransaction(connection -> limits.replace(connection, org,
                new OrganizationLimits(null, 0, null, 1.0, null, null), later)).await().atMost(WAIT);

        assertThat(answered).isEqualTo(new OrganizationLimits(null, 0, null, 1.0, null, later));
        assertThat(read(org)).isEqualTo(answered);
    }

    @Test
    void theTableRefusesAReserveThatIsNotBelowThePool() {
        assertThatThrownBy(() -> pool.withTransaction(connection -> limits.replace(connection, org,
                new OrganizationLimits(5, 5, null, null, null, null), AT)).await().atMost(WAIT))
                .hasMessageContaining("organization_limits");
        assertThat(read(org)).isEqualTo(OrganizationLimits.NONE);
    }

    @Test
    void theTableRefusesHalfAFrequencyCap() {
        assertThatThrownBy(() -> pool.preparedQuery("""
                insert into organization_limits (organization_id, frequency_cap_attempts, updated_at)
                values ($1, 7, now())""").execute(Tuple.of(org)).await().atMost(WAIT))
                .hasMessageContaining("organization_limits");
    }

    private OrganizationLimits read(String organizationId) {
        return pool.withTransaction(connection -> limits.read(connection, organizationId)).await().atMost(WAIT);
    }
}
