package io.voxcampaigns.voiceruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.voiceruntime.WebhookReceiver.Received;

/** Duplicate and out-of-order webhooks, and webhooks without metadata. */
class DuplicateWebhookTest {

    @Test
    void everyWebhookArrivesTheConfiguredNumberOfTimesCallEndedFirst() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             VoiceRuntimeStub stub = VoiceRuntimeStub.builder().webhookUrl(receiver.url())
                     .behaviour(Quick.always(Outcome.USER_HANGUP)).start()) {
            stub.controls().webhookCopies(3, 3, 1.0);

            String id = new StubClient(stub, null).create("k", StubClient.callBody("01000000001", "camp", "t")).body()
                    .path("id").asText();
            List<Received> all = receiver.await(w -> true, 9, Duration.ofSeconds(5));

            assertThat(all).hasSize(9).allSatisfy(w -> assertThat(w.callId()).isEqualTo(id));
            assertThat(all.stream().filter(w -> w.event().equals(CallJson.CALL_ENDED))).hasSize(3);
            assertThat(all.stream().filter(w -> w.event().equals(CallJson.CALL_ANALYZED))).hasSize(3);
            assertThat(all.get(0).event()).as("out of order: call_ended first").isEqualTo(CallJson.CALL_ENDED);
            assertThat(all.stream().filter(w -> w.event().equals(CallJson.CALL_STARTED)))
                    .hasSize(3).allSatisfy(w -> {
                        assertThat(w.body().path("call").path("call_status").asText()).isEqualTo("ongoing");
                        assertThat(w.body().path("call").path("end_at").isNull()).isTrue();
                    });
            assertThat(WebhookDeliveryTest.awaitSettled(stub, 9).deliveries())
                    .extracting(CampaignReport.Webhook::copy).containsOnly(1, 2, 3);
        }
    }

    @Test
    void copiesVaryBetweenMinAndMaxAndInOrderUnlessAsked() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             VoiceRuntimeStub stub = VoiceRuntimeStub.builder().webhookUrl(receiver.url())
                     .behaviour(Quick.always(Outcome.VOICEMAIL)).start()) {
            stub.controls().webhookCopies(2, 3, 0);
            StubClient client = new StubClient(stub, null);
            for (int i = 0; i < 20; i++) {
                client.create("k" + i, StubClient.callBody("010000000" + (10 + i), "camp", "t" + i));
            }

            var deliveries = WebhookDeliveryTest.awaitSettled(stub, deliveredCount(stub, 20)).deliveries();

            assertThat(deliveries).extracting(CampaignReport.Webhook::event).containsOnly(CallJson.CALL_ENDED);
            Map<String, Long> perCall = deliveries.stream()
                    .collect(Collectors.groupingBy(CampaignReport.Webhook::runtimeId, Collectors.counting()));
            assertThat(perCall).hasSize(20);
            assertThat(perCall.values()).containsOnly(2L, 3L).contains(2L, 3L);
        }
    }

    @Test
    void withoutEchoWebhooksCarryNoMetadata() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             VoiceRuntimeStub stub = VoiceRuntimeStub.builder().webhookUrl(receiver.url())
                     .behaviour(Quick.always(Outcome.BUSY)).start()) {
            stub.controls().echoMetadata(false);

            new StubClient(stub, null).create("k", StubClient.callBody("01000000001", "camp", "t"));

            assertThat(receiver.await(w -> true, 1, Duration.ofSeconds(5))).singleElement().satisfies(w -> {
                assertThat(w.body().path("call").has("metadata")).isFalse();
                assertThat(w.body().path("call").path("call_id").asText()).hasSize(36);
            });
            assertThat(stub.record().campaign("camp").dials()).as("still recorded by the request's metadata")
                    .isEqualTo(1);
        }
    }

    /** Waits until every call ended; then the number of deliveries is known. */
    private static int deliveredCount(VoiceRuntimeStub stub, int calls) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        CampaignReport report = stub.record().campaign("camp");
        while ((report.liveNow() > 0 || report.dials() < calls) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            report = stub.record().campaign("camp");
        }
        return report.webhooks().deliveries().size();
    }
}
