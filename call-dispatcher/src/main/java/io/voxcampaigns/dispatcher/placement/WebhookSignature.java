package io.voxcampaigns.dispatcher.placement;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on voice-runtime webhooks: header {@value #HEADER} = {@code sha256=} + lower-case hex of
 * HMAC-SHA256(shared secret, raw request body).
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Vox-Signature";
    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The header value for this body. */
    public static String sign(byte[] body, String secret) {
        return PREFIX + HexFormat.of().formatHex(mac(body, secret));
    }

    /** Whether the header carries this body's signature (compared in constant time). */
    public static boolean matches(byte[] body, String header, String secret) {
        if (header == null || !header.startsWith(PREFIX)) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(claimed, mac(body, secret));
    }

    private static byte[] mac(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
