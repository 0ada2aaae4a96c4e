package io.voxcampaigns.platform.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A request the API refuses with a 4xx in the error envelope; thrown from anywhere, mapped in one place. */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final transient Map<String, Object> details;
    private final Integer retryAfterSeconds;

    public ApiException(ErrorCode code, String message, Map<String, Object> details) {
        this(code, message, details, null);
    }

    private ApiException(ErrorCode code, String message, Map<String, Object> details, Integer retryAfterSeconds) {
        super(message, null, false, false);
        this.code = code;
        this.details = details == null ? Map.of() : details;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds for the Retry-After header, or null for none. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    public ErrorBody body() {
        return ErrorBody.of(code, getMessage(), details);
    }

    public static ApiException validation(List<FieldError> errors) {
        return validation(errors, errors.size());
    }

    /** A 400 listing {@code errors}, which may be the first few of {@code total} invalid fields. */
    public static ApiException validation(List<FieldError> errors, int total) {
        String message = total == 1
                ? errors.get(0).field() + ": " + errors.get(0).reason()
                : total + " fields are invalid; see details.errors";
        return new ApiException(ErrorCode.VALIDATION_ERROR, message, validationDetails(errors));
    }

    /**
     * vox's {@code details.field}, {@code details.reason} and {@code details.allowed_values} for the first invalid
     * field, and every one of them in {@code details.errors}.
     */
    private static Map<String, Object> validationDetails(List<FieldError> errors) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (!errors.isEmpty()) {
            FieldError first = errors.get(0);
            details.put("field", first.field());
            details.put("reason", first.reason());
            if (first.allowedValues() != null) {
                details.put("allowed_values", first.allowedValues());
            }
        }
        details.put("errors", List.copyOf(errors));
        return details;
    }

    public static ApiException invalidField(String field, String reason) {
        return validation(List.of(new FieldError(field, reason)));
    }

    public static ApiException notFound(String resource, String id) {
        return new ApiException(ErrorCode.NOT_FOUND, resource + " " + id + " not found",
                Map.of("resource", resource, "id", id));
    }

    public static ApiException conflict(String message, Map<String, Object> details) {
        return new ApiException(ErrorCode.CONFLICT, message, details);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(ErrorCode.UNAUTHORIZED, message, Map.of());
    }

    /** A 503 asking the caller to send the same request again after {@code seconds} (header Retry-After). */
    /** 429: the caller sent more than its limit allows; Retry-After says when the next request may pass. */
    public static ApiException tooManyRequests(String message, Map<String, Object> details, int seconds) {
        return new ApiException(ErrorCode.TOO_MANY_REQUESTS, message, details, seconds);
    }

    public static ApiException retryLater(String message, int seconds) {
        return new ApiException(ErrorCode.SERVICE_UNAVAILABLE, message, Map.of("retry_after_seconds", seconds),
                seconds);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message, Map.of());
    }
}
