package io.voxcampaigns.voiceruntime;

/** One call the stub created: what was asked and where it stands. Its state changes under its own lock. */
final class RuntimeCall {

    static final String QUEUED = "queued";
    static final String ONGOING = "ongoing";

    /** A consistent view of the call's progress; outcome is null while the call is live. */
    record State(String status, Outcome outcome, Long ringingAt, Long startAt, Long endAt) {

        String disconnectionReason() {
            return outcome == null ? null : outcome.disconnectionReason();
        }
    }

    private final String id;
    private final String attemptKey;
    private final CallRequest request;
    private final long createdAt;
    private final boolean optOut;
    private final boolean refuses;
    private String status = QUEUED;
    private Long ringingAt;
    private Outcome outcome;
    private Long startAt;
    private Long endAt;

    RuntimeCall(String id, String attemptKey, CallRequest request, long createdAt, boolean optOut, boolean refuses) {
        this.id = id;
        this.attemptKey = attemptKey;
        this.request = request;
        this.createdAt = createdAt;
        this.optOut = optOut;
        this.refuses = refuses;
    }

    /** The recipient refuses further calls: the analysis of a connected call says so ({@code opt_out} true). */
    boolean refuses() {
        return refuses;
    }

    /** The agent opted out of storing sensitive data: no transcript, recording or analysis is reported. */
    boolean optOut() {
        return optOut;
    }

    String id() {
        return id;
    }

    String attemptKey() {
        return attemptKey;
    }

    CallRequest request() {
        return request;
    }

    /** When the create request arrived (unix ms): the call rings from then. */
    long createdAt() {
        return createdAt;
    }

    /** The recipient's phone rings (the status stays queued: vox v3 has no ringing). */
    synchronized void ring(long unixMillis) {
        if (outcome == null && ringingAt == null) {
            ringingAt = unixMillis;
        }
    }

    synchronized void connect(long unixMillis) {
        if (outcome == null) {
            status = ONGOING;
            startAt = unixMillis;
        }
    }

    /** Ends the call; false when it had ended already. */
    synchronized boolean end(Outcome finalOutcome, long unixMillis) {
        if (outcome != null) {
            return false;
        }
        outcome = finalOutcome;
        status = finalOutcome.status();
        endAt = unixMillis;
        return true;
    }

    synchronized State state() {
        return new State(status, outcome, ringingAt, startAt, endAt);
    }
}
