package io.voxcampaigns.dispatcher.placement;

/** Where a placer reports outcomes it learns by itself; each attempt's first report counts, later ones change nothing. */
public interface CallOutcomes {

    void ended(CallOutcome outcome);
}
