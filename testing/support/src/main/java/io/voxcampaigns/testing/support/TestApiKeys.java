package io.voxcampaigns.testing.support;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.voxcampaigns.platform.auth.ApiKeyClaims;
import io.voxcampaigns.platform.auth.ApiKeyIssuer;
import io.voxcampaigns.platform.auth.KeyPairs;

/** API keys for tests, signed with the test JVM's key pair whose public half {@link InfraTestResource} configures. */
public final class TestApiKeys {

    /**
     * The pair lives in system properties rather than a static field: the test class and the test resource may be
     * loaded by different class loaders, and both must see the same pair.
     */
    private static final String PRIVATE_KEY = "vox.testinfra.api-key.private";
    private static final String PUBLIC_KEY = "vox.testinfra.api-key.public";
    private static final Duration TTL = Duration.ofHours(1);
    private static final Set<String> USER_SCOPES = Set.of(ApiKeyClaims.SCOPE_AGENTS, ApiKeyClaims.SCOPE_CAMPAIGNS,
            ApiKeyClaims.SCOPE_CALLS);

    private static PrivateKey unknownKey;

    private TestApiKeys() {
    }

    /**
     * A valid key with a random key id and these scopes; with none named, the scopes of a key that uses the API
     * (agents, campaigns, calls), not admin.
     */
    public static String issue(String organizationId, String... scopes) {
        return issueWithKeyId(UUID.randomUUID().toString(), organizationId, scopes);
    }

    /** {@link #issue} with this key id. */
    public static String issueWithKeyId(String keyId, String organizationId, String... scopes) {
        Set<String> granted = scopes.length == 0 ? USER_SCOPES : Set.of(scopes);
        return ApiKeyIssuer.issue(privateKey(), ApiKeyClaims.DEFAULT_ISSUER, keyId, organizationId, granted, TTL);
    }

    /** A valid key with exactly these scopes (none: a key that carries no scope at all). */
    public static String issueExactly(String organizationId, Set<String> scopes) {
        return ApiKeyIssuer.issue(privateKey(), ApiKeyClaims.DEFAULT_ISSUER, UUID.randomUUID().toString(),
                organizationId, Set.copyOf(scopes), TTL);
    }

    /** Correctly signed, with every scope, but expired a day ago. */
    public static String expired(String organizationId) {
        Instant expiredAt = Instant.now().minus(Duration.ofDays(1));
        return ApiKeyIssuer.issue(privateKey(), ApiKeyClaims.DEFAULT_ISSUER, UUID.randomUUID().toString(), organizationId,
                allScopes(), expiredAt.minus(TTL), expiredAt);
    }

    /** Well-formed, with every scope, but signed by a key the services do not know. */
    public static String signedByUnknownKey(String organizationId) {
        return ApiKeyIssuer.issue(unknownKey(), ApiKeyClaims.DEFAULT_ISSUER, UUID.randomUUID().toString(), organizationId,
                allScopes(), TTL);
    }

    /** The PEM text of the public key services verify test keys with. */
    public static String publicKeyPem() {
        ensurePair();
        return System.getProperty(PUBLIC_KEY);
    }

    /** The PEM text of the private key test keys are signed with (services that issue keys sign with it too). */
    public static String privateKeyPem() {
        ensurePair();
        return System.getProperty(PRIVATE_KEY);
    }

    private static PrivateKey privateKey() {
        ensurePair();
        return KeyPairs.parsePrivateKey(System.getProperty(PRIVATE_KEY));
    }

    private static void ensurePair() {
        synchronized (System.class) {
            if (System.getProperty(PRIVATE_KEY) == null) {
                KeyPair pair = KeyPairs.generate();
                System.setProperty(PUBLIC_KEY, KeyPairs.publicKeyPem(pair.getPublic()));
                System.setProperty(PRIVATE_KEY, KeyPairs.privateKeyPem(pair.getPrivate()));
            }
        }
    }

    private static synchronized PrivateKey unknownKey() {
        if (unknownKey == null) {
            unknownKey = KeyPairs.generate().getPrivate();
        }
        return unknownKey;
    }

    /** Every scope there is. */
    public static Set<String> allScopes() {
        return Set.of(ApiKeyClaims.SCOPE_AGENTS, ApiKeyClaims.SCOPE_CAMPAIGNS, ApiKeyClaims.SCOPE_CALLS,
                ApiKeyClaims.SCOPE_ADMIN);
    }
}
