package io.voxcampaigns.campaign.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;
import io.voxcampaigns.platform.auth.ApiKeyClaims;
import io.voxcampaigns.platform.auth.ApiKeyIssuer;
import io.voxcampaigns.platform.auth.AuthConfig;
import io.voxcampaigns.platform.auth.KeyPairs;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorCode;

/**
 * Signs the API keys this service issues with the private key of vox.auth.signing-key (PEM text) or else
 * vox.auth.signing-key-location (a PEM file), read once at startup: a configured key that cannot be read stops the
 * start. With neither set the service issues no keys (503).
 */
@Startup
@ApplicationScoped
public class ApiKeySigner {

    private final Optional<PrivateKey> key;

    @Inject
    ApiKeySigner(AuthConfig config) {
        this(config.signingKey(), config.signingKeyLocation());
    }

    ApiKeySigner(Optional<String> pem, Optional<String> location) {
        this.key = pem.filter(text -> !text.isBlank()).or(() -> location.filter(path -> !path.isBlank())
                .map(ApiKeySigner::read)).map(KeyPairs::parsePrivateKey);
    }

    /** Fails with a 503 unless a signing key is configured; call before anything is stored. */
    public void requireConfigured() {
        if (key.isEmpty()) {
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "API key issuing is not configured on this "
                    + "service (vox.auth.signing-key or vox.auth.signing-key-location)", Map.of());
        }
    }

    /** The signed key of the organisation with these claims. */
    public String sign(UUID keyId, String organizationId, Iterable<String> scopes, Instant issuedAt,
                       Instant expiresAt) {
        requireConfigured();
        LinkedHashSet<String> groups = new LinkedHashSet<>();
        scopes.forEach(groups::add);
        return ApiKeyIssuer.issue(key.get(), ApiKeyClaims.DEFAULT_ISSUER, keyId.toString(), organizationId, groups,
                issuedAt, expiresAt);
    }

    private static String read(String location) {
        try {
            return Files.readString(Path.of(location), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the API-key signing key " + location, e);
        }
    }
}
