package io.voxcampaigns.dispatcher.placement;

/** Where a placer reports outcomes; each attempt's first report counts, later ones change nothing. */
public interface CallOutcomes {

    void ended(CallOutcome outcome);
}
