package io.voxcampaigns.dispatcher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * max_calls_per_second (issue 16 item 5) as the rounds apply it: random rates and round times (fixed seed), the
 * starts checked against the rate. Rounds come whenever the engine runs them: at the instant the pace names, late,
 * early, or for other reasons (a call ended).
 */
class StartPaceTest {

    private static final long SEED = 20_261_204L;
    private static final Instant T0 = Instant.parse("2027-03-03T01:00:00Z");

    private final Random random = new Random(SEED);

    @Test
    void startsNeverExceedTheRateOverAnySpanAndAreNeverTwoAtOnce() {
        for (int run = 0; run < 300; run++) {
            double rate = randomRate();
            List<Instant> starts = simulate(rate, false);
            String context = "rate " + rate + ", starts " + starts;
            long spanNanos = Math.round(1e9 / rate);
            for (int i = 1; i < starts.size(); i++) {
                // Half an interval is the most a late round may catch up: never closer than that.
                assertThat(Duration.between(starts.get(i - 1), starts.get(i)).toNanos()).as(context)
                        .isGreaterThanOrEqualTo(spanNanos / 2 - 1);
            }
            // For every i < j (j - i + 1 starts within [starts[i], starts[j]]):
            // (j - i) * interval <= span + interval / 2, i.e. a(j) - a(i) <= interval / 2 with
            // a(k) = k * interval - (starts[k] - T0); checked against the least a so far, in one pass.
            long least = Long.MAX_VALUE;
            for (int k = 0; k < starts.size(); k++) {
                long a = k * spanNanos - Duration.between(T0, starts.get(k)).toNanos();
                if (least != Long.MAX_VALUE) {
                    assertThat(a - least).as("%s, start %d", context, k).isLessThanOrEqualTo(spanNanos / 2);
                }
                least = Math.min(least, a);
            }
        }
    }

    @Test
    void roundsAtTheInstantsThePaceNamesStartAtExactlyTheRate() {
        for (int run = 0; run < 100; run++) {
            double rate = randomRate();
            List<Instant> starts = simulate(rate, true);
            Duration interval = new StartPace(rate, null).interval();
            for (int i = 1; i < starts.size(); i++) {
                assertThat(Duration.between(starts.get(i - 1), starts.get(i))).as("rate %s", rate)
                        .isEqualTo(interval);
            }
            assertThat(starts).hasSizeGreaterThan(10);
        }
    }

    @Test
    void aPaceIsAboveZero() {
        assertThatThrownBy(() -> new StartPace(0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StartPace(-1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new StartPace(4, null).allowance(T0, 5)).as("the first start is free").isEqualTo(1);
        assertThat(new StartPace(4, null).allowance(T0, 0)).as("nothing wanted").isZero();
        StartPace started = new StartPace(4, null).after(T0, 1);
        assertThat(started.allowance(T0.plusMillis(249), 1)).isZero();
        assertThat(started.allowance(T0.plusMillis(250), 1)).isEqualTo(1);
        assertThat(started.after(T0.plusMillis(300), 1).nextAt()).as("50 ms late: the schedule holds")
                .isEqualTo(T0.plusMillis(500));
        assertThat(started.after(T0.plusSeconds(10), 1).nextAt()).as("idle: it starts again")
                .isEqualTo(T0.plusSeconds(10).plusMillis(250));
    }

    /**
     * Rounds over a minute, each wanting 1-5 calls: when {@code onTime}, exactly at the instants the pace names;
     * otherwise at random instants between those and a little after, plus rounds for other reasons.
     */
    private List<Instant> simulate(double rate, boolean onTime) {
        StartPace pace = new StartPace(rate, null);
        List<Instant> starts = new ArrayList<>();
        Instant now = T0;
        Instant end = T0.plusSeconds(60);
        while (now.isBefore(end)) {
            int allowed = pace.allowance(now, 1 + random.nextInt(5));
            if (allowed > 0) {
                starts.add(now);
                pace = pace.after(now, allowed);
            }
            now = onTime ? pace.dueAt() : next(now, pace);
        }
        return starts;
    }

    private Instant next(Instant now, StartPace pace) {
        long intervalNanos = pace.interval().toNanos();
        if (random.nextInt(3) == 0) {
            // another event: a call ended somewhere in the next interval
            return now.plusNanos(1 + (long) (random.nextDouble() * intervalNanos));
        }
        Instant due = pace.dueAt().isAfter(now) ? pace.dueAt() : now;
        // the timer fires at the due instant or up to half an interval late
        return due.plusNanos((long) (random.nextDouble() * intervalNanos / 2)).plusNanos(1);
    }

    private double randomRate() {
        return random.nextBoolean() ? 1 + random.nextInt(30) : 0.05 + random.nextDouble() * 99.95;
    }
}
