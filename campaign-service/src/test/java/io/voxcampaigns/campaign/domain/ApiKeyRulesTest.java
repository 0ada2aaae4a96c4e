package io.voxcampaigns.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.platform.auth.ApiKeyClaims;

/** The name, scope and expiry rules of a new API key. */
class ApiKeyRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void theScopesAreThoseTheServicesCheck() {
        assertThat(ApiKeyRules.SCOPES).containsExactly(ApiKeyClaims.SCOPE_AGENTS, ApiKeyClaims.SCOPE_CAMPAIGNS,
                ApiKeyClaims.SCOPE_CALLS, ApiKeyClaims.SCOPE_ADMIN);
    }

    @Test
    void aNameHasOneToAHundredCharactersNotAllBlank() {
        assertThat(ApiKeyRules.nameProblem("a")).isNull();
        assertThat(ApiKeyRules.nameProblem("x".repeat(100))).isNull();
        assertThat(ApiKeyRules.nameProblem("x".repeat(101))).contains("101");
        assertThat(ApiKeyRules.nameProblem("")).isNotNull();
        assertThat(ApiKeyRules.nameProblem("  ")).isNotNull();
        assertThat(ApiKeyRules.nameProblem(null)).isEqualTo("is required");
    }

    @Test
    void anExpiryLiesAfterNowAndAtMostFiveCalendarYearsAhead() {
        long fiveYears = NOW.atOffset(ZoneOffset.UTC).plusYears(5).toInstant().toEpochMilli();
        assertThat(ApiKeyRules.expiryProblem(null, NOW)).isNull();
        assertThat(ApiKeyRules.expiryProblem(NOW.toEpochMilli() + 1, NOW)).isNull();
        assertThat(ApiKeyRules.expiryProblem(fiveYears, NOW)).isNull();
        assertThat(ApiKeyRules.expiryProblem(fiveYears + 1, NOW)).contains("5 years");
        assertThat(ApiKeyRules.expiryProblem(NOW.toEpochMilli(), NOW)).contains("future");
        assertThat(ApiKeyRules.expiryProblem(NOW.getEpochSecond() + 60, NOW)).as("seconds").isNull();
        assertThat(ApiKeyRules.expiryProblem(42L, NOW)).contains("unix milliseconds");
    }
}
