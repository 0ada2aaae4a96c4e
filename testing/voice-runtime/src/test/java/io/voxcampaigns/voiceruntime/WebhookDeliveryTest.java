package io.voxcampaigns.voiceruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.voiceruntime.WebhookReceiver.Received;
import io.voxcampaigns.voiceruntime.WebhookReceiver.Reply;

/** Delivery: retried until a 2xx (honouring Retry-After), each attempt to the next receiver, 400/401 final. */
class WebhookDeliveryTest {

    @Test
    void retriesUntilA2xxWaitingAsLongAsRetryAfterSays() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             VoiceRuntimeStub stub = stub(Duration.ofMinutes(1), receiver.url())) {
            AtomicInteger answered = new AtomicInteger();
            receiver.answer(r -> answered.incrementAndGet() <= 2 ? new Reply(503, 1) : Reply.ok());
            long begin = System.nanoTime();
            new StubClient(stub, null).create("k", StubClient.callBody("01000000001", "camp", "t"));

            List<Received> attempts = receiver.await(r -> true, 3, Duration.ofSeconds(10));
            long elapsed = System.nanoTime() - begin;

            assertThat(attempts).hasSize(3).extracting(Received::event).containsOnly(CallJson.CALL_ENDED);
            assertThat(Duration.ofNanos(elapsed)).as("two Retry-After: 1 waits").isGreaterThan(Duration.ofSeconds(2));
            CampaignReport.Webhooks webhooks = awaitSettled(stub, 1);
            assertThat(webhooks.deliveries()).singleElement().satisfies(w -> {
                assertThat(w.attempts()).isEqualTo(3);
                assertThat(w.lastStatus()).isEqualTo(200);
                assertThat(w.state()).isEqualTo("delivered");
            });
        }
    }

    @Test
    void attemptsGoToEachReceiverInTurn() throws Exception {
        try (WebhookReceiver first = new WebhookReceiver();
             WebhookReceiver second = new WebhookReceiver();
             VoiceRuntimeStub stub = stub(Duration.ofMinutes(1), first.url(), second.url())) {
            StubClient client = new StubClient(stub, null);
            for (int i = 0; i < 9; i++) {
                client.create("k" + i, StubClient.callBody("0100000000" + i, "camp", "t" + i));
            }

            awaitSettled(stub, 9);

            assertThat(first.received().size() + second.received().size()).isEqualTo(9);
            assertThat(Math.abs(first.received().size() - second.received().size())).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void aReceiverThatRefusesOrIsDownIsRetriedAtTheOther() throws Exception {
        try (WebhookReceiver refusing = new WebhookReceiver();
             WebhookReceiver accepting = new WebhookReceiver();
             VoiceRuntimeStub stub = stub(Duration.ofMinutes(1), refusing.url(), closedPort(), accepting.url())) {
            refusing.answer(r -> new Reply(503, 0));
            StubClient client = new StubClient(stub, null);
            for (int i = 0; i < 6; i++) {
                client.create("k" + i, StubClient.callBody("0100000000" + i, "camp", "t" + i));
            }

            CampaignReport.Webhooks webhooks = awaitSettled(stub, 6);

            assertThat(webhooks.delivered()).isEqualTo(6);
            assertThat(accepting.received()).hasSize(6);
            assertThat(refusing.received()).as("attempts that reached the refusing receiver").isNotEmpty();
            assertThat(webhooks.deliveries()).extracting(CampaignReport.Webhook::lastStatus).containsOnly(200);
            // attempts = the 6 successes + the 503s + the connection failures (the closed port)
            assertThat(webhooks.deliveries().stream().mapToInt(CampaignReport.Webhook::attempts).sum())
                    .isGreaterThan(6 + refusing.received().size());
        }
    }

    @Test
    void atMost32RequestsAreInFlight() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             VoiceRuntimeStub stub = stub(Duration.ofMinutes(1), receiver.url())) {
            receiver.closeGate();
            stub.controls().webhookCopies(2, 2, 0);
            StubClient client = new StubClient(stub, null);
            for (int i = 0; i < 40; i++) {
                client.create("k" + i, StubClient.callBody(String.format("010%08d", i), "camp", "t" + i));
            }

            // every webhook is held until the gate opens: the stub fills its 32 slots and sends no 33rd
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (receiver.inFlight() < VoiceRuntimeStub.WEBHOOKS_IN_FLIGHT && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(500);
            assertThat(receiver.mostInFlight()).isEqualTo(VoiceRuntimeStub.WEBHOOKS_IN_FLIGHT);
            receiver.open();
            awaitSettled(stub, 80);

            assertThat(receiver.received()).hasSize(80);
            assertThat(receiver.mostInFlight()).isEqualTo(VoiceRuntimeStub.WEBHOOKS_IN_FLIGHT);
        }
    }

    @Test
    void badRequestAndUnauthorizedAreFinal() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             VoiceRuntimeStub stub = stub(Duration.ofMinutes(1), receiver.url())) {
            receiver.answer(r -> new Reply(r.body().path("call").path("to_number").asText().endsWith("1") ? 401 : 400,
                    null));
            StubClient client = new StubClient(stub, null);
            client.create("k1", StubClient.callBody("01000000001", "camp", "t1"));
            client.create("k2", StubClient.callBody("01000000002", "camp", "t2"));

            CampaignReport.Webhooks webhooks = awaitSettled(stub, 2);

            assertThat(webhooks.refused()).isEqualTo(2);
            assertThat(webhooks.deliveries()).extracting(CampaignReport.Webhook::attempts).containsOnly(1);
            assertThat(webhooks.deliveries()).extracting(CampaignReport.Webhook::lastStatus)
                    .containsExactlyInAnyOrder(400, 401);
        }
    }

    @Test
    void givesUpWhenTheRetryTimeIsOver() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             VoiceRuntimeStub stub = stub(Duration.ofMillis(600), receiver.url())) {
            receiver.answer(r -> new Reply(500, null));
            new StubClient(stub, null).create("k", StubClient.callBody("01000000001", "camp", "t"));

            CampaignReport.Webhooks webhooks = awaitSettled(stub, 1);

            assertThat(webhooks.givenUp()).isEqualTo(1);
            assertThat(webhooks.deliveries().get(0).attempts()).isGreaterThan(1);
            assertThat(webhooks.deliveries().get(0).lastStatus()).isEqualTo(500);
        }
    }

    private static VoiceRuntimeStub stub(Duration retryFor, URI... receivers) {
        VoiceRuntimeStub.Builder builder = VoiceRuntimeStub.builder().webhookRetryFor(retryFor)
                .behaviour(Quick.always(Outcome.BUSY));
        for (URI receiver : receivers) {
            builder.webhookUrl(receiver);
        }
        return builder.start();
    }

    /** Waits until this many deliveries of campaign "camp" are no longer pending. */
    static CampaignReport.Webhooks awaitSettled(VoiceRuntimeStub stub, int deliveries) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        CampaignReport.Webhooks webhooks = stub.record().campaign("camp").webhooks();
        while ((webhooks.deliveries().size() < deliveries || webhooks.pending() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            webhooks = stub.record().campaign("camp").webhooks();
        }
        assertThat(webhooks.deliveries()).hasSize(deliveries);
        assertThat(webhooks.pending()).isZero();
        return webhooks;
    }

    private static URI closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/webhooks/voice");
        }
    }
}
