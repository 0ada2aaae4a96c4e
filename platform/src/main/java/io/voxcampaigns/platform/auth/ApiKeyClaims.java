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

    /** Scope of /v3/agents*. */
    public static final String SCOPE_AGENTS = "agents";
    /** Scope of /v3/campaigns* and reading the organisation's numbers. */
    public static final String SCOPE_CAMPAIGNS = "campaigns";
    /** Scope of /v3/calls*. */
    public static final String SCOPE_CALLS = "calls";
    /**
     * Scope that allows organisation administration: numbers registration and approval, the suppression list, the
     * organisation limits.
     */
    public static final String SCOPE_ADMIN = "admin";

    private ApiKeyClaims() {
    }
}
