package io.voxcampaigns.dispatcher.engine;

import java.util.List;

import io.voxcampaigns.dispatcher.persistence.CallEnds.EndedCall;
import io.voxcampaigns.dispatcher.placement.PlacedCall;

/**
 * What one committed dispatch round did.
 *
 * @param decision    the decision taken; null when the round was skipped (row missing or locked by another round)
 * @param ended       calls whose outcome the round recorded (a call that had already ended is not among them)
 * @param placed      calls claimed in the round, to place now
 * @param progressed  whether the decision changed something, so another decision may follow at once
 */
public record RoundResult(Decision decision, List<EndedCall> ended, List<PlacedCall> placed, boolean progressed) {

    static RoundResult skipped() {
        return new RoundResult(null, List.of(), List.of(), false);
    }
}
