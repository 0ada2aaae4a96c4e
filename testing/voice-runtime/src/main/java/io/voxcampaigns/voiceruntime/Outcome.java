package io.voxcampaigns.voiceruntime;

import java.util.Arrays;
import java.util.Locale;

/** How a runtime call ends: the vox status and disconnection reason it reports, under a short label. */
public enum Outcome {
    USER_HANGUP("ended", "user_hangup"),
    AGENT_HANGUP("ended", "agent_hangup"),
    NO_ANSWER("not_connected", "dial_no_answer"),
    BUSY("not_connected", "dial_busy"),
    VOICEMAIL("not_connected", "voicemail_reached"),
    DECLINED("not_connected", "dial_declined"),
    DIAL_FAILED("not_connected", "dial_failed"),
    ERROR("error", "dial_failed");

    /** Alias accepted wherever an outcome is named: a connected call the recipient hangs up. */
    public static final String CONNECTED = "connected";

    private final String status;
    private final String disconnectionReason;

    Outcome(String status, String disconnectionReason) {
        this.status = status;
        this.disconnectionReason = disconnectionReason;
    }

    /** The vox call status once the call is over: ended, not_connected or error. */
    public String status() {
        return status;
    }

    public String disconnectionReason() {
        return disconnectionReason;
    }

    /** Whether the recipient answered (the call went through ongoing). */
    public boolean connected() {
        return status.equals("ended");
    }

    /** The label used in the admin API and on the command line, e.g. no_answer. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome of a label (or {@value #CONNECTED}). */
    public static Outcome of(String label) {
        if (CONNECTED.equals(label)) {
            return USER_HANGUP;
        }
        return Arrays.stream(values()).filter(o -> o.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown outcome " + label + "; known: " + CONNECTED
                        + ", " + Arrays.stream(values()).map(Outcome::label).toList()));
    }
}
