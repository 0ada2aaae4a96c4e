package io.voxcampaigns.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** Numbers travel in E.164 on the events and come back to their domestic form unchanged. */
class DomesticNumbersE164Test {

    private static final String[] PREFIXES = {"010", "011", "016", "019", "02", "031", "064", "070", "0505", "080"};

    @Test
    void examples() {
        assertThat(DomesticNumbers.toE164("01012345678")).isEqualTo("+821012345678");
        assertThat(DomesticNumbers.toE164("0212345678")).isEqualTo("+82212345678");
        assertThat(DomesticNumbers.toE164("15881234")).as("a representative number has no trunk 0")
                .isEqualTo("+8215881234");
        assertThat(DomesticNumbers.fromE164("+8215881234")).isEqualTo("15881234");
        assertThat(DomesticNumbers.fromE164("01012345678")).as("already domestic").isEqualTo("01012345678");
        assertThat(DomesticNumbers.fromE164("+14155550100")).isNull();
        assertThat(DomesticNumbers.fromE164("+82")).isNull();
        assertThat(DomesticNumbers.fromE164(null)).isNull();
    }

    @Test
    void everyValidNumberSurvivesTheRoundTrip() {
        Random random = new Random(16);
        for (int i = 0; i < 10_000; i++) {
            String prefix = PREFIXES[random.nextInt(PREFIXES.length)];
            int digits = prefix.equals("070") ? 8 : 7 + random.nextInt(2);
            StringBuilder number = new StringBuilder(prefix);
            for (int d = 0; d < digits; d++) {
                number.append(random.nextInt(10));
            }
            String domestic = number.toString();
            if (DomesticNumbers.problem(domestic) != null) {
                continue;
            }
            assertThat(DomesticNumbers.fromE164(DomesticNumbers.toE164(domestic))).as(domestic).isEqualTo(domestic);
        }
        String representative = "1" + (5 + random.nextInt(5)) + "001234";
        assertThat(DomesticNumbers.fromE164(DomesticNumbers.toE164(representative))).isEqualTo(representative);
    }
}
