package io.voxcampaigns.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lines of a suppression import, one rule per row. */
class SuppressionCsvTest {

    @Test
    void aNumberAloneTakesTheImportsReason() {
        assertThat(SuppressionCsv.parse("01012345678", "list")).isEqualTo(new SuppressionCsv.Row("01012345678",
                "list", null));
        assertThat(SuppressionCsv.parse(" 01012345678 ", null).number()).as("trimmed").isEqualTo("01012345678");
    }

    @Test
    void aSecondColumnIsTheRowsOwnReasonQuotedOrNot() {
        assertThat(SuppressionCsv.parse("01012345678,moved", "list").reason()).isEqualTo("moved");
        assertThat(SuppressionCsv.parse("01012345678,\"moved, \"\"no\"\" calls\"", null).reason())
                .isEqualTo("moved, \"no\" calls");
        assertThat(SuppressionCsv.parse("01012345678,", "list").reason()).as("empty: the import's").isEqualTo("list");
    }

    @Test
    void invalidLinesSayWhy() {
        assertThat(SuppressionCsv.parse("010-1234-5678", null).problem()).contains("hyphens");
        assertThat(SuppressionCsv.parse("+821012345678", null).problem()).contains("+82");
        assertThat(SuppressionCsv.parse("01012345678,a,b", null).problem()).contains("3 columns");
        assertThat(SuppressionCsv.parse("01012345678,\"open", null).problem()).contains("unterminated");
        assertThat(SuppressionCsv.parse("01012345678," + "r".repeat(201), null).problem()).startsWith("reason");
        assertThat(SuppressionCsv.parse("", null).valid()).isFalse();
    }

    @Test
    void theHeaderIsTheWordNumber() {
        assertThat(SuppressionCsv.isHeader("number")).isTrue();
        assertThat(SuppressionCsv.isHeader("Number,reason")).isTrue();
        assertThat(SuppressionCsv.isHeader("01012345678")).isFalse();
    }
}
