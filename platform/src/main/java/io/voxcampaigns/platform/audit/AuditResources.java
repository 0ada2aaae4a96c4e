package io.voxcampaigns.platform.audit;

import java.util.Collection;
import java.util.Map;

/**
 * The resource a /v3 request is about, read from its path: the collection after /v3 names the type
 * ({@code /v3/campaigns/...} is a campaign, also for its tasks; {@code /v3/agents/{id}/versions} is an agent) and the
 * segment after it is the resource's id when routing bound it to a path parameter ({@code /v3/suppressions/import}
 * names none). The one place this rule lives, for changes and refusals alike.
 */
public final class AuditResources {

    private static final Map<String, String> TYPES = Map.of(
            "agents", "agent",
            "campaigns", "campaign",
            "calls", "call",
            "api-keys", "api_key",
            "suppressions", "suppression",
            "organization-telephone-numbers", "organization_number",
            "organization-limits", "organization_limits");

    private AuditResources() {
    }

    /** The resource type of a path under /v3; the collection segment itself when it is none of ours. */
    public static String typeOf(String path) {
        String[] segments = segments(path);
        if (segments.length < 2) {
            return "unknown";
        }
        return TYPES.getOrDefault(segments[1], segments[1]);
    }

    /** The id the path names after its collection, when routing bound it to a path parameter; null otherwise. */
    public static String idOf(String path, Collection<String> pathParameterValues) {
        String[] segments = segments(path);
        if (segments.length < 3 || !pathParameterValues.contains(segments[2])) {
            return null;
        }
        return segments[2];
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }
}
