package io.voxcampaigns.campaign.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.voxcampaigns.campaign.domain.NewApiKey;
import io.voxcampaigns.platform.auth.KeyPairs;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorCode;

/** Without a signing key the service issues nothing (503, before any storage); with one in a file it signs. */
class ApiKeysUnconfiguredTest {

    @Test
    void withoutASigningKeyIssuingIs503BeforeAnythingIsStored() {
        ApiKeySigner signer = new ApiKeySigner(Optional.empty(), Optional.of(" "));
        // no repository and no outbox: reaching either would fail with a NullPointerException, not a 503
        ApiKeys keys = new ApiKeys(null, null, signer, Clock.systemUTC(), null);
        assertThatThrownBy(() -> keys.issue("org-1", new NewApiKey("k", List.of("calls"), null)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
                    assertThat(e.code().status()).isEqualTo(503);
                    assertThat(e.getMessage()).contains("not configured");
                    assertThat(e.retryAfterSeconds()).isNull();
                });
    }

    @Test
    void aKeyFromTheFileSignsKeysThePublicHalfVerifies(@TempDir Path dir) throws Exception {
        KeyPair pair = KeyPairs.generate();
        Path file = dir.resolve("signing.pem");
        KeyPairs.writePrivateKey(pair.getPrivate(), file);
        ApiKeySigner signer = new ApiKeySigner(Optional.empty(), Optional.of(file.toString()));
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        String token = signer.sign(id, "org-1", List.of("campaigns", "admin"), now, now.plusSeconds(3_600));

        JWTAuthContextInfo verify = new JWTAuthContextInfo(pair.getPublic(), "vox-campaigns");
        var claims = new DefaultJWTParser(verify).parse(token);
        assertThat(claims.getTokenID()).isEqualTo(id.toString());
        assertThat(claims.getGroups()).containsExactlyInAnyOrder("campaigns", "admin");
        assertThat((String) claims.getClaim("org_id")).isEqualTo("org-1");
        assertThat(claims.getExpirationTime()).isEqualTo(now.plusSeconds(3_600).getEpochSecond());
    }

    @Test
    void aConfiguredKeyThatCannotBeReadStopsTheStart(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("absent.pem");
        assertThatThrownBy(() -> new ApiKeySigner(Optional.empty(), Optional.of(missing.toString())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("absent.pem");
        Path notAKey = Files.writeString(dir.resolve("bad.pem"), "hello");
        assertThatThrownBy(() -> new ApiKeySigner(Optional.empty(), Optional.of(notAKey.toString())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
