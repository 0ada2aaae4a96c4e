package io.voxcampaigns.campaign.domain;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The rules of a suppression's fields (docs/api.md "Suppressions"): the number is a domestic number
 * ({@link DomesticNumbers}), a reason at most 200 characters, a source a token of at most 50 lower-case letters,
 * digits and underscores, an expiry in the future. Each check answers null when the value passes, else the reason.
 */
public final class SuppressionRules {

    public static final int MAX_REASON = 200;
    public static final int MAX_SOURCE = 50;
    /** The OpenAPI pattern of source. */
    public static final String SOURCE_PATTERN = "^[a-z0-9_]{1,50}$";
    /** Written by POST /v3/suppressions when no source is sent. */
    public static final String SOURCE_API = "api";
    /** Written by the CSV import. */
    public static final String SOURCE_IMPORT = "import";
    /** Written when a recipient refused further calls during a call (NumberOptedOut). */
    public static final String SOURCE_OPT_OUT = "opt_out";
    /** The reason of an opt-out's suppression. */
    public static final String REASON_RECIPIENT_REFUSED = "recipient_refused";

    private static final Pattern SOURCE = Pattern.compile(SOURCE_PATTERN);

    private SuppressionRules() {
    }

    public static String reasonProblem(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            return "must be at most " + MAX_REASON + " characters, got " + reason.length();
        }
        return null;
    }

    public static String sourceProblem(String source) {
        if (source != null && !SOURCE.matcher(source).matches()) {
            return "must be 1-" + MAX_SOURCE + " lower-case letters, digits or underscores, e.g. 'api' or "
                    + "'customer_request'";
        }
        return null;
    }

    /** The instant of an expires_at input (unix ms, 10-11 digits read as seconds), which must lie after now. */
    public static String expiryProblem(Long expiresAt, Instant now) {
        return Timestamps.futureProblem(expiresAt, now);
    }

    /** Whether a suppression that ends at {@code expiresAt} (null: never) holds at {@code now}. */
    public static boolean inForce(Instant expiresAt, Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }
}
