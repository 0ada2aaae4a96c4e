package io.voxcampaigns.dispatcher.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.dispatcher.persistence.Call;

/** A call as the API shows it (vox CallResponse, without transcript). */
public record CallResponse(@JsonProperty("call_id") String callId,
                           @JsonProperty("campaign_id") String campaignId,
                           @JsonProperty("from_number") String fromNumber,
                           @JsonProperty("to_number") String toNumber,
                           @JsonProperty("call_status") String callStatus,
                           @JsonProperty("disconnection_reason") String disconnectionReason,
                           @JsonProperty("start_at") Long startAt,
                           @JsonProperty("end_at") Long endAt) {

    static CallResponse of(Call call) {
        return new CallResponse(call.id.toString(), call.campaignId.toString(), call.fromNumber, call.toNumber,
                call.status, call.disconnectionReason,
                call.startAt == null ? null : call.startAt.toEpochMilli(),
                call.endAt == null ? null : call.endAt.toEpochMilli());
    }
}
