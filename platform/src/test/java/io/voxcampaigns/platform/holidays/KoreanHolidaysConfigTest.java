package io.voxcampaigns.platform.holidays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The operator's table of election days and one-off holidays: the shipped entries, and how a deployment adds one. */
class KoreanHolidaysConfigTest {

    @Test
    void theShippedTableHoldsTheDecidedElectionsAndTheTemporaryHoliday() {
        assertThat(ShippedExtraHolidays.config().extra())
                .extracting(extra -> extra.date() + " " + extra.name())
                .containsExactly("2025-01-27 Temporary holiday", "2025-06-03 Presidential election",
                        "2026-06-03 Local elections", "2028-04-12 National Assembly election");
    }

    @Test
    void theProducerMakesEveryConfiguredEntryAHoliday() {
        List<KoreanHolidaysConfig.Extra> extras = new ArrayList<>(ShippedExtraHolidays.config().extra());
        extras.add(ShippedExtraHolidays.extra(LocalDate.of(2027, 10, 8), "Temporary holiday"));

        KoreanHolidays calendar = new KoreanHolidaysProducer().koreanHolidays(() -> extras);

        assertThat(calendar.holiday(LocalDate.of(2027, 10, 8))).get()
                .extracting(PublicHoliday::name).isEqualTo("Temporary holiday");
        assertThat(calendar.holiday(LocalDate.of(2026, 6, 3))).get()
                .extracting(PublicHoliday::name).isEqualTo("Local elections");
    }

    @Test
    void anEnvironmentVariableAddsAnEntryAtTheNextIndex() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withDefaultValues(Map.of("vox.holidays.kr.extra[0].date", "2025-01-27",
                        "vox.holidays.kr.extra[0].name", "Temporary holiday"))
                .withSources(new EnvConfigSource(Map.of("VOX_HOLIDAYS_KR_EXTRA_4__DATE", "2030-06-05",
                        "VOX_HOLIDAYS_KR_EXTRA_4__NAME", "Local elections"), 300))
                .build();

        assertThat(config.getIndexedPropertiesIndexes("vox.holidays.kr.extra")).containsExactly(0, 4);
        assertThat(config.getValue("vox.holidays.kr.extra[4].name", String.class)).isEqualTo("Local elections");
    }
}
