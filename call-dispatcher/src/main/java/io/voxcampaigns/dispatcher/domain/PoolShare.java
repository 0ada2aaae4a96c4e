package io.voxcampaigns.dispatcher.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organisation's concurrency pool shared between its campaigns in proportion to their concurrency, none given more
 * than it can use (water-filling): each round a campaign whose proportional part exceeds its demand gets its demand and
 * the rest is shared again among the others; what is left is split by whole calls, the remainders going to the largest
 * fractions (ties by campaign id). The shares never add up to more than the pool.
 */
public final class PoolShare {

    /** A campaign competing for the pool: its concurrency (the weight) and how many calls it could use now. */
    public record Demand(UUID campaignId, int concurrency, int demand) {
    }

    private PoolShare() {
    }

    /** Each competing campaign's share of {@code pool} calls. */
    public static Map<UUID, Integer> shares(int pool, List<Demand> demands) {
        Map<UUID, Integer> shares = new HashMap<>();
        List<Demand> open = new ArrayList<>(demands.stream().filter(d -> d.demand() > 0 && d.concurrency() > 0)
                .sorted(Comparator.comparing(Demand::campaignId)).toList());
        demands.forEach(d -> shares.put(d.campaignId(), 0));
        long left = Math.max(0, pool);
        boolean capped = true;
        while (capped && !open.isEmpty()) {
            capped = false;
            long weight = open.stream().mapToLong(Demand::concurrency).sum();
            for (Demand d : List.copyOf(open)) {
                if ((double) left * d.concurrency() / weight >= d.demand()) {
                    shares.put(d.campaignId(), d.demand());
                    left -= d.demand();
                    open.remove(d);
                    capped = true;
                }
            }
        }
        if (open.isEmpty()) {
            return shares;
        }
        long weight = open.stream().mapToLong(Demand::concurrency).sum();
        long shared = left;
        long given = 0;
        for (Demand d : open) {
            long whole = left * d.concurrency() / weight;
            shares.put(d.campaignId(), (int) whole);
            given += whole;
        }
        long rest = left - given;
        List<Demand> byFraction = open.stream().sorted(Comparator
                .comparingLong((Demand d) -> -(shared * d.concurrency() % weight))
                .thenComparing(Demand::campaignId)).toList();
        for (int i = 0; i < rest; i++) {
            Demand d = byFraction.get(i);
            shares.merge(d.campaignId(), 1, Integer::sum);
        }
        return shares;
    }
}
