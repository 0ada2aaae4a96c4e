package io.voxcampaigns.voiceruntime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The webhook signature is the dispatcher's: sha256= and the lower-case hex HMAC-SHA256 of the raw body. */
class SignatureTest {

    @Test
    void matchesTheHmacSha256TestVectorOfRfc4231() {
        byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);

        assertThat(Signature.of(body, "Jefe"))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void everyWebhookCarriesTheSignatureOfItsRawBody() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver();
             VoiceRuntimeStub stub = VoiceRuntimeStub.builder().webhookUrl(receiver.url()).webhookSecret("s3cret")
                     .behaviour(Quick.always(Outcome.AGENT_HANGUP)).start()) {
            new StubClient(stub, null).create("k", StubClient.callBody("01000000001", "camp", "t"));

            // a connected call: started, ended and analyzed
            var webhooks = receiver.await(r -> true, 3, Duration.ofSeconds(5));

            assertThat(webhooks).extracting(WebhookReceiver.Received::event)
                    .containsExactlyInAnyOrder(CallJson.CALL_STARTED, CallJson.CALL_ENDED, CallJson.CALL_ANALYZED);
            assertThat(webhooks).allSatisfy(w -> assertThat(w.signature()).isEqualTo(Signature.of(w.raw(), "s3cret")));
        }
    }
}
