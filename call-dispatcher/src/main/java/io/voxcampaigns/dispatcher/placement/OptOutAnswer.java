package io.voxcampaigns.dispatcher.placement;

import java.util.Collection;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a call's analysis says the recipient refused further calls: its {@code custom_analysis_data} (the agent's
 * post-call extraction) holds one of the opt-out fields with a true value. Read as vox's webhooks may carry it: an
 * array of {@code {"name": ..., "value": ...}} entries, or an object of field names to values. True is the boolean
 * true or the text "true" or "yes" in any case; anything else, or no such field, is not a refusal.
 */
public final class OptOutAnswer {

    private OptOutAnswer() {
    }

    /** The opt-out field that was true, as {@code call_analysis.<field>}; empty when none. */
    public static Optional<String> of(JsonNode callAnalysis, Collection<String> fields) {
        if (callAnalysis == null || !callAnalysis.isObject()) {
            return Optional.empty();
        }
        JsonNode data = callAnalysis.get("custom_analysis_data");
        if (data == null) {
            return Optional.empty();
        }
        if (data.isArray()) {
            for (JsonNode entry : data) {
                JsonNode name = entry.get("name");
                if (name != null && name.isTextual() && fields.contains(name.asText()) && isTrue(entry.get("value"))) {
                    return Optional.of(source(name.asText()));
                }
            }
        } else if (data.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = data.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (fields.contains(field.getKey()) && isTrue(field.getValue())) {
                    return Optional.of(source(field.getKey()));
                }
            }
        }
        return Optional.empty();
    }

    private static String source(String field) {
        return "call_analysis." + field;
    }

    private static boolean isTrue(JsonNode value) {
        if (value == null) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual()) {
            String text = value.asText().trim().toLowerCase(Locale.ROOT);
            return text.equals("true") || text.equals("yes");
        }
        return false;
    }
}
