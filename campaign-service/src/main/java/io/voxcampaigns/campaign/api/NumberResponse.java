package io.voxcampaigns.campaign.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.campaign.persistence.OrganizationNumber;

/** An organisation telephone number as the API shows it. */
public record NumberResponse(@JsonProperty("id") String id,
                             @JsonProperty("telephone_number") String telephoneNumber,
                             @JsonProperty("usage") String usage,
                             @JsonProperty("status") String status,
                             @JsonProperty("created_at") long createdAt,
                             @JsonProperty("updated_at") long updatedAt) {

    static NumberResponse of(OrganizationNumber number) {
        return new NumberResponse(number.id.toString(), number.telephoneNumber, number.usage.value(),
                number.status.value(), number.createdAt.toEpochMilli(), number.updatedAt.toEpochMilli());
    }
}
