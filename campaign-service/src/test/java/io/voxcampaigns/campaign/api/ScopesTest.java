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
 * Issue 17 item 1: every operation of this service's OpenAPI document names the scope its key needs, refuses a key
 * with every other scope (403 naming the missing one) and lets a key with that scope alone past authorisation.
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
        assertThat(result.operations()).as("operations walked").isNotEmpty();
    }
}
