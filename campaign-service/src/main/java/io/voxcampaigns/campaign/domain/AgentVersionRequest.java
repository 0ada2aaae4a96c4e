package io.voxcampaigns.campaign.domain;

import java.util.regex.Pattern;

/** The agent version a campaign asks for: {@code current}, {@code production} or a snapshot {@code v{n}}. */
public record AgentVersionRequest(String label) {

    public static final String CURRENT = "current";
    public static final String PRODUCTION = "production";
    /** The allowed labels, also the OpenAPI pattern of agent.agent_version. */
    public static final String PATTERN = "^(current|production|v[1-9][0-9]{0,8})$";
    private static final Pattern ALLOWED = Pattern.compile(PATTERN);

    /** The request for an API value (null means current), or null when the value names no version. */
    public static AgentVersionRequest parse(String value) {
        if (value == null) {
            return new AgentVersionRequest(CURRENT);
        }
        return ALLOWED.matcher(value).matches() ? new AgentVersionRequest(value) : null;
    }

    public boolean isCurrent() {
        return CURRENT.equals(label);
    }

    public boolean isProduction() {
        return PRODUCTION.equals(label);
    }
}
