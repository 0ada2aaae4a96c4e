package io.voxcampaigns.voiceruntime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The admin API under /_stub: behaviour read and merge-patched, outages, the record as JSON. */
class AdminApiTest {

    private final VoiceRuntimeStub stub = VoiceRuntimeStub.builder().apiKey("key")
            .behaviour(Quick.always(Outcome.BUSY)).start();
    private final StubClient client = new StubClient(stub, "key");

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void aChangeReplacesTheFieldsItNamesAndKeepsTheOthers() {
        StubClient.Response changed = client.post("/_stub/behaviour", """
                {"ring_ms": {"min": 10, "max": 400}, "outcome_weights": {"voicemail": 3},
                 "script": {"01000000001": ["busy", "connected"]}, "create_delay_ms": 1500,
                 "early_failures": {"share": 0.25}, "webhook_copies": {"min": 2, "max": 3},
                 "out_of_order_share": 0.5, "echo_metadata": false}""");

        assertThat(changed.status()).isEqualTo(200);
        Behaviour behaviour = stub.controls().current();
        assertThat(behaviour.timing().ringMax().toMillis()).isEqualTo(400);
        assertThat(behaviour.timing().talkMax()).as("unchanged").isEqualTo(Quick.always(Outcome.BUSY).timing().talkMax());
        assertThat(behaviour.outcomes().weights()).containsOnlyKeys(Outcome.VOICEMAIL);
        assertThat(behaviour.outcomes().script().get("01000000001"))
                .containsExactly(Outcome.BUSY, Outcome.USER_HANGUP);
        assertThat(behaviour.faults().createDelay().toMillis()).isEqualTo(1500);
        assertThat(behaviour.faults().earlyFailures().share()).isEqualTo(0.25);
        assertThat(behaviour.faults().maxWebhookCopies()).isEqualTo(3);
        assertThat(behaviour.faults().echoMetadata()).isFalse();
        assertThat(client.get("/_stub/behaviour").body()).isEqualTo(changed.body());

        client.post("/_stub/reset", "{}");
        assertThat(stub.controls().current()).isEqualTo(Quick.always(Outcome.BUSY));
    }

    @Test
    void anInvalidChangeIsA400AndChangesNothing() {
        Behaviour before = stub.controls().current();

        StubClient.Response unknownField = client.post("/_stub/behaviour", "{\"ring\": 5}");
        StubClient.Response partialRange = client.post("/_stub/behaviour", "{\"ring_ms\": {\"max\": 5}}");
        StubClient.Response badRange = client.post("/_stub/behaviour", "{\"talk_ms\": {\"min\": 50, \"max\": 10}}");
        StubClient.Response badOutcome = client.post("/_stub/behaviour", "{\"script\": {\"0101\": [\"maybe\"]}}");

        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(partialRange.status()).isEqualTo(400);
        assertThat(badRange.status()).isEqualTo(400);
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badRange.body().path("error").path("message").asText()).contains("talk range");
        assertThat(stub.controls().current()).isEqualTo(before);
    }

    @Test
    void anOutageStartedThroughTheApiRefusesCalls() {
        assertThat(client.post("/_stub/unavailable", "{\"for_ms\": 60000, \"retry_after_s\": 3}").status())
                .isEqualTo(200);

        StubClient.Response refused = client.create("k", StubClient.callBody("01000000001", "camp", "t"));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.retryAfter()).isEqualTo("3");
    }

    @Test
    void theRecordIsServedAsJsonPerCampaign() {
        client.create("k1", StubClient.callBody("01000000001", "camp", "t1"));
        client.create("k1", StubClient.callBody("01000000001", "camp", "t1"));

        JsonNode record = client.get("/_stub/record?campaign_id=camp").body();
        JsonNode all = client.get("/_stub/record").body();

        assertThat(record.path("campaign_id").asText()).isEqualTo("camp");
        assertThat(record.path("dials").asInt()).isEqualTo(1);
        assertThat(record.path("replays").asInt()).isEqualTo(1);
        assertThat(record.path("most_live").asInt()).isEqualTo(1);
        assertThat(record.path("tasks").path("t1").get(0).path("to_number").asText()).isEqualTo("01000000001");
        assertThat(record.path("attempts").path("k1").path("creations").asInt()).isEqualTo(1);
        assertThat(record.path("webhooks").has("given_up")).isTrue();
        assertThat(all.path("campaigns")).hasSize(1);
    }
}
