package io.voxcampaigns.dispatcher.placement;

import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.dispatcher.domain.CallData;
import io.voxcampaigns.platform.error.ValidationErrors;

/** Reads {@link CallData} from a webhook's {@code call} object; each field of the wrong type is named. */
final class CallDataJson {

    private CallDataJson() {
    }

    static CallData parse(JsonNode call, ValidationErrors errors) {
        JsonNode optOut = present(call.path("opt_out_sensitive_data_storage"));
        if (optOut != null && !optOut.isBoolean()) {
            errors.add("call.opt_out_sensitive_data_storage", "must be a boolean");
        }
        JsonNode url = present(call.path("recording_url"));
        boolean urlValid = url != null && url.isTextual() && url.asText().length() <= CallData.MAX_URL
                && url.asText().indexOf('\u0000') < 0;
        if (url != null && !urlValid) {
            errors.add("call.recording_url", "must be a string of at most " + CallData.MAX_URL
                    + " characters without NUL (U+0000)");
        }
        return new CallData(optOut != null && optOut.isBoolean() ? optOut.asBoolean() : null,
                json(call, "transcript", true, errors), urlValid ? url.asText() : null,
                json(call, "call_analysis", false, errors), json(call, "call_cost", false, errors));
    }

    private static String json(JsonNode call, String name, boolean array, ValidationErrors errors) {
        JsonNode value = present(call.path(name));
        if (value == null) {
            return null;
        }
        if (array ? !value.isArray() : !value.isObject()) {
            errors.add("call." + name, array ? "must be an array of objects" : "must be an object");
            return null;
        }
        int before = errors.size();
        for (int i = 0; array && i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                errors.add("call." + name + "[" + i + "]", "must be an object");
            }
        }
        return errors.size() > before ? null : value.toString();
    }

    private static JsonNode present(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? null : value;
    }
}
