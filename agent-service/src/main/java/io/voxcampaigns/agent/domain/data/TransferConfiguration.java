package io.voxcampaigns.agent.domain.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One destination of a transfer_call tool. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransferConfiguration(@JsonProperty("transferType") String transferType,
                                    @JsonProperty("transferTo") String transferTo,
                                    @JsonProperty("transferCondition") String transferCondition) {
}
