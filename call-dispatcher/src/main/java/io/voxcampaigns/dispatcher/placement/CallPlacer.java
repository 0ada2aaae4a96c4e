package io.voxcampaigns.dispatcher.placement;

/**
 * Places calls with a voice runtime. Each attempt is placed at most once: the attempt id is its idempotency key,
 * and no implementation retries a placement by itself.
 */
public interface CallPlacer {

    /** Starts placing the call and returns; its outcome goes to {@code outcomes} when known. */
    void place(PlacedCall call, CallOutcomes outcomes);
}
