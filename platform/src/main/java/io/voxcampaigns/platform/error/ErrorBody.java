package io.voxcampaigns.platform.error;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The vox error envelope: {@code {"error": {"code", "message", "details"}}}. */
public record ErrorBody(@JsonProperty("error") Error error) {

    /** The inner error object. */
    public record Error(@JsonProperty("code") ErrorCode code,
                        @JsonProperty("message") String message,
                        @JsonProperty("details") Map<String, Object> details) {
    }

    public static ErrorBody of(ErrorCode code, String message, Map<String, Object> details) {
        return new ErrorBody(new Error(code, message, details == null ? Map.of() : details));
    }
}
