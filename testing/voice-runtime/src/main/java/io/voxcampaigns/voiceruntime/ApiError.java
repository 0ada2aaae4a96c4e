package io.voxcampaigns.voiceruntime;

import java.util.Map;

/** A request the stub refuses, answered in the vox error envelope. */
final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, Object> details;

    private ApiError(int status, String code, String message, Map<String, Object> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    static ApiError validation(String field, String reason) {
        return new ApiError(400, "VALIDATION_ERROR", field + ": " + reason, Map.of("field", field, "reason", reason));
    }

    static ApiError unauthorized() {
        return new ApiError(401, "UNAUTHORIZED", "missing or invalid API key", Map.of());
    }

    static ApiError notFound(String what) {
        return new ApiError(404, "NOT_FOUND", what + " not found", Map.of());
    }

    static ApiError methodNotAllowed(String method) {
        return new ApiError(405, "METHOD_NOT_ALLOWED", method + " is not supported here", Map.of());
    }

    static ApiError unavailable() {
        return new ApiError(503, "SERVICE_UNAVAILABLE", "the voice runtime is temporarily unavailable", Map.of());
    }

    static ApiError internal(String message) {
        return new ApiError(500, "INTERNAL_ERROR", message, Map.of());
    }

    int status() {
        return status;
    }

    /** {@code {"error": {"code", "message", "details"}}} */
    Map<String, Object> envelope() {
        return Map.of("error", Map.of("code", code, "message", getMessage(), "details", details));
    }
}
