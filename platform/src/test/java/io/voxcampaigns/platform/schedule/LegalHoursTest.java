package io.voxcampaigns.platform.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A purpose's legal hours on top of the campaign's windows (issue 16 item 4); random cases: CallTimeWindowPropertyTest. */
class LegalHoursTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** 07:00-23:00 every day in Seoul: asks for hours the law closes to three purposes. */
    private static final CallingHours LATE = new CallingHours(List.of(WeeklyWindow.everyDay(420, 1380)), SEOUL, true);

    @Test
    void generalPurposeKeepsTheWindowsAndTheOthersCallOnlyFromEightToNineInSeoul() {
        assertThat(LATE.forPurpose(CallPurpose.GENERAL).isOpen(seoul(7, 30))).isTrue();
        assertThat(LATE.forPurpose(CallPurpose.GENERAL).isOpen(seoul(22, 0))).isTrue();
        for (CallPurpose purpose : List.of(CallPurpose.ADVERTISING, CallPurpose.FINANCIAL_SALES,
                CallPurpose.DEBT_COLLECTION)) {
            CallingHours hours = LATE.forPurpose(purpose);
            assertThat(hours.closure(seoul(7, 59))).as(purpose.value()).isEqualTo(Closure.LEGAL_HOURS);
            assertThat(hours.closure(seoul(8, 0))).as(purpose.value()).isEqualTo(Closure.OPEN);
            assertThat(hours.closure(seoul(20, 59))).as(purpose.value()).isEqualTo(Closure.OPEN);
            assertThat(hours.closure(seoul(21, 0))).as(purpose.value()).isEqualTo(Closure.LEGAL_HOURS);
            assertThat(hours.closure(seoul(23, 30))).as("outside the window first").isEqualTo(Closure.OUTSIDE_WINDOWS);
            assertThat(hours.nextOpening(seoul(6, 0))).as(purpose.value()).contains(seoul(8, 0));
            assertThat(hours.nextClosing(seoul(10, 0))).as(purpose.value()).contains(seoul(21, 0));
            assertThat(hours.nextOpening(seoul(21, 30))).as(purpose.value())
                    .contains(seoul(8, 0).plusSeconds(86_400));
        }
    }

    @Test
    void legalHoursFollowSeoulWhateverTheWindowsZone() {
        // 09:00-17:00 in New York is 22:00/23:00-06:00/07:00 in Seoul: never inside 08:00-21:00 there.
        CallingHours office = new CallingHours(List.of(WeeklyWindow.everyDay(540, 1020)), NEW_YORK, true);
        Instant january = ZonedDateTime.of(2027, 1, 4, 12, 0, 0, 0, NEW_YORK).toInstant();
        assertThat(office.isOpen(january)).isTrue();
        assertThat(office.forPurpose(CallPurpose.DEBT_COLLECTION).closure(january)).isEqualTo(Closure.LEGAL_HOURS);
        assertThat(office.forPurpose(CallPurpose.DEBT_COLLECTION).nextOpening(january)).isEmpty();
        // 17:00-24:00 in New York (EST) reaches 07:00-14:00 in Seoul: open from 08:00 Seoul = 18:00 New York.
        CallingHours evening = new CallingHours(List.of(WeeklyWindow.everyDay(1020, 1440)), NEW_YORK, true);
        assertThat(evening.forPurpose(CallPurpose.ADVERTISING).nextOpening(january))
                .contains(ZonedDateTime.of(2027, 1, 4, 18, 0, 0, 0, NEW_YORK).toInstant());
    }

    @Test
    void purposesHaveTheirApiNames() {
        assertThat(CallPurpose.apiValues()).containsExactly("general", "advertising", "financial_sales",
                "debt_collection");
        assertThat(CallPurpose.parse("debt_collection")).contains(CallPurpose.DEBT_COLLECTION);
        assertThat(CallPurpose.parse("Debt_Collection")).isEmpty();
        assertThat(CallPurpose.DEBT_COLLECTION.contactCap()).contains(new ContactCap(7, Duration.ofDays(7)));
        assertThat(CallPurpose.FINANCIAL_SALES.contactCap()).isEmpty();
    }

    /** 4 January 2027 at this time in Seoul. */
    private static Instant seoul(int hour, int minute) {
        return ZonedDateTime.of(2027, 1, 4, hour, minute, 0, 0, SEOUL).toInstant();
    }
}
