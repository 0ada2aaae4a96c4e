package io.voxcampaigns.dispatcher.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The dispatcher's clock in tests: the system time until a test freezes or moves it; reset after each such test. */
public final class TestClock extends Clock {

    public static final TestClock INSTANCE = new TestClock();

    private volatile Instant frozen;
    private volatile Duration offset = Duration.ZERO;

    private TestClock() {
    }

    /** Stops time at {@code instant} until moved or reset. */
    public void freezeAt(Instant instant) {
        frozen = instant;
    }

    /** Moves time forward (a frozen clock stays frozen). */
    public void advance(Duration duration) {
        if (frozen != null) {
            frozen = frozen.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
    }

    /** Back to the system time. */
    public void reset() {
        frozen = null;
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        Instant at = frozen;
        return at != null ? at : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the dispatcher works in instants");
    }
}
