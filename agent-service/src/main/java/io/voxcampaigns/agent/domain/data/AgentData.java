package io.voxcampaigns.agent.domain.data;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An agent's {@code data} (camelCase inside, as in the vox registry), shared by both agent types. */
public record AgentData(@JsonProperty("prompt") PromptSettings prompt,
                        @JsonProperty("stt") SttSettings stt,
                        @JsonProperty("llm") LlmSettings llm,
                        @JsonProperty("voice") VoiceSettings voice,
                        @JsonProperty("speech") SpeechSettings speech,
                        @JsonProperty("callSettings") CallSettingsSection callSettings,
                        @JsonProperty("postCall") PostCallSettings postCall,
                        @JsonProperty("security") SecuritySettings security,
                        @JsonProperty("webhookSettings") WebhookSettings webhookSettings,
                        @JsonProperty("knowledge") KnowledgeSettings knowledge,
                        @JsonProperty("presetDynamicVariables") Map<String, String> presetDynamicVariables,
                        @JsonProperty("toolIds") List<String> toolIds,
                        @JsonProperty("builtInTools") List<BuiltInTool> builtInTools) {
}
