package io.voxcampaigns.voiceruntime;

import java.util.Map;

/** Behaviours for the tests: calls of tens of milliseconds, one outcome, no fault. */
final class Quick {

    private Quick() {
    }

    static Behaviour always(Outcome outcome) {
        return new Behaviour(Timing.ofMillis(10, 30, 10, 30), new OutcomePlan(Map.of(outcome, 1), 7, Map.of()),
                Faults.NONE);
    }

    /** Rings for exactly this long, then is not answered. */
    static Behaviour unansweredAfter(long ringMillis) {
        return always(Outcome.NO_ANSWER).withTiming(Timing.ofMillis(ringMillis, ringMillis, 0, 0));
    }
}
