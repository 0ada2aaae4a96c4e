package io.voxcampaigns.platform.auth;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** API-key settings; the public key and issuer themselves are SmallRye JWT's mp.jwt.verify.* settings. */
@ConfigMapping(prefix = "vox.auth")
public interface AuthConfig {

    /** Key ids (the jti claim) that are refused although correctly signed; env VOX_AUTH_REVOKED_KEY_IDS (comma-separated). */
    Optional<Set<String>> revokedKeyIds();

    /**
     * The scope each operation needs ({@link ScopeRules}): "METHOD /path-prefix scope", the first matching wins.
     */
    @WithName("scope-rules")
    Optional<List<String>> scopeRules();

    /**
     * The private key (PEM, PKCS#8) that signs the API keys this service issues (campaign-service's
     * {@code POST /v3/api-keys}); unset: the service issues none. Env VOX_AUTH_SIGNING_KEY.
     */
    Optional<String> signingKey();

    /** A file holding {@link #signingKey()} instead; env VOX_AUTH_SIGNING_KEY_LOCATION. */
    Optional<String> signingKeyLocation();

    /**
     * How often the service reports when each API key was last used (ApiKeyUsed on api-key.usage, {@link KeyUsage});
     * a key's last_used_at is this late at most.
     */
    @WithDefault("30s")
    Duration usageReportInterval();

    /** Path prefix that requires an API key. */
    @WithDefault("/v3/")
    String protectedPathPrefix();
}
