package io.voxcampaigns.agent.domain.data;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of {@code data.builtInTools}. The vox schema is a one-of by {@code toolType}; one record with the
 * union of the variants' fields keeps strict parsing while accepting every variant; an answer carries the keys that
 * were set, not the other variants' nulls.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BuiltInTool(@JsonProperty("toolType") String toolType,
                          @JsonProperty("name") String name,
                          @JsonProperty("description") String description,
                          @JsonProperty("speakDuringExecution") SpeakDuringExecution speakDuringExecution,
                          @JsonProperty("transferConfigurations") List<TransferConfiguration> transferConfigurations,
                          @JsonProperty("agent") ToolAgentReference agent,
                          @JsonProperty("preserveChatContext") Boolean preserveChatContext,
                          @JsonProperty("responseMode") String responseMode,
                          @JsonProperty("smsMessageType") String smsMessageType,
                          @JsonProperty("prompt") String prompt,
                          @JsonProperty("staticSentence") String staticSentence,
                          @JsonProperty("title") String title,
                          @JsonProperty("imageFileKeys") List<String> imageFileKeys,
                          @JsonProperty("smsFromNumber") String smsFromNumber,
                          @JsonProperty("allowInterruption") Boolean allowInterruption) {
}
