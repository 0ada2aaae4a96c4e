package io.voxcampaigns.platform.retry;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.WeeklyWindow;

/**
 * Random inputs of the retry rules from one seeded {@link Random}, so a failing case is reproduced by its seed: calling
 * hours in zones with and without daylight saving time (New York, London, Lord Howe's half-hour shift, Santiago),
 * policies across every bound, outcomes of every reason and instants close to the zones' transitions.
 */
final class RandomCases {

    static final List<String> ZONES = List.of("Asia/Seoul", "UTC", "America/New_York", "Europe/London",
            "Australia/Lord_Howe", "America/Santiago", "Europe/Berlin", "Pacific/Chatham", "Asia/Kathmandu");
    private static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");
    private static final long SPAN_MS = Duration.ofDays(3 * 365).toMillis();

    private final Random random;

    RandomCases(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Calling hours, an instant near them, a policy whose deadline (if any) follows it, and a voicemail action. */
    record Setting(long seed, CallingHours hours, Instant clock, RetryPolicy policy, VoicemailAction voicemail) {

        RetryScheduler scheduler() {
            return new RetryScheduler(policy, voicemail, hours);
        }

        @Override
        public String toString() {
            return "seed " + seed + ": " + hours + " " + policy + " " + voicemail + " at " + clock;
        }
    }

    private final long seed;

    /** A whole setting of one case. */
    Setting setting() {
        CallingHours hours = hours();
        Instant clock = instant(hours.zone());
        return new Setting(seed, hours, clock, policy(clock), voicemail());
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    <T> T oneOf(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    double unit() {
        return random.nextDouble();
    }

    UUID taskId() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** Office hours, evenings, weekday-only sets, and windows of any width, 1 to 4 of them. */
    CallingHours hours() {
        ZoneId zone = ZoneId.of(oneOf(ZONES));
        List<WeeklyWindow> windows = new ArrayList<>();
        int count = between(1, 4);
        for (int i = 0; i < count; i++) {
            windows.add(chance(40) ? WeeklyWindow.everyDay(480, 1200) : window());
        }
        return new CallingHours(windows, zone, true);
    }

    private WeeklyWindow window() {
        // Half-hour edges meet DST transitions exactly; any minute finds the odd cases.
        int start = chance(50) ? 30 * between(0, 47) : between(0, 1439);
        int end = chance(25) ? 1440 : between(start + 1, 1440);
        return new WeeklyWindow(start, end, days());
    }

    private Set<DayOfWeek> days() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (chance(60)) {
                days.add(day);
            }
        }
        return days.isEmpty() ? EnumSet.of(oneOf(List.of(DayOfWeek.values()))) : days;
    }

    /** A valid policy with a deadline (60%) within 10 days of {@code around}, or none. */
    RetryPolicy policy(Instant around) {
        Set<DisconnectionReason> retryOn = EnumSet.noneOf(DisconnectionReason.class);
        for (DisconnectionReason reason : DisconnectionReason.values()) {
            if (RetryReasons.isRetryable(reason) && chance(60)) {
                retryOn.add(reason);
            }
        }
        Instant deadline = chance(60) ? around.plusMillis((long) (unit() * Duration.ofDays(10).toMillis())) : null;
        return new RetryPolicy(between(1, RetryPolicy.MAX_ATTEMPTS), retryOn, spacing(), deadline);
    }

    Spacing spacing() {
        Duration initial = Duration.ofSeconds(chance(30) ? oneOf(List.of(60, 1800, 3600, 86_400))
                : between(60, 86_400));
        double jitter = chance(40) ? 0 : unit() * Spacing.MAX_JITTER;
        if (chance(50)) {
            return Spacing.fixed(initial, jitter);
        }
        Duration max = Duration.ofSeconds(between((int) initial.toSeconds(), (int) Spacing.MAX_MAX.toSeconds()));
        return Spacing.exponential(initial, chance(20) ? initial : max, jitter);
    }

    VoicemailAction voicemail() {
        return switch (between(0, 2)) {
            case 0 -> VoicemailAction.defaults();
            case 1 -> new VoicemailAction(VoicemailActionType.retry, null);
            default -> new VoicemailAction(VoicemailActionType.leave_message, "Please call us back.");
        };
    }

    /** Connected a third of the time; otherwise any reason, mostly the retryable ones, sometimes none. */
    AttemptOutcome outcome() {
        if (chance(33)) {
            return AttemptOutcome.connected(oneOf(List.of(DisconnectionReason.user_hangup,
                    DisconnectionReason.agent_hangup, DisconnectionReason.max_duration_reached)));
        }
        if (chance(3)) {
            return AttemptOutcome.notConnected(null);
        }
        List<DisconnectionReason> all = List.of(DisconnectionReason.values());
        DisconnectionReason reason = oneOf(all);
        return AttemptOutcome.notConnected(chance(70) && !RetryReasons.isRetryable(reason)
                ? DisconnectionReason.dial_no_answer : reason);
    }

    /** Half uniform over three years, half within a few hours of one of the zone's offset transitions. */
    Instant instant(ZoneId zone) {
        Instant uniform = FIRST.plusMillis((long) (unit() * SPAN_MS));
        ZoneOffsetTransition transition = zone.getRules().nextTransition(uniform);
        if (transition == null || chance(50)) {
            return uniform;
        }
        return transition.getInstant().plusMillis((long) ((unit() - 0.5) * Duration.ofHours(8).toMillis()));
    }
}
