package io.voxcampaigns.voiceruntime;

import java.util.Set;

/**
 * The recipients a fault applies to: exact numbers, number prefixes, and a share of every other number (chosen by
 * a hash of the number, so the same numbers are chosen on every run with the same seed).
 */
public record NumberSet(Set<String> numbers, Set<String> prefixes, double share) {

    public static final NumberSet NONE = new NumberSet(Set.of(), Set.of(), 0);

    public NumberSet {
        numbers = Set.copyOf(numbers);
        prefixes = Set.copyOf(prefixes);
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be between 0 and 1, got " + share);
        }
    }

    public static NumberSet of(String... numbers) {
        return new NumberSet(Set.of(numbers), Set.of(), 0);
    }

    public static NumberSet prefixed(String... prefixes) {
        return new NumberSet(Set.of(), Set.of(prefixes), 0);
    }

    public static NumberSet share(double share) {
        return new NumberSet(Set.of(), Set.of(), share);
    }

    boolean contains(String number, long seed) {
        if (numbers.contains(number) || prefixes.stream().anyMatch(number::startsWith)) {
            return true;
        }
        return share > 0 && Dice.of(seed, "share", number).nextDouble() < share;
    }
}
