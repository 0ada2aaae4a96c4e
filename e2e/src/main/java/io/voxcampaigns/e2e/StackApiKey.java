package io.voxcampaigns.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Set;

import io.voxcampaigns.platform.auth.ApiKeyClaims;
import io.voxcampaigns.platform.auth.ApiKeyIssuer;
import io.voxcampaigns.platform.auth.KeyPairs;

/** A signing pair of the stack's own: its public key for the services, one key with every scope for the runs. */
final class StackApiKey {

    private StackApiKey() {
    }

    /**
     * Writes the public key to {@code publicKey} and the private one to {@code privateKey} (for campaign-service,
     * which issues keys); returns the organisation's key, valid for a day.
     */
    static String issue(Path publicKey, Path privateKey, String organization) {
        try {
            Files.createDirectories(publicKey.getParent());
            KeyPair pair = KeyPairs.generate();
            KeyPairs.writePublicKey(pair.getPublic(), publicKey);
            KeyPairs.writePrivateKey(pair.getPrivate(), privateKey);
            return ApiKeyIssuer.issue(pair.getPrivate(), ApiKeyClaims.DEFAULT_ISSUER, "e2e-key", organization,
                    Set.of("agents", "campaigns", "calls", ApiKeyClaims.SCOPE_ADMIN), Duration.ofDays(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
