package io.voxcampaigns.agent.domain.data;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One post-call extraction field of {@code data.postCall.actions}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostCallAction(@JsonProperty("name") String name,
                             @JsonProperty("type") String type,
                             @JsonProperty("isNullable") Boolean isNullable,
                             @JsonProperty("description") String description,
                             @JsonProperty("enumOptions") List<String> enumOptions) {
}
