package io.voxcampaigns.campaign.domain;

/** The answer of {@link CampaignStatusMachine}: the state to store, or why the command is refused (409). */
public sealed interface StatusDecision {

    /**
     * The campaign moves from one state to another (possibly the same one) and its timestamps change accordingly.
     * paused_at is set whenever paused_by takes a new value and cleared when the campaign stops being paused;
     * finished_at is set when the campaign reaches a final status, and cleared when a finished campaign runs again
     * (recipients appended or tasks queued again after success).
     */
    record Transition(CampaignState from, CampaignState to, TimestampChange pausedAt, TimestampChange finishedAt)
            implements StatusDecision {

        static Transition between(CampaignState from, CampaignState to) {
            TimestampChange pausedAt;
            if (to.pausedBy() == null) {
                pausedAt = from.pausedBy() == null ? TimestampChange.KEEP : TimestampChange.CLEAR;
            } else {
                pausedAt = to.pausedBy() == from.pausedBy() ? TimestampChange.KEEP : TimestampChange.SET;
            }
            TimestampChange finishedAt = TimestampChange.KEEP;
            if (to.status().isTerminal() && !from.status().isTerminal()) {
                finishedAt = TimestampChange.SET;
            } else if (from.status().isTerminal() && !to.status().isTerminal()) {
                finishedAt = TimestampChange.CLEAR;
            }
            return new Transition(from, to, pausedAt, finishedAt);
        }

        static Transition stay(CampaignState state) {
            return between(state, state);
        }

        /** False when nothing is to be stored or published: a fact that no longer applies, or a PATCH. */
        public boolean changed() {
            return !from.equals(to);
        }
    }

    /** The command is not allowed in the current state; {@code reason} is the 409 message. */
    record Refusal(String reason) implements StatusDecision {
    }
}
