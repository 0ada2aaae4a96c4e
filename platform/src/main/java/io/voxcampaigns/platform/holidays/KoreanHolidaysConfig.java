package io.voxcampaigns.platform.holidays;

import java.time.LocalDate;
import java.util.List;

import io.smallrye.config.ConfigMapping;

/**
 * Election days and one-off holidays the statutory calendar cannot know (prefix vox.holidays.kr), an operator's table:
 * {@code vox.holidays.kr.extra[N].date} (ISO date) and {@code vox.holidays.kr.extra[N].name}. platform ships the ones
 * already decided (META-INF/microprofile-config.properties, indexes 0-3); a deployment adds more from index 4 on.
 */
@ConfigMapping(prefix = "vox.holidays.kr")
public interface KoreanHolidaysConfig {

    /** Extra public holidays: elections (공직선거법 article 34) and days the government designates (임시공휴일). */
    List<Extra> extra();

    /** One extra holiday. */
    interface Extra {

        /** The day, e.g. 2026-06-03. */
        LocalDate date();

        /** What it is, e.g. "Local elections". */
        String name();
    }
}
