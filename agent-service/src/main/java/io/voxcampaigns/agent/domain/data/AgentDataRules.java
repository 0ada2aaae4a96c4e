package io.voxcampaigns.agent.domain.data;

import java.util.List;
import java.util.Set;

/**
 * Every constraint on an agent's {@code data} beyond its JSON types, as one table: the enumerations and ranges vox
 * documents, the keys an item of a list must carry, and the floor of the two durations the dispatcher reads.
 * {@link AgentDataValidator} enforces exactly these rules and the OpenAPI document publishes exactly these rules
 * (as {@code enum}, {@code minimum}, {@code maximum}, {@code maxItems}, {@code pattern}, {@code format} and
 * {@code required} keywords), so the two cannot drift apart.
 */
public final class AgentDataRules {

    /** What a rule demands of the value of one JSON property of one model. */
    public enum Kind {
        /** The property must be present and not null. */
        REQUIRED,
        /** A text value must be one of {@link Rule#allowed()}. */
        ONE_OF,
        /** A number must lie in [{@link Rule#minimum()}, {@link Rule#maximum()}] (a null bound is open). */
        RANGE,
        /** A text value must contain a non-blank character. */
        NOT_BLANK,
        /** A list holds at most {@link Rule#maxItems()} items. */
        MAX_ITEMS,
        /** A text value (or each text item of a list) must be a UUID. */
        UUID
    }

    /** One rule on property {@code property} (its JSON name) of the record {@code model}. */
    public record Rule(Class<? extends Record> model, String property, Kind kind, List<String> allowed,
                       Double minimum, Double maximum, Integer maxItems) {
    }

    /** The not-blank rule's pattern, as the OpenAPI document states it. */
    public static final String NOT_BLANK_PATTERN = "\\S";

    /** Properties that may be null although their default is not (vox: {@code stt.speed} is null for 2+ languages). */
    public static final Set<String> NULLABLE = Set.of("SttSettings.speed");

    public static final List<Rule> ALL = List.of(
            oneOf(PromptSettings.class, "firstLineType", "userFirst", "aiFirstDynamic", "aiFirstStatic"),
            range(PromptSettings.class, "pauseBeforeSpeakingSeconds", 0.0, 5.0),
            oneOf(SttSettings.class, "speed", "low", "medium", "high"),
            range(SpeechSettings.class, "responsiveness", 0.0, 1.0),
            oneOf(CallSettingsSection.class, "backgroundMusic", "none", "cafe", "office", "call_center", "library",
                    "dial_tone"),
            oneOf(CallSettingsSection.class, "noiseCancellation", "none", "nc", "bvc"),
            range(CallSettingsSection.class, "callTimeoutInSeconds", 0.0, null),
            range(CallSettingsSection.class, "ringDurationInSeconds", 0.0, null),
            rule(PostCallAction.class, "name", Kind.REQUIRED),
            rule(PostCallAction.class, "name", Kind.NOT_BLANK),
            rule(PostCallAction.class, "type", Kind.REQUIRED),
            oneOf(PostCallAction.class, "type", "string", "enum", "boolean", "number"),
            oneOf(WebhookSettings.class, "webhookVersion", "v1", "v2"),
            rule(AgentData.class, "toolIds", Kind.UUID),
            rule(BuiltInTool.class, "toolType", Kind.REQUIRED),
            oneOf(BuiltInTool.class, "toolType", "end_call", "transfer_call", "transfer_agent", "send_sms", "send_dtmf",
                    "search_address"),
            oneOf(BuiltInTool.class, "responseMode", "wait", "fire_and_forget"),
            oneOf(BuiltInTool.class, "smsMessageType", "static", "dynamic"),
            new Rule(BuiltInTool.class, "imageFileKeys", Kind.MAX_ITEMS, List.of(), null, null, 3),
            rule(TransferConfiguration.class, "transferType", Kind.REQUIRED),
            oneOf(TransferConfiguration.class, "transferType", "phone", "sip"),
            rule(ToolAgentReference.class, "agent_id", Kind.REQUIRED),
            rule(ToolAgentReference.class, "agent_id", Kind.UUID));

    private AgentDataRules() {
    }

    /** The rules on one property, in table order. */
    public static List<Rule> of(Class<?> model, String property) {
        return ALL.stream().filter(r -> r.model() == model && r.property().equals(property)).toList();
    }

    private static Rule rule(Class<? extends Record> model, String property, Kind kind) {
        return new Rule(model, property, kind, List.of(), null, null, null);
    }

    private static Rule oneOf(Class<? extends Record> model, String property, String... allowed) {
        return new Rule(model, property, Kind.ONE_OF, List.of(allowed), null, null, null);
    }

    private static Rule range(Class<? extends Record> model, String property, Double minimum, Double maximum) {
        return new Rule(model, property, Kind.RANGE, List.of(), minimum, maximum, null);
    }
}
