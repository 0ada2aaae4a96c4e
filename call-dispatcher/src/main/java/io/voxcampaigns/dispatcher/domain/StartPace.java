package io.voxcampaigns.dispatcher.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * A campaign's max_calls_per_second, a virtual schedule in the manner of the generic cell rate algorithm:
 * {@code nextAt} is the instant the next start is due (null: none started yet). A call may start once it is due, one
 * per round; each start moves the schedule one interval on. A round up to half an interval late keeps the schedule
 * (the next start is due one interval after the missed instant, so lateness is not lost); a later one, or the first
 * after an idle time, starts it again from its own instant (no burst to make up for the past). So starts are evenly
 * spaced, never closer than half an interval, and never more than {@code (span + interval / 2) / interval + 1} in any
 * span.
 *
 * @param perSecond the rate, calls per second, above 0
 * @param nextAt    when the next start is due; null before the first
 */
public record StartPace(double perSecond, Instant nextAt) {

    public StartPace {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("calls per second must be above 0, got " + perSecond);
        }
    }

    /** The time between two starts. */
    public Duration interval() {
        return Duration.ofNanos(Math.max(1, Math.round(1_000_000_000d / perSecond)));
    }

    /** How many of {@code wanted} calls may start at {@code now}: 0 or 1. */
    public int allowance(Instant now, int wanted) {
        return wanted > 0 && !dueAt().isAfter(now) ? 1 : 0;
    }

    /** The earliest instant a call may start (long past when one may start at once). */
    public Instant dueAt() {
        return nextAt == null ? Instant.MIN : nextAt;
    }

    /** The pace after {@code started} calls started at {@code now}, when they were allowed. */
    public StartPace after(Instant now, int started) {
        if (started == 0) {
            return this;
        }
        Duration interval = interval();
        boolean onSchedule = nextAt != null && !nextAt.isBefore(now.minus(interval.dividedBy(2)));
        Instant from = onSchedule ? nextAt : now;
        return new StartPace(perSecond, from.plus(interval.multipliedBy(started)));
    }
}
