package io.voxcampaigns.voiceruntime;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Which outcome a call gets: the recipient's script when it has one (its n-th call takes the n-th outcome, the last
 * one repeating), else a draw by weight from the seed, the number and the attempt key.
 */
public record OutcomePlan(Map<Outcome, Integer> weights, long seed, Map<String, List<Outcome>> script) {

    public OutcomePlan {
        weights = Map.copyOf(weights);
        if (weights.values().stream().anyMatch(w -> w < 0) || weights.values().stream().mapToInt(w -> w).sum() <= 0) {
            throw new IllegalArgumentException("outcome weights must be >= 0 with a positive sum, got " + weights);
        }
        if (script.values().stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a recipient's script needs at least one outcome");
        }
        Map<String, List<Outcome>> copies = new HashMap<>();
        script.forEach((number, outcomes) -> copies.put(number, List.copyOf(outcomes)));
        script = Map.copyOf(copies);
    }

    /** About the mix of a real campaign: 70 % connected, 25 % not connected, 5 % error. */
    public static OutcomePlan defaults() {
        Map<Outcome, Integer> weights = new EnumMap<>(Outcome.class);
        weights.put(Outcome.USER_HANGUP, 50);
        weights.put(Outcome.AGENT_HANGUP, 20);
        weights.put(Outcome.NO_ANSWER, 12);
        weights.put(Outcome.BUSY, 6);
        weights.put(Outcome.VOICEMAIL, 5);
        weights.put(Outcome.DECLINED, 2);
        weights.put(Outcome.ERROR, 5);
        return new OutcomePlan(weights, 42, Map.of());
    }

    public OutcomePlan withWeights(Map<Outcome, Integer> newWeights) {
        return new OutcomePlan(newWeights, seed, script);
    }

    public OutcomePlan withSeed(long newSeed) {
        return new OutcomePlan(weights, newSeed, script);
    }

    /** The outcomes of successive calls to one number (replacing its earlier script). */
    public OutcomePlan withScript(String number, List<Outcome> outcomes) {
        Map<String, List<Outcome>> scripts = new HashMap<>(script);
        scripts.put(number, outcomes);
        return new OutcomePlan(weights, seed, scripts);
    }

    /** The outcome of the {@code nth} (0-based) call to the number. */
    Outcome choose(String toNumber, int nth, SplittableRandom dice) {
        List<Outcome> scripted = script.get(toNumber);
        if (scripted != null) {
            return scripted.get(Math.min(nth, scripted.size() - 1));
        }
        int total = weights.values().stream().mapToInt(w -> w).sum();
        int pick = dice.nextInt(total);
        for (Outcome outcome : Outcome.values()) {
            pick -= weights.getOrDefault(outcome, 0);
            if (pick < 0) {
                return outcome;
            }
        }
        throw new IllegalStateException("unreachable: weights sum to " + total);
    }
}
