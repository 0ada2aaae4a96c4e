package io.voxcampaigns.dispatcher.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.dispatcher.persistence.OrganizationLimits;
import io.voxcampaigns.dispatcher.persistence.OrganizationLimits.FrequencyCap;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.FieldError;

/** The rules of a PUT body, without Quarkus: the bounds are inclusive, and one 400 names every invalid field. */
class OrganizationLimitsValidationTest {

    @Test
    void everyUpperBoundIsAccepted() {
        OrganizationLimits limits = OrganizationLimitsValidation.validated(new OrganizationLimitsBody(10_000, 9_999,
                100.0, 100.0, new OrganizationLimitsFrequencyCap(1_000, 8_760)));

        assertThat(limits).isEqualTo(new OrganizationLimits(10_000, 9_999, 100.0, 100.0,
                new FrequencyCap(1_000, Duration.ofHours(8_760)), null));
    }

    @Test
    void everyLowerBoundIsAccepted() {
        OrganizationLimits limits = OrganizationLimitsValidation.validated(new OrganizationLimitsBody(1, 0, 0.001,
                0.001, new OrganizationLimitsFrequencyCap(1, 1)));

        assertThat(limits).isEqualTo(new OrganizationLimits(1, 0, 0.001, 0.001,
                new FrequencyCap(1, Duration.ofHours(1)), null));
    }

    @Test
    void aRateBelowTheLowestIsRefusedNotStoredAsZero() {
        // Specmatic sent 4.9E-324 (Double.MIN_VALUE): above 0, but stored and read back as 0, a rate no round can use
        for (double tiny : new double[] {Double.MIN_VALUE, 0.0009}) {
            ApiException refused = catchThrowableOfType(ApiException.class, () -> OrganizationLimitsValidation
                    .validated(new OrganizationLimitsBody(null, null, tiny, tiny, null)));
            assertThat(refused.details().toString()).as("rate " + tiny)
                    .contains("max_calls_per_second", "max_calls_per_second_per_number", "at least 0.001");
        }
    }

    @Test
    void nothingSentIsNoLimitAndAZeroReserve() {
        assertThat(OrganizationLimitsValidation.validated(new OrganizationLimitsBody(null, null, null, null, null)))
                .isEqualTo(OrganizationLimits.NONE);
        assertThat(OrganizationLimitsValidation.validated(new OrganizationLimitsBody(null, 0, null, null, null)))
                .as("an explicit zero reserve needs no pool").isEqualTo(OrganizationLimits.NONE);
    }

    @Test
    void oneAnswerNamesEveryInvalidField() {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> OrganizationLimitsValidation.validated(
                new OrganizationLimitsBody(10, 10, 0.0, 101.0, new OrganizationLimitsFrequencyCap(null, 0))));

        assertThat(fields(refused)).containsExactly("inbound_reserve", "max_calls_per_second",
                "max_calls_per_second_per_number", "frequency_cap.max_attempts", "frequency_cap.period_hours");
    }

    @Test
    void aReserveIsNotJudgedAgainstAnInvalidPool() {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> OrganizationLimitsValidation.validated(
                new OrganizationLimitsBody(0, 3, null, null, null)));

        assertThat(fields(refused)).containsExactly("max_concurrent_calls");
    }

    private static List<String> fields(ApiException refused) {
        assertThat(refused).as("a 400").isNotNull();
        return ((List<?>) refused.details().get("errors")).stream().map(error -> ((FieldError) error).field())
                .toList();
    }
}
