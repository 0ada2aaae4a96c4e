package io.voxcampaigns.dispatcher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.dispatcher.domain.PoolShare.Demand;

/**
 * An organisation's pool shared between its campaigns (issue 16 item 6): examples, then random pools and campaign mixes
 * (fixed seed) against the invariants: never more than the pool, nobody above its demand, nothing left idle that
 * someone could use, and the campaigns held below their demand share in proportion to their concurrency, each within
 * one call of its exact part.
 */
class PoolShareTest {

    private static final long SEED = 20261204L;
    private final Random random = new Random(SEED);

    @Test
    void sharedInProportionToConcurrency() {
        Demand a = demand(4, 4);
        Demand b = demand(4, 4);
        Demand c = demand(2, 2);
        Map<UUID, Integer> shares = PoolShare.shares(5, List.of(a, b, c));
        assertThat(shares.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
        assertThat(shares.get(c.campaignId())).isEqualTo(1);
        assertThat(List.of(shares.get(a.campaignId()), shares.get(b.campaignId()))).containsExactlyInAnyOrder(2, 2);
    }

    @Test
    void whatACampaignCannotUseGoesToTheOthers() {
        Demand small = demand(10, 1);
        Demand big = demand(10, 50);
        Map<UUID, Integer> shares = PoolShare.shares(20, List.of(small, big));
        assertThat(shares.get(small.campaignId())).isEqualTo(1);
        assertThat(shares.get(big.campaignId())).isEqualTo(19);
    }

    @Test
    void aPoolSmallerThanTheCampaignsGivesSomeNone() {
        List<Demand> demands = List.of(demand(1, 1), demand(1, 1), demand(1, 1));
        Map<UUID, Integer> shares = PoolShare.shares(2, demands);
        assertThat(shares.values()).containsExactlyInAnyOrder(1, 1, 0);
        assertThat(PoolShare.shares(0, demands).values()).containsOnly(0);
    }

    @Test
    void randomPoolsAndCampaignsKeepTheInvariants() {
        for (int run = 0; run < 20_000; run++) {
            int pool = random.nextInt(60);
            List<Demand> demands = new ArrayList<>();
            int campaigns = 1 + random.nextInt(6);
            for (int i = 0; i < campaigns; i++) {
                int concurrency = 1 + random.nextInt(30);
                demands.add(demand(concurrency, random.nextInt(concurrency + 1)));
            }
            Map<UUID, Integer> shares = PoolShare.shares(pool, demands);
            String example = "pool " + pool + ", " + demands;

            int total = shares.values().stream().mapToInt(Integer::intValue).sum();
            int wanted = demands.stream().mapToInt(Demand::demand).sum();
            assertThat(total).as(example).isEqualTo(Math.min(pool, wanted));
            for (Demand d : demands) {
                assertThat(shares.get(d.campaignId())).as(example).isBetween(0, d.demand());
            }
            // campaigns held below their demand share what they got in proportion to concurrency, to within one call
            List<Demand> held = demands.stream().filter(d -> shares.get(d.campaignId()) < d.demand()).toList();
            double heldTotal = held.stream().mapToInt(d -> shares.get(d.campaignId())).sum();
            double heldWeight = held.stream().mapToInt(Demand::concurrency).sum();
            for (Demand d : held) {
                assertThat((double) shares.get(d.campaignId())).as(example)
                        .isStrictlyBetween(heldTotal * d.concurrency() / heldWeight - 1,
                                heldTotal * d.concurrency() / heldWeight + 1);
            }
        }
    }

    private static Demand demand(int concurrency, int demand) {
        return new Demand(UUID.randomUUID(), concurrency, demand);
    }
}
