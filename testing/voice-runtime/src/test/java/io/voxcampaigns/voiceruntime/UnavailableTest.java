package io.voxcampaigns.voiceruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An outage of the runtime: every /v3/calls request is a 503 and nothing is created, then service resumes. */
class UnavailableTest {

    private final VoiceRuntimeStub stub = VoiceRuntimeStub.builder().behaviour(Quick.always(Outcome.BUSY)).start();
    private final StubClient client = new StubClient(stub, null);

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void duringTheWindowEveryRequestIsA503WithRetryAfterAndNothingIsCreated() throws InterruptedException {
        String earlier = client.create("before", StubClient.callBody("01000000001", "camp", "t0")).body().path("id")
                .asText();
        stub.controls().unavailableFor(Duration.ofMillis(700), Duration.ofSeconds(2));

        StubClient.Response refused = client.create("k1", StubClient.callBody("01000000002", "camp", "t1"));
        StubClient.Response lookup = client.get("/v3/calls/" + earlier);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.retryAfter()).isEqualTo("2");
        assertThat(refused.body().path("error").path("code").asText()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(lookup.status()).isEqualTo(503);
        CampaignReport during = stub.record().campaign("camp");
        assertThat(during.dials()).isEqualTo(1);
        assertThat(during.refused()).isEqualTo(1);
        assertThat(during.tasks()).containsOnlyKeys("t0");

        Thread.sleep(800);
        StubClient.Response after = client.create("k1", StubClient.callBody("01000000002", "camp", "t1"));
        assertThat(after.status()).as("the same key after the outage creates the call").isEqualTo(201);
        assertThat(stub.record().campaign("camp").dials()).isEqualTo(2);
    }
}
