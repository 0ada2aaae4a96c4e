package io.voxcampaigns.agent.domain;

/** Default call settings of a new agent (vox defaults: ring 30 s, call timeout 900 s). */
public final class CallSettingsDefaults {

    public static final int RING_DURATION_SECONDS = 30;
    public static final int CALL_TIMEOUT_SECONDS = 900;

    private CallSettingsDefaults() {
    }
}
