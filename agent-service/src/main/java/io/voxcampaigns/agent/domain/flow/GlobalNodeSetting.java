package io.voxcampaigns.agent.domain.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** vox's public flow format of a global node: the condition under which the call jumps to it from anywhere. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GlobalNodeSetting(@JsonProperty("condition") String condition) {
}
