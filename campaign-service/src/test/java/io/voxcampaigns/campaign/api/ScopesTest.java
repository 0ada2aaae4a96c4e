package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.ScopeWalk;

/**
 * Issue 17 item 1: every operation of this service's OpenAPI document names the scope its key needs; with a key of
 * every combination of scopes, it refuses those without it (403 naming the missing scope) and lets the others past
 * authorisation.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class ScopesTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyOperationNeedsItsScopeAndOnlyIt() {
        ScopeWalk.Result result = ScopeWalk.walk(base, UUID.randomUUID().toString());

        assertThat(result.failures()).isEmpty();
        assertThat(result.operations()).as("operations walked, with the scope of the API docs' table").contains(
                "GET /v3/organization-telephone-numbers: campaigns",
                "POST /v3/organization-telephone-numbers: admin", "POST /v3/suppressions/import: admin",
                "GET /v3/suppressions: admin", "POST /v3/campaigns: campaigns", "GET /v3/campaigns: campaigns");
    }
}
