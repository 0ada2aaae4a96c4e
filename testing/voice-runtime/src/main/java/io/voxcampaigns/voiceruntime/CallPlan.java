package io.voxcampaigns.voiceruntime;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * What will happen to a new call, drawn once at creation from the behaviour then current; the same recipient,
 * attempt key and seed give the same plan.
 *
 * @param early          fails at once, its call_ended delivered before the create request is answered
 * @param startedCopies  how many times call_started is delivered
 * @param endedCopies    how many times call_ended is delivered
 * @param outOfOrder     call_started is delivered only after call_ended
 * @param echoMetadata   webhooks carry the call's metadata
 * @param ringingWebhook call_ringing is sent when the phone starts ringing (as many times as call_started)
 */
record CallPlan(Outcome outcome, Duration ring, Duration talk, boolean early, int startedCopies, int endedCopies,
                boolean outOfOrder, boolean echoMetadata, boolean ringingWebhook) {

    static CallPlan of(Behaviour behaviour, String toNumber, String attemptKey, int nthCallToNumber,
                       boolean ringingWebhook) {
        long seed = behaviour.outcomes().seed();
        Faults faults = behaviour.faults();
        SplittableRandom dice = Dice.of(seed, toNumber, attemptKey);
        boolean early = faults.earlyFailures().contains(toNumber, seed);
        Outcome outcome = early ? (dice.nextBoolean() ? Outcome.DIAL_FAILED : Outcome.ERROR)
                : behaviour.outcomes().choose(toNumber, nthCallToNumber, dice);
        Duration ring = early ? Duration.ZERO : behaviour.timing().ring(dice);
        Duration talk = outcome.connected() ? behaviour.timing().talk(dice) : Duration.ZERO;
        int spread = faults.maxWebhookCopies() - faults.minWebhookCopies() + 1;
        int startedCopies = faults.minWebhookCopies() + dice.nextInt(spread);
        int endedCopies = faults.minWebhookCopies() + dice.nextInt(spread);
        boolean outOfOrder = outcome.connected() && dice.nextDouble() < faults.outOfOrderShare();
        return new CallPlan(outcome, ring, talk, early, startedCopies, endedCopies, outOfOrder, faults.echoMetadata(),
                ringingWebhook);
    }
}
