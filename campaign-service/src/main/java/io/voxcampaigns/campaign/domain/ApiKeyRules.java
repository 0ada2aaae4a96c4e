package io.voxcampaigns.campaign.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The rules of a new API key's fields (docs/api.md "API keys"): a name of 1-100 characters, not blank; distinct known
 * scopes, at least one; an expiry in the future and at most five years ahead, by default a year after creation. Each
 * check answers null when the value passes, else the reason.
 */
public final class ApiKeyRules {

    public static final int MAX_NAME = 100;
    /** The scopes a key may carry, as the services' scope rules name them (platform ApiKeyClaims). */
    public static final List<String> SCOPES = List.of("agents", "campaigns", "calls", "admin");
    /** How long a key lives when the request names no expiry. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(365);
    /** The furthest expiry, in years after creation. */
    public static final int MAX_LIFETIME_YEARS = 5;

    private ApiKeyRules() {
    }

    public static String nameProblem(String name) {
        if (name == null) {
            return "is required";
        }
        if (name.isBlank() || name.length() > MAX_NAME) {
            return "must be 1-" + MAX_NAME + " characters, not blank, got " + name.length();
        }
        return null;
    }

    /** Whether a key expiring at {@code expiresAt} may be issued at {@code now}: the reason it may not, or null. */
    public static String expiryProblem(Long expiresAt, Instant now) {
        String problem = Timestamps.futureProblem(expiresAt, now);
        if (problem != null || expiresAt == null) {
            return problem;
        }
        Instant at = Timestamps.fromApi(expiresAt);
        return at.isAfter(latestExpiry(now))
                ? "must be at most " + MAX_LIFETIME_YEARS + " years ahead, got " + expiresAt : null;
    }

    private static Instant latestExpiry(Instant now) {
        return now.atOffset(ZoneOffset.UTC).plusYears(MAX_LIFETIME_YEARS).toInstant();
    }
}
