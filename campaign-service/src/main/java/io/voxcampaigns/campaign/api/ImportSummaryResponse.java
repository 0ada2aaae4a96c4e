package io.voxcampaigns.campaign.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.service.SuppressionImport;

/**
 * The answer of a suppression import: numbers added, numbers already suppressed or repeated in the file, invalid
 * lines (skipped), and the first 1,000 invalid line numbers.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ImportSummaryResponse(@JsonProperty("added") long added,
                                    @JsonProperty("duplicates") long duplicates,
                                    @JsonProperty("invalid") long invalid,
                                    @Schema(maxItems = SuppressionImport.MAX_LISTED_LINES)
                                    @JsonProperty("invalid_lines") List<Long> invalidLines) {

    static ImportSummaryResponse of(SuppressionImport.Summary summary) {
        return new ImportSummaryResponse(summary.added(), summary.duplicates(), summary.invalid(),
                summary.invalidLines());
    }
}
