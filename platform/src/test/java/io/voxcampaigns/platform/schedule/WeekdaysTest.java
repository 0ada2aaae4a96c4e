package io.voxcampaigns.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeekdaysTest {

    @ParameterizedTest
    @EnumSource(DayOfWeek.class)
    void everyDayRoundTripsThroughItsName(DayOfWeek day) {
        assertThat(Weekdays.parse(Weekdays.name(day))).contains(day);
    }

    @Test
    void namesAreCapitalisedEnglish() {
        assertThat(Weekdays.name(DayOfWeek.MONDAY)).isEqualTo("Monday");
        assertThat(Weekdays.name(DayOfWeek.SUNDAY)).isEqualTo("Sunday");
    }

    @ParameterizedTest
    @ValueSource(strings = {"monday", "MONDAY", "Mon", " Monday", "Monday ", "", "Montag", "1"})
    void otherSpellingsAreNotDays(String name) {
        assertThat(Weekdays.parse(name)).isEmpty();
    }

    @Test
    void nullIsNotADay() {
        assertThat(Weekdays.parse(null)).isEmpty();
    }
}
