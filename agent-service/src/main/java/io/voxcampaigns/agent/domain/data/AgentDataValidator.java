package io.voxcampaigns.agent.domain.data;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.voxcampaigns.platform.error.ValidationErrors;

/**
 * Checks a complete (merged) {@code data} against the enumerations and ranges of docs/api.md "Agent data"; every
 * error names its JSON path, e.g. {@code data.callSettings.ringDurationInSeconds}. Fields that have a default are
 * never null: null would only mean "clear", and these fields cannot be cleared.
 */
public final class AgentDataValidator {

    static final Set<String> FIRST_LINE_TYPES = Set.of("userFirst", "aiFirstDynamic", "aiFirstStatic");
    static final Set<String> STT_SPEEDS = Set.of("low", "medium", "high");
    static final Set<String> BACKGROUND_MUSIC = Set.of("none", "cafe", "office", "call_center", "library", "dial_tone");
    static final Set<String> NOISE_CANCELLATION = Set.of("none", "nc", "bvc");
    static final Set<String> DTMF_KEYS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "#");
    static final Set<String> POST_CALL_TYPES = Set.of("string", "enum", "boolean", "number");
    static final Set<String> WEBHOOK_VERSIONS = Set.of("v1", "v2");
    static final Set<String> TOOL_TYPES = Set.of("end_call", "transfer_call", "transfer_agent", "send_sms", "send_dtmf",
            "search_address");
    static final Set<String> TRANSFER_TYPES = Set.of("phone", "sip");
    static final Set<String> SMS_RESPONSE_MODES = Set.of("wait", "fire_and_forget");
    static final Set<String> SMS_MESSAGE_TYPES = Set.of("static", "dynamic");

    private final ValidationErrors errors;

    private AgentDataValidator(ValidationErrors errors) {
        this.errors = errors;
    }

    /**
     * Adds an error for every invalid field of {@code data}; {@code sentSections} are the sections of the request,
     * whose required keys ({@code llm.model}, {@code voice.id}, {@code voice.provider}) must then be set.
     */
    public static void validate(AgentData data, Set<String> sentSections, ValidationErrors errors) {
        new AgentDataValidator(errors).check(data, sentSections);
    }

    private void check(AgentData d, Set<String> sent) {
        if (present(d.prompt(), "data.prompt")) {
            prompt(d.prompt());
        }
        if (present(d.stt(), "data.stt")) {
            stt(d.stt());
        }
        if (present(d.llm(), "data.llm")) {
            llm(d.llm(), sent.contains("llm"));
        }
        if (present(d.voice(), "data.voice")) {
            voice(d.voice(), sent.contains("voice"));
        }
        if (present(d.speech(), "data.speech")) {
            speech(d.speech());
        }
        if (present(d.callSettings(), "data.callSettings")) {
            callSettings(d.callSettings());
        }
        if (present(d.postCall(), "data.postCall")) {
            postCall(d.postCall());
        }
        if (present(d.security(), "data.security")) {
            present(d.security().optOutSensitiveDataStorage(), "data.security.optOutSensitiveDataStorage");
        }
        if (present(d.webhookSettings(), "data.webhookSettings")) {
            webhooks(d.webhookSettings());
        }
        if (present(d.knowledge(), "data.knowledge")) {
            knowledge(d.knowledge());
        }
        if (present(d.presetDynamicVariables(), "data.presetDynamicVariables")) {
            for (Map.Entry<String, String> variable : d.presetDynamicVariables().entrySet()) {
                present(variable.getValue(), "data.presetDynamicVariables." + variable.getKey());
            }
        }
        if (present(d.toolIds(), "data.toolIds")) {
            for (int i = 0; i < d.toolIds().size(); i++) {
                uuid(d.toolIds().get(i), "data.toolIds[" + i + "]");
            }
        }
        if (present(d.builtInTools(), "data.builtInTools")) {
            for (int i = 0; i < d.builtInTools().size(); i++) {
                builtInTool(d.builtInTools().get(i), "data.builtInTools[" + i + "]");
            }
        }
    }

    private void prompt(PromptSettings p) {
        present(p.prompt(), "data.prompt.prompt");
        present(p.firstLine(), "data.prompt.firstLine");
        oneOf(p.firstLineType(), "data.prompt.firstLineType", FIRST_LINE_TYPES, true);
        range(p.pauseBeforeSpeakingSeconds(), "data.prompt.pauseBeforeSpeakingSeconds", 0, 5);
        present(p.isFirstMessageInterruptible(), "data.prompt.isFirstMessageInterruptible");
    }

    private void stt(SttSettings s) {
        if (present(s.languages(), "data.stt.languages")) {
            for (int i = 0; i < s.languages().size(); i++) {
                notBlank(s.languages().get(i), "data.stt.languages[" + i + "]");
            }
        }
        // null is the documented value when two or more languages are recognised
        oneOf(s.speed(), "data.stt.speed", STT_SPEEDS, false);
    }

    private void llm(LlmSettings l, boolean sent) {
        if (sent) {
            notBlank(l.model(), "data.llm.model");
        }
        range(l.temperature(), "data.llm.temperature", 0, 2);
        if (l.thinkingBudget() != null && l.thinkingBudget() < 0) {
            errors.add("data.llm.thinkingBudget", "must be at least 0");
        }
        present(l.reasoningEffort(), "data.llm.reasoningEffort");
    }

    private void voice(VoiceSettings v, boolean sent) {
        if (sent) {
            notBlank(v.id(), "data.voice.id");
            notBlank(v.provider(), "data.voice.provider");
        }
        range(v.speed(), "data.voice.speed", 0.5, 2);
        range(v.volume(), "data.voice.volume", 0, 2);
        range(v.temperature(), "data.voice.temperature", 0, 2);
    }

    private void speech(SpeechSettings s) {
        range(s.responsiveness(), "data.speech.responsiveness", 0, 1);
        present(s.isAllowInterruption(), "data.speech.isAllowInterruption");
        present(s.isAllowTurnDetection(), "data.speech.isAllowTurnDetection");
    }

    private void callSettings(CallSettingsSection c) {
        String at = "data.callSettings.";
        oneOf(c.backgroundMusic(), at + "backgroundMusic", BACKGROUND_MUSIC, true);
        range(c.backgroundMusicVolume(), at + "backgroundMusicVolume", 0, 1);
        oneOf(c.noiseCancellation(), at + "noiseCancellation", NOISE_CANCELLATION, true);
        range(c.activationThreshold(), at + "activationThreshold", 0, 1);
        range(c.callTimeoutInSeconds(), at + "callTimeoutInSeconds", 10, 14_400);
        range(c.silenceCallTimeoutInSeconds(), at + "silenceCallTimeoutInSeconds", 1, 3_600);
        range(c.ringDurationInSeconds(), at + "ringDurationInSeconds", 5, 300);
        present(c.dtmfTerminationEnabled(), at + "dtmfTerminationEnabled");
        oneOf(c.dtmfTerminationKey(), at + "dtmfTerminationKey", DTMF_KEYS, true);
        range(c.dtmfTimeoutSeconds(), at + "dtmfTimeoutSeconds", 1, 60);
        present(c.dtmfInterruptible(), at + "dtmfInterruptible");
    }

    private void postCall(PostCallSettings p) {
        if (!present(p.actions(), "data.postCall.actions")) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < p.actions().size(); i++) {
            PostCallAction action = p.actions().get(i);
            String at = "data.postCall.actions[" + i + "]";
            if (!present(action, at)) {
                continue;
            }
            if (notBlank(action.name(), at + ".name") && !names.add(action.name())) {
                errors.add(at + ".name", "duplicate action name '" + action.name() + "'");
            }
            oneOf(action.type(), at + ".type", POST_CALL_TYPES, true);
            boolean noOptions = action.enumOptions() == null || action.enumOptions().isEmpty();
            if ("enum".equals(action.type()) && noOptions) {
                errors.add(at + ".enumOptions", "must list at least one option for an enum action");
            }
        }
    }

    private void webhooks(WebhookSettings w) {
        url(w.callDataWebhookUrl(), "data.webhookSettings.callDataWebhookUrl");
        url(w.inboundCallWebhookUrl(), "data.webhookSettings.inboundCallWebhookUrl");
        oneOf(w.webhookVersion(), "data.webhookSettings.webhookVersion", WEBHOOK_VERSIONS, true);
        present(w.inboundCallWebhookSigningEnabled(), "data.webhookSettings.inboundCallWebhookSigningEnabled");
    }

    private void knowledge(KnowledgeSettings k) {
        present(k.ragEnabled(), "data.knowledge.ragEnabled");
        if (present(k.knowledgeIds(), "data.knowledge.knowledgeIds")) {
            for (int i = 0; i < k.knowledgeIds().size(); i++) {
                Long id = k.knowledgeIds().get(i);
                if (id == null || id < 1) {
                    errors.add("data.knowledge.knowledgeIds[" + i + "]", "must be a positive integer");
                }
            }
        }
    }

    private void builtInTool(BuiltInTool tool, String at) {
        if (!present(tool, at) || !oneOf(tool.toolType(), at + ".toolType", TOOL_TYPES, true)) {
            return;
        }
        switch (tool.toolType()) {
            case "transfer_call" -> transferCall(tool.transferConfigurations(), at + ".transferConfigurations");
            case "transfer_agent" -> {
                if (present(tool.agent(), at + ".agent")) {
                    uuid(tool.agent().agentId(), at + ".agent.agent_id");
                }
            }
            case "send_sms" -> {
                oneOf(tool.responseMode(), at + ".responseMode", SMS_RESPONSE_MODES, false);
                oneOf(tool.smsMessageType(), at + ".smsMessageType", SMS_MESSAGE_TYPES, false);
                if (tool.imageFileKeys() != null && tool.imageFileKeys().size() > 3) {
                    errors.add(at + ".imageFileKeys", "at most 3 images");
                }
            }
            default -> {
            }
        }
    }

    private void transferCall(List<TransferConfiguration> configurations, String at) {
        if (configurations == null || configurations.isEmpty()) {
            errors.add(at, "a transfer_call tool needs at least one transfer configuration");
            return;
        }
        for (int i = 0; i < configurations.size(); i++) {
            String item = at + "[" + i + "]";
            if (present(configurations.get(i), item)) {
                oneOf(configurations.get(i).transferType(), item + ".transferType", TRANSFER_TYPES, true);
                notBlank(configurations.get(i).transferTo(), item + ".transferTo");
            }
        }
    }

    private boolean present(Object value, String path) {
        if (value == null) {
            errors.add(path, "must not be null");
            return false;
        }
        return true;
    }

    private boolean notBlank(String value, String path) {
        if (value == null || value.isBlank()) {
            errors.add(path, "must not be blank");
            return false;
        }
        return true;
    }

    private boolean oneOf(String value, String path, Set<String> allowed, boolean required) {
        if (value == null) {
            return !required || present(null, path);
        }
        if (!allowed.contains(value)) {
            errors.add(path, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
            return false;
        }
        return true;
    }

    private void range(Number value, String path, double min, double max) {
        if (present(value, path) && (value.doubleValue() < min || value.doubleValue() > max)) {
            errors.add(path, "must be between " + format(min) + " and " + format(max));
        }
    }

    private void uuid(String value, String path) {
        try {
            UUID.fromString(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            errors.add(path, "must be a UUID");
        }
    }

    private void url(String value, String path) {
        if (value == null || value.isEmpty()) {
            return;
        }
        try {
            URI uri = URI.create(value);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                errors.add(path, "must be an absolute http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            errors.add(path, "must be an absolute http(s) URL");
        }
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
    }
}
