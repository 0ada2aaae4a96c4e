package io.voxcampaigns.voiceruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Early failures: the call fails at once and its call_ended reaches the receiver before the 201 is answered. */
class EarlyWebhookTest {

    @Test
    void callEndedArrivesBeforeTheCreateRequestIsAnswered() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             VoiceRuntimeStub stub = VoiceRuntimeStub.builder().webhookUrl(receiver.url())
                     .behaviour(Quick.always(Outcome.USER_HANGUP)).start()) {
            stub.controls().earlyFailures(NumberSet.of("01000000001"));
            // the dispatcher cannot match the call yet: it asks for a retry
            receiver.answer(r -> new WebhookReceiver.Reply(503, 0));
            StubClient client = new StubClient(stub, null);

            StubClient.Response created = client.create("k", StubClient.callBody("01000000001", "camp", "t"));
            var seenAtAnswer = receiver.received();
            receiver.answer(r -> WebhookReceiver.Reply.ok());

            assertThat(created.status()).isEqualTo(201);
            String id = created.body().path("id").asText();
            assertThat(seenAtAnswer).isNotEmpty().allSatisfy(w -> {
                assertThat(w.event()).isEqualTo(CallJson.CALL_ENDED);
                assertThat(w.callId()).isEqualTo(id);
                assertThat(w.body().path("call").path("call_status").asText()).isIn("not_connected", "error");
                assertThat(w.body().path("call").path("disconnection_reason").asText()).isEqualTo("dial_failed");
            });
            assertThat(created.body().path("status").asText()).isIn("not_connected", "error");
            WebhookDeliveryTest.awaitSettled(stub, 1);
            CampaignReport report = stub.record().campaign("camp");
            assertThat(report.webhooks().delivered()).isEqualTo(1);
            assertThat(report.tasks().get("t")).singleElement().satisfies(d -> {
                assertThat(d.connected()).isFalse();
                assertThat(d.ended()).isTrue();
            });
        }
    }

    @Test
    void otherNumbersRingAsUsual() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             VoiceRuntimeStub stub = VoiceRuntimeStub.builder().webhookUrl(receiver.url())
                     .behaviour(Quick.always(Outcome.USER_HANGUP)).start()) {
            stub.controls().earlyFailures(NumberSet.of("01000000001"));

            StubClient.Response created = new StubClient(stub, null)
                    .create("k", StubClient.callBody("01000000002", "camp", "t"));

            assertThat(created.body().path("status").asText()).isEqualTo("queued");
            assertThat(receiver.await(w -> w.event().equals(CallJson.CALL_ENDED), 1, Duration.ofSeconds(5)))
                    .singleElement().satisfies(w -> assertThat(w.body().path("call").path("call_status").asText())
                            .isEqualTo("ended"));
        }
    }
}
