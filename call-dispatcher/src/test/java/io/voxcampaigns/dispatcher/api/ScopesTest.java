package io.voxcampaigns.dispatcher.api;

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
@RealInfra(database = "dispatcher")
class ScopesTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyOperationNeedsItsScopeAndOnlyIt() {
        ScopeWalk.Result result = ScopeWalk.walk(base, UUID.randomUUID().toString());

        assertThat(result.failures()).isEmpty();
        assertThat(result.operations()).as("operations walked, with the scope of the API docs' table").contains(
                "GET /v3/calls: calls", "GET /v3/organization-limits: admin",
                "PUT /v3/organization-limits: admin");
    }
}
