package io.voxcampaigns.dispatcher.domain;

import java.util.Locale;

/** Why the dispatcher itself paused a campaign (paused_by system). */
public enum SystemPause {
    /** Outside every call time window; a window opening resumes it (when auto_resume). */
    WINDOW,
    /** The voice runtime refused its calls for too long; its next accepted call resumes it. */
    RUNTIME;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stored value, or null for null. */
    public static SystemPause of(String value) {
        return value == null ? null : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
