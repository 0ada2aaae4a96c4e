package io.voxcampaigns.dispatcher.engine;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.voxcampaigns.dispatcher.domain.AttemptUpdate;

/**
 * What one dispatch round of a campaign is asked to do.
 *
 * @param updates     what was learned about the campaign's attempts, in order
 * @param owner       the engine instance: it claims, adopts and sends attempts as their owner
 * @param startCalls  whether the round may claim and send (false for a stopping engine)
 * @param adopt       take over unsettled attempts of dead instances first
 * @param sendDue     the engine holds attempts of this campaign that are due for a (re-)send
 * @param permits     placement requests the round may send (already taken from the engine's permits)
 * @param inFlight    attempts (call ids) with a request of this engine still awaiting its answer: never sent again
 *                    before it (a second request could outlive a refusal of the first)
 */
record RoundRequest(UUID campaignId, List<Update> updates, UUID owner, boolean startCalls, boolean adopt,
                    boolean sendDue, int permits, Set<UUID> inFlight) {

    /** One update of one attempt. */
    record Update(UUID callId, AttemptUpdate update) {
    }
}
