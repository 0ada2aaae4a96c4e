package io.voxcampaigns.platform.schedule;

import static io.voxcampaigns.platform.schedule.TestWindows.window;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallTimeWindowModelTest {

    @Test
    void defaultsAreEightToTwentyEveryDayInSeoulResumingByThemselves() {
        CallingHours defaults = CallingHours.defaults();
        assertThat(defaults.windows()).containsExactly(new WeeklyWindow(480, 1200, EnumSet.allOf(DayOfWeek.class)));
        assertThat(defaults.zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(defaults.autoResume()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"-1,10", "10,10", "11,10", "0,1441", "1440,1441"})
    void aWindowOutsideTheDayOrEmptyIsRefused(int start, int end) {
        assertThatThrownBy(() -> window(start, end, MONDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWholeDayIsAWindow() {
        assertThat(window(0, 1440, MONDAY).covers(MONDAY, 1439)).isTrue();
    }

    @Test
    void aWindowNeedsDays() {
        assertThatThrownBy(() -> new WeeklyWindow(0, 10, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeeklyWindow(0, 10, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void daysAreCopiedInWeekOrderAndCannotChange() {
        List<DayOfWeek> source = new ArrayList<>(List.of(FRIDAY, MONDAY));
        WeeklyWindow window = new WeeklyWindow(0, 10, Set.copyOf(source));
        assertThat(window.days()).containsExactly(MONDAY, FRIDAY);
        assertThatThrownBy(() -> window.days().add(DayOfWeek.SUNDAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void coversIsHalfOpenAndPerDay() {
        WeeklyWindow window = window(480, 1200, MONDAY);
        assertThat(window.covers(MONDAY, 479)).isFalse();
        assertThat(window.covers(MONDAY, 480)).isTrue();
        assertThat(window.covers(MONDAY, 1199)).isTrue();
        assertThat(window.covers(MONDAY, 1200)).isFalse();
        assertThat(window.covers(FRIDAY, 600)).isFalse();
    }

    @Test
    void aCallTimeWindowNeedsOneToTwentyEightWindows() {
        ZoneId seoul = CallingHours.DEFAULT_ZONE;
        assertThatThrownBy(() -> new CallingHours(List.of(), seoul, true))
                .isInstanceOf(IllegalArgumentException.class);
        List<WeeklyWindow> many = Collections.nCopies(29, window(0, 10, MONDAY));
        assertThatThrownBy(() -> new CallingHours(many, seoul, true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new CallingHours(many.subList(0, 28), seoul, true).windows()).hasSize(28);
        assertThatThrownBy(() -> new CallingHours(List.of(window(0, 10, MONDAY)), null, true))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void windowsAreCopied() {
        List<WeeklyWindow> source = new ArrayList<>(List.of(window(0, 10, MONDAY)));
        CallingHours callTimeWindow = new CallingHours(source, CallingHours.DEFAULT_ZONE, false);
        source.add(window(20, 30, MONDAY));
        assertThat(callTimeWindow.windows()).hasSize(1);
        assertThat(callTimeWindow.autoResume()).isFalse();
    }

    @Test
    void equalSettingsAreEqual() {
        assertThat(CallingHours.defaults()).isEqualTo(CallingHours.defaults());
        assertThat(window(0, 10, MONDAY, FRIDAY)).isEqualTo(window(0, 10, FRIDAY, MONDAY));
    }
}
