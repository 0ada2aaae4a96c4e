package io.voxcampaigns.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.voxcampaigns.platform.auth.ApiKeyClaims;
import io.voxcampaigns.platform.auth.ApiKeyIssuer;
import io.voxcampaigns.platform.auth.KeyPairs;

/** The stack's API-key signing pair (kept between runs) and the demo organisation's key, signed with it. */
final class DemoAccess {

    static final String DEMO_ORGANIZATION_ID = "8d9a4f3e-6b2c-4e1a-9f00-00000000de00";
    static final String DEMO_KEY_ID = "demo-key";
    static final Set<String> DEMO_SCOPES = new LinkedHashSet<>(List.of("agents", "campaigns", "calls", ApiKeyClaims.SCOPE_ADMIN));
    static final Duration DEMO_KEY_TTL = Duration.ofDays(365);

    private DemoAccess() {
    }

    /** Generates the signing pair unless the layout holds one already. */
    static void ensureSigningPair(StackLayout layout) {
        if (Files.isRegularFile(layout.privateKey()) && Files.isRegularFile(layout.publicKey())) {
            return;
        }
        try {
            KeyPair pair = KeyPairs.generate();
            KeyPairs.writePrivateKey(pair.getPrivate(), layout.privateKey());
            KeyPairs.writePublicKey(pair.getPublic(), layout.publicKey());
            LocalStack.OUT.println("  Generated the API-key signing pair in " + layout.relative(layout.privateKey().getParent()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the API-key pair", e);
        }
    }

    /** Issues a fresh demo key, writes it to {@code .local-stack/demo-api-key} and returns it. */
    static String issueDemoKey(StackLayout layout) {
        try {
            PrivateKey key = KeyPairs.readPrivateKey(layout.privateKey());
            String token = ApiKeyIssuer.issue(key, ApiKeyClaims.DEFAULT_ISSUER, DEMO_KEY_ID, DEMO_ORGANIZATION_ID,
                    DEMO_SCOPES, DEMO_KEY_TTL);
            Files.writeString(layout.demoApiKey(), token);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot issue the demo API key", e);
        }
    }
}
