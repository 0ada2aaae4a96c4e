package io.voxcampaigns.platform.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

/**
 * Finds where a {@link CallingHours} turns open or closed. Openness can only change where the wall clock crosses a
 * window edge or an edge of the legal hours, or where an offset changes, so those instants are the only candidates
 * worth testing.
 */
final class Boundaries {

    // Eight days cover a full week of edges even with the offset shifting inside the span.
    private static final Duration SPAN = Duration.ofDays(8);
    // About 16 months: enough to step past any DST gap that swallows the only window of a week.
    private static final int MAX_SPANS = 60;
    // Wall-clock dates can lag or lead the instant by up to a day (historic date-line moves), so look wider.
    private static final int DATE_MARGIN_DAYS = 2;

    private final CallingHours window;

    Boundaries(CallingHours window) {
        this.window = window;
    }

    /**
     * The earliest instant at or after {@code from} where the window is open ({@code wantOpen}) or closed, looking
     * at window edges given by {@code edgeMinute} and at offset transitions.
     */
    Optional<Instant> first(Instant from, ToIntFunction<WeeklyWindow> edgeMinute, boolean wantOpen) {
        Instant spanStart = from;
        for (int i = 0; i < MAX_SPANS; i++) {
            Instant spanEnd = spanStart.plus(SPAN);
            Instant best = earliestIn(spanStart, spanEnd, edgeMinute, wantOpen);
            if (best != null) {
                return Optional.of(best);
            }
            spanStart = spanEnd;
        }
        return Optional.empty();
    }

    private Instant earliestIn(Instant start, Instant end, ToIntFunction<WeeklyWindow> edgeMinute, boolean wantOpen) {
        Instant best = edges(window.zone(), start, end, wantOpen, null, date -> window.windows().stream()
                .filter(w -> w.days().contains(date.getDayOfWeek())).mapToInt(edgeMinute));
        LegalHours legal = window.legal();
        if (legal != null) {
            // the legal hours' own edges, in their zone: where they open (start_min) and close (end_min)
            int minute = wantOpen ? legal.startMin() : legal.endMin();
            best = edges(legal.zone(), start, end, wantOpen, best, date -> IntStream.of(minute));
        }
        return best;
    }

    /**
     * The best candidate so far against the wall-clock edges {@code minutesOn} gives for each date of {@code zone}
     * around the span, and the zone's offset transitions in it.
     */
    private Instant edges(ZoneId zone, Instant start, Instant end, boolean wantOpen, Instant best,
                          Function<LocalDate, IntStream> minutesOn) {
        ZoneRules zoneRules = zone.getRules();
        LocalDate lastDate = LocalDateTime.ofInstant(end, zone).toLocalDate().plusDays(DATE_MARGIN_DAYS);
        LocalDate date = LocalDateTime.ofInstant(start, zone).toLocalDate().minusDays(DATE_MARGIN_DAYS);
        for (; !date.isAfter(lastDate); date = date.plusDays(1)) {
            LocalDate day = date;
            for (int minute : minutesOn.apply(day).toArray()) {
                LocalDateTime edge = day.atStartOfDay().plusMinutes(minute);
                // No valid offset: the edge lies in a gap, and the transition below stands in for it.
                // Two offsets: the wall-clock time happens twice, and either instant may be the boundary.
                for (ZoneOffset offset : zoneRules.getValidOffsets(edge)) {
                    best = better(best, edge.toInstant(offset), start, end, wantOpen);
                }
            }
        }
        ZoneOffsetTransition transition = zoneRules.nextTransition(start.minusNanos(1));
        while (transition != null && transition.getInstant().isBefore(end)) {
            best = better(best, transition.getInstant(), start, end, wantOpen);
            transition = zoneRules.nextTransition(transition.getInstant());
        }
        return best;
    }

    private Instant better(Instant best, Instant candidate, Instant start, Instant end, boolean wantOpen) {
        boolean inSpan = !candidate.isBefore(start) && candidate.isBefore(end);
        if (!inSpan || window.isOpen(candidate) != wantOpen) {
            return best;
        }
        return best == null || candidate.isBefore(best) ? candidate : best;
    }
}
