package io.voxcampaigns.dispatcher.engine;

import java.time.Instant;
import java.util.Collections;
import java.util.List;

import io.voxcampaigns.dispatcher.domain.Decision;
import io.voxcampaigns.dispatcher.persistence.AttemptRow;
import io.voxcampaigns.dispatcher.placement.PlacedCall;

/**
 * What one committed dispatch round did.
 *
 * @param decision      the decision taken; null when the round was skipped (row missing or locked by another round)
 * @param applied       per update of the request, whether it changed its attempt
 * @param ended         attempts the round ended (their slots freed)
 * @param toSend        placement requests to send now (marked sent in the round)
 * @param nextDue       when the owner's next held attempt is due, if {@code nextDueKnown} (null: none held)
 * @param retryDue      when the campaign's next task waiting for a retry comes due; null: none waits
 * @param mayPlace      whether the gate found the campaign may place (held attempts wait for it otherwise)
 * @param wantsPermits  the round would have sent more with more permits
 * @param progressed    whether the decision changed something, so another decision may follow at once
 * @param poolFreed     the organisation whose concurrency pool the round freed calls of (its other campaigns held
 *                      by the pool may start now); null when none
 */
record RoundResult(Decision decision, List<Boolean> applied, List<AttemptRow> ended, List<PlacedCall> toSend,
                   Instant nextDue, boolean nextDueKnown, Instant retryDue, boolean mayPlace, boolean wantsPermits,
                   boolean progressed, String poolFreed) {

    static RoundResult skipped(int updates) {
        return new RoundResult(null, Collections.nCopies(updates, false), List.of(), List.of(), null, false, null,
                false, false, false, null);
    }
}
