package io.voxcampaigns.voiceruntime;

import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A POST /v3/calls body as the stub keeps it: the numbers, the JSON objects as compact text (echoed back as they
 * came), the campaign and task the dispatcher named in {@code metadata.vox_campaigns} ("unknown" when absent), and
 * the message to leave on a voicemail (null: hang up there).
 */
record CallRequest(String fromNumber, String toNumber, String agentJson, String dynamicVariablesJson,
                   String metadataJson, String presentationNumber, String campaignId, String taskId, String agentId,
                   String voicemailMessage) {

    static final String UNKNOWN = "unknown";
    private static final String EMPTY_OBJECT = "{}";

    /** Reads the body; a 400 naming the first field that is missing or of the wrong type. */
    static CallRequest parse(JsonNode body) {
        JsonNode metadata = optionalObject(body, "metadata");
        JsonNode ids = metadata == null ? null : metadata.path("vox_campaigns");
        JsonNode agent = optionalObject(body, "agent");
        return new CallRequest(requiredText(body, "from_number"), requiredText(body, "to_number"),
                compact(agent), compact(optionalObject(body, "dynamic_variables")),
                compact(metadata), optionalText(body, "presentation_number"), id(ids, "campaign_id"),
                id(ids, "task_id"), agent != null && agent.path("agent_id").isTextual()
                        ? agent.path("agent_id").asText() : null, optionalText(body, "voicemail_message"));
    }

    private static String requiredText(JsonNode body, String field) {
        JsonNode value = body.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw ApiError.validation(field, "required string");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode body, String field) {
        JsonNode value = optional(body, field, JsonNode::isTextual, "must be a string");
        return value == null ? null : value.asText();
    }

    private static JsonNode optionalObject(JsonNode body, String field) {
        return optional(body, field, JsonNode::isObject, "must be an object");
    }

    /** The field's value, null when absent or null, a 400 when present but not valid. */
    private static JsonNode optional(JsonNode body, String field, Predicate<JsonNode> valid, String reason) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!valid.test(value)) {
            throw ApiError.validation(field, reason);
        }
        return value;
    }

    private static String compact(JsonNode object) {
        return object == null ? EMPTY_OBJECT : object.toString();
    }

    private static String id(JsonNode ids, String field) {
        return ids != null && ids.path(field).isTextual() ? ids.path(field).asText() : UNKNOWN;
    }
}
