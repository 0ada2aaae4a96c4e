package io.voxcampaigns.campaign.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.platform.schedule.LegalHours;

/** A campaign's legal_hours: when the law lets calls of its purpose start, whatever call_time_window says. */
@Schema(name = "LegalHours")
public record LegalHoursBody(
        @JsonProperty("timezone") @Schema(description = "the zone the law speaks of: Asia/Seoul") String timezone,
        @JsonProperty("start_min") @Schema(description = "the first minute after local midnight a call may start")
        int startMin,
        @JsonProperty("end_min") @Schema(description = "the minute from which none may start") int endMin) {

    static LegalHoursBody of(LegalHours hours) {
        return new LegalHoursBody(hours.zone().getId(), hours.startMin(), hours.endMin());
    }
}
