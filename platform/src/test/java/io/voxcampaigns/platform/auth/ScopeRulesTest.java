package io.voxcampaigns.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which scope an operation needs: the first rule whose method and path prefix (segment by segment) match. */
class ScopeRulesTest {

    private static final ScopeRules RULES = ScopeRules.parse(List.of(
            "GET /v3/organization-telephone-numbers campaigns",
            "* /v3/organization-telephone-numbers admin",
            "* /v3/campaigns campaigns"));

    @Test
    void theFirstMatchingRuleWins() {
        assertThat(RULES.required("GET", "/v3/organization-telephone-numbers/{id}")).contains("campaigns");
        assertThat(RULES.required("get", "/v3/organization-telephone-numbers")).contains("campaigns");
        assertThat(RULES.required("POST", "/v3/organization-telephone-numbers/7/approve")).contains("admin");
        assertThat(RULES.required("PATCH", "/v3/campaigns/{id}")).contains("campaigns");
    }

    @Test
    void aPrefixMatchesWholeSegmentsOnly() {
        assertThat(RULES.required("GET", "/v3/campaigns-archive")).isEmpty();
        assertThat(RULES.required("GET", "/v3/calls")).isEmpty();
    }

    @Test
    void aRuleThatIsNotMethodPathScopeIsRefusedNamingIt() {
        assertThatThrownBy(() -> ScopeRules.parse(List.of("GET /v3/calls")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'GET /v3/calls'");
        assertThatThrownBy(() -> ScopeRules.parse(List.of("GET /v3/calls/ calls")))
                .hasMessageContaining("trailing slash");
        assertThatThrownBy(() -> ScopeRules.parse(List.of("GET v3/calls calls")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
