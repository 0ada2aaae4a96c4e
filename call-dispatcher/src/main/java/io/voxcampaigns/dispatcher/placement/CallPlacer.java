package io.voxcampaigns.dispatcher.placement;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.domain.PlacementAnswer;

/**
 * Places calls with a voice runtime. Each request carries the attempt id as idempotency key, so a re-sent attempt
 * never dials twice; the dispatcher decides when to send and re-send, never the placer itself.
 */
public interface CallPlacer {

    /**
     * Sends one placement request and answers what the runtime said (never fails: every failure is one of the
     * answers). Outcomes the placer learns by itself go to {@code outcomes}; others arrive as webhooks.
     */
    Uni<PlacementAnswer> place(PlacedCall call, CallOutcomes outcomes);

    /** What the runtime says about a call it took (never fails). */
    Uni<RuntimeCallStatus> status(String runtimeCallId);

    /** How many placement requests may be in flight at once (beyond it they would queue in the HTTP client). */
    int maxConcurrentRequests();
}
