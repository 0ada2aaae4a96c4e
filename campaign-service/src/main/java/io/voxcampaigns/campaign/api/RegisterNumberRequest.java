package io.voxcampaigns.campaign.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of POST /v3/organization-telephone-numbers. */
public record RegisterNumberRequest(@JsonProperty("telephone_number") String telephoneNumber,
                                    @JsonProperty("usage") String usage) {
}
