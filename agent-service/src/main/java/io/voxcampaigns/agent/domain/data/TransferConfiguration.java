package io.voxcampaigns.agent.domain.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One destination of a transfer_call tool. */
public record TransferConfiguration(@JsonProperty("transferType") String transferType,
                                    @JsonProperty("transferTo") String transferTo,
                                    @JsonProperty("transferCondition") String transferCondition) {
}
