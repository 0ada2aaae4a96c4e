package io.voxcampaigns.platform.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The documents' list of retry_on values is the rule's list. */
class RetryableReasonTest {

    @Test
    void theDocumentedValuesAreExactlyTheRetryableReasons() {
        assertThat(Arrays.stream(RetryableReason.values()).map(Enum::name).toList())
                .containsExactlyInAnyOrderElementsOf(RetryReasons.retryableNames());
    }
}
