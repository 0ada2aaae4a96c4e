package io.voxcampaigns.agent.domain.data;

import java.util.List;
import java.util.Map;

/**
 * The server defaults (docs/api.md "Agent data") that a new agent's partial {@code data} is merged onto.
 * Fields without a documented default (llm.model, voice.id, ...) stay null until the client sets them.
 */
public final class AgentDataDefaults {

    public static final int RING_DURATION_SECONDS = 30;
    public static final int CALL_TIMEOUT_SECONDS = 900;

    private AgentDataDefaults() {
    }

    public static AgentData defaults() {
        return new AgentData(
                new PromptSettings("", "", "aiFirstDynamic", 0.0, true),
                new SttSettings(List.of("ko"), "high"),
                new LlmSettings(null, 1.0, null, "none"),
                new VoiceSettings(null, null, null, 1.0, 1.0, null, 0.9),
                new SpeechSettings(1.0, null, true, true),
                new CallSettingsSection("none", 0.5, "bvc", 0.55, CALL_TIMEOUT_SECONDS, 30, RING_DURATION_SECONDS,
                        false, "#", 3.0, false),
                new PostCallSettings(List.of()),
                new SecuritySettings(false),
                new WebhookSettings(null, null, "v1", false),
                new KnowledgeSettings(false, List.of()),
                Map.of(),
                List.of(),
                List.of());
    }
}
