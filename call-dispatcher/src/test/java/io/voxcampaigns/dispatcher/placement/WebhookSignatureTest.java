package io.voxcampaigns.dispatcher.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** HMAC-SHA256 over the raw body, hex, with the sha256= prefix. */
class WebhookSignatureTest {

    private static final byte[] BODY = "{\"event\":\"call_ended\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesAKnownVector() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSignature.sign(data, "Jefe"))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void acceptsItsOwnSignatureInEitherHexCase() {
        String signature = WebhookSignature.sign(BODY, "secret");
        assertThat(WebhookSignature.matches(BODY, signature, "secret")).isTrue();
        assertThat(WebhookSignature.matches(BODY, "sha256=" + signature.substring(7).toUpperCase(), "secret"))
                .isTrue();
    }

    @Test
    void refusesAnotherSecretAnotherBodyAndMalformedHeaders() {
        String signature = WebhookSignature.sign(BODY, "secret");
        assertThat(WebhookSignature.matches(BODY, signature, "other")).isFalse();
        assertThat(WebhookSignature.matches("{}".getBytes(StandardCharsets.UTF_8), signature, "secret")).isFalse();
        assertThat(WebhookSignature.matches(BODY, null, "secret")).isFalse();
        assertThat(WebhookSignature.matches(BODY, signature.substring(7), "secret")).isFalse();
        assertThat(WebhookSignature.matches(BODY, "sha256=zz", "secret")).isFalse();
        assertThat(WebhookSignature.matches(BODY, "sha256=", "secret")).isFalse();
    }
}
