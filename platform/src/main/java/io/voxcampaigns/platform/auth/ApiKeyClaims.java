package io.voxcampaigns.platform.auth;

/**
 * The claims of an organisation API key: a JWT signed with RS256 whose public key is all a service holds.
 *
 * <pre>
 * iss    = vox.auth.issuer (default "vox-campaigns")
 * jti    = the key id, unique per key; revocation lists name it
 * sub    = the organisation id
 * org_id = the organisation id (explicit, so a reader needs no convention about sub)
 * groups = the scopes, e.g. ["campaigns", "agents", "admin"]
 * iat, exp
 * </pre>
 */
public final class ApiKeyClaims {

    public static final String DEFAULT_ISSUER = "vox-campaigns";
    public static final String ORGANIZATION_ID = "org_id";
    public static final String SCOPES = "groups";

    /** Scope that allows organisation administration (numbers registration and approval). */
    public static final String SCOPE_ADMIN = "admin";

    private ApiKeyClaims() {
    }
}
