package io.voxcampaigns.agent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Change times are kept to the millisecond and always move forward. */
class ChangeTimesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456789Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void nowIsTruncatedToTheMillisecond() {
        assertThat(ChangeTimes.now(CLOCK)).isEqualTo(Instant.parse("2026-03-01T10:15:30.123Z"));
    }

    @Test
    void afterAnOlderChangeIsNow() {
        assertThat(ChangeTimes.after(NOW.minusSeconds(5), CLOCK)).isEqualTo(Instant.parse("2026-03-01T10:15:30.123Z"));
    }

    @Test
    void afterAChangeInTheSameMillisecondIsOneMillisecondLater() {
        Instant previous = Instant.parse("2026-03-01T10:15:30.123Z");
        assertThat(ChangeTimes.after(previous, CLOCK)).isEqualTo(previous.plusMillis(1));
    }

    @Test
    void afterAChangeStampedAheadOfTheClockStillMovesForward() {
        Instant previous = Instant.parse("2026-03-01T10:15:31Z");
        assertThat(ChangeTimes.after(previous, CLOCK)).isEqualTo(previous.plusMillis(1));
    }
}
