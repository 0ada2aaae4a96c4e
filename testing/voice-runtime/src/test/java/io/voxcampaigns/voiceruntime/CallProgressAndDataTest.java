package io.voxcampaigns.voiceruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.voiceruntime.WebhookReceiver.Received;

/** A call's progress (call_ringing, call_started) and its data (transcript, recording, analysis, cost, opt-out). */
class CallProgressAndDataTest {

    @Test
    void aConnectedCallRingsConnectsEndsAndIsAnalysed() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             VoiceRuntimeStub stub = VoiceRuntimeStub.builder().webhookUrl(receiver.url())
                     .behaviour(Quick.always(Outcome.USER_HANGUP)).start()) {
            stub.controls().ringingWebhooks(true);
            StubClient client = new StubClient(stub, null);
            String id = client.create("k", StubClient.callBody("01000000001", "camp", "t")).body().path("id").asText();

            List<Received> all = receiver.await(w -> true, 4, Duration.ofSeconds(5));

            // sent in this order, but delivered concurrently (up to 32 in flight): they may arrive in another
            assertThat(all).extracting(Received::event).containsExactlyInAnyOrder(CallJson.CALL_RINGING,
                    CallJson.CALL_STARTED, CallJson.CALL_ENDED, CallJson.CALL_ANALYZED);
            JsonNode ringing = event(all, CallJson.CALL_RINGING);
            assertThat(ringing.path("call_status").asText()).isEqualTo("ringing");
            assertThat(ringing.path("occurred_at").asLong()).isPositive();
            assertThat(ringing.path("start_at").isNull()).isTrue();
            JsonNode ended = event(all, CallJson.CALL_ENDED);
            assertThat(ended.path("opt_out_sensitive_data_storage").asBoolean()).isFalse();
            assertThat(ended.path("transcript")).hasSize(2);
            assertThat(ended.path("transcript").get(0).path("role").asText()).isEqualTo("agent");
            assertThat(ended.path("recording_url").asText()).isEqualTo(CallJson.RECORDINGS + id + ".wav");
            JsonNode analyzed = event(all, CallJson.CALL_ANALYZED);
            assertThat(analyzed.path("call_analysis").path("user_sentiment").asText()).isEqualTo("positive");
            assertThat(analyzed.path("call_cost").path("total_cost").asText()).matches("\\d+\\.00");

            JsonNode call = client.get("/v3/calls/" + id).body();
            assertThat(call.path("status").asText()).isEqualTo("ended");
            assertThat(call.path("transcript")).hasSize(2);
            assertThat(call.path("recording_url").asText()).endsWith(id + ".wav");
            assertThat(call.path("call_analysis").path("summary").asText()).isNotBlank();
            assertThat(call.path("call_cost").path("total_cost").asText()).isNotBlank();
        }
    }

    @Test
    void withoutRingingWebhooksAnUnansweredCallSendsOnlyCallEnded() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             VoiceRuntimeStub stub = VoiceRuntimeStub.builder().webhookUrl(receiver.url())
                     .behaviour(Quick.always(Outcome.NO_ANSWER)).start()) {
            StubClient client = new StubClient(stub, null);
            String id = client.create("k", StubClient.callBody("01000000001", "camp", "t")).body().path("id").asText();

            assertThat(receiver.await(w -> true, 1, Duration.ofSeconds(5))).singleElement().satisfies(w -> {
                assertThat(w.event()).isEqualTo(CallJson.CALL_ENDED);
                assertThat(w.body().path("call").path("transcript")).isEmpty();
                assertThat(w.body().path("call").path("recording_url").isNull()).isTrue();
            });
            JsonNode call = client.get("/v3/calls/" + id).body();
            assertThat(call.path("call_cost").isNull()).as("vox: null for not_connected calls").isTrue();
            assertThat(call.path("call_analysis").isNull()).isTrue();
        }
    }

    @Test
    void anAgentThatOptedOutGetsNoTranscriptRecordingOrAnalysis() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             VoiceRuntimeStub stub = VoiceRuntimeStub.builder().webhookUrl(receiver.url())
                     .behaviour(Quick.always(Outcome.USER_HANGUP)).start()) {
            stub.controls().optOutAgents("agent-1");
            StubClient client = new StubClient(stub, null);
            String id = client.create("k", StubClient.callBody("01000000001", "camp", "t")).body().path("id").asText();

            List<Received> all = receiver.await(w -> true, 3, Duration.ofSeconds(5));

            assertThat(all).allSatisfy(w -> assertThat(w.body().path("call").path("opt_out_sensitive_data_storage")
                    .asBoolean()).isTrue());
            JsonNode ended = event(all, CallJson.CALL_ENDED);
            assertThat(ended.path("transcript").isNull()).isTrue();
            assertThat(ended.path("recording_url").isNull()).isTrue();
            JsonNode call = client.get("/v3/calls/" + id).body();
            assertThat(call.path("opt_out_sensitive_data_storage").asBoolean()).isTrue();
            assertThat(call.path("transcript").isNull()).isTrue();
            assertThat(call.path("call_analysis").isNull()).isTrue();
            assertThat(call.path("call_cost").path("total_cost").asText()).as("the cost is not sensitive").isNotBlank();
        }
    }

    @Test
    void aRefusingRecipientsAnalysisSaysOptOutAndOnlyTheirs() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             VoiceRuntimeStub stub = VoiceRuntimeStub.builder().webhookUrl(receiver.url())
                     .behaviour(Quick.always(Outcome.USER_HANGUP)).start()) {
            stub.controls().refusingRecipients("01000000001");
            StubClient client = new StubClient(stub, null);
            String refusing = client.create("k1", StubClient.callBody("01000000001", "camp", "t1")).body().path("id")
                    .asText();
            String other = client.create("k2", StubClient.callBody("01000000002", "camp", "t2")).body().path("id")
                    .asText();

            receiver.await(w -> true, 6, Duration.ofSeconds(5));

            JsonNode refused = client.get("/v3/calls/" + refusing).body().path("call_analysis")
                    .path("custom_analysis_data");
            assertThat(refused).hasSize(1);
            assertThat(refused.get(0).path("name").asText()).isEqualTo("opt_out");
            assertThat(refused.get(0).path("value").asBoolean()).isTrue();
            assertThat(client.get("/v3/calls/" + other).body().path("call_analysis").path("custom_analysis_data"))
                    .isEmpty();
        }
    }

    /** The call object of the one received webhook of this event. */
    private static JsonNode event(List<Received> received, String event) {
        return received.stream().filter(w -> w.event().equals(event)).findFirst().orElseThrow().body().path("call");
    }
}
