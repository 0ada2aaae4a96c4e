package io.voxcampaigns.voiceruntime;

import java.time.Duration;

/** Everything programmable about the stub at one moment: call timing, outcomes and faults. */
public record Behaviour(Timing timing, OutcomePlan outcomes, Faults faults) {

    public Behaviour {
        if (timing == null || outcomes == null || faults == null) {
            throw new IllegalArgumentException("timing, outcomes and faults are required");
        }
    }

    /** Rings of 0.5-3 s, talks of 1-5 s, the default outcome mix, no fault. */
    public static Behaviour defaults() {
        return new Behaviour(new Timing(Duration.ofMillis(500), Duration.ofSeconds(3), Duration.ofSeconds(1),
                Duration.ofSeconds(5)), OutcomePlan.defaults(), Faults.NONE);
    }

    public Behaviour withTiming(Timing newTiming) {
        return new Behaviour(newTiming, outcomes, faults);
    }

    public Behaviour withOutcomes(OutcomePlan newOutcomes) {
        return new Behaviour(timing, newOutcomes, faults);
    }

    public Behaviour withFaults(Faults newFaults) {
        return new Behaviour(timing, outcomes, newFaults);
    }
}
