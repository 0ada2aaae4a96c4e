package io.voxcampaigns.fuzz;

import java.io.IOException;
import java.util.Optional;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rules every fuzzed answer must keep: never a 5xx; a certainly invalid request is a 4xx; every 4xx is the
 * error envelope {@code {"error":{"code","message","details"}}} whose code is the one for its status. An operation
 * may document one 5xx as part of its protocol ({@link #allowRetryLater}): a valid request answered 503 in the
 * envelope, asking the sender to deliver it again.
 */
public final class ResponseRules {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final int RETRY_LATER = 503;

    private final IntFunction<String> codeForStatus;
    private final int requiredStatus;
    private final String retryLaterOperation;

    /** {@code codeForStatus}: the envelope code a status must carry, e.g. 404 to {@code NOT_FOUND}. */
    public ResponseRules(IntFunction<String> codeForStatus) {
        this(codeForStatus, 0, null);
    }

    private ResponseRules(IntFunction<String> codeForStatus, int requiredStatus, String retryLaterOperation) {
        this.codeForStatus = codeForStatus;
        this.requiredStatus = requiredStatus;
        this.retryLaterOperation = retryLaterOperation;
    }

    /** Every answer must be exactly 404 in the envelope: another organisation's ids look like missing ones. */
    public static ResponseRules notFound(IntFunction<String> codeForStatus) {
        return new ResponseRules(codeForStatus, 404, null);
    }

    /**
     * Valid requests of {@code operation} (e.g. {@code POST /webhooks/voice}) may be answered 503 in the envelope:
     * the documented "deliver it again later" of a webhook the service cannot match yet. Invalid ones still get a
     * 4xx.
     */
    public ResponseRules allowRetryLater(String operation) {
        return new ResponseRules(codeForStatus, requiredStatus, operation);
    }

    /** What is wrong with the answer, or empty. */
    public Optional<String> check(FuzzRequest request, int status, String body) {
        if (status == RETRY_LATER && retryLaterOperation != null && request.expectation() != Expectation.REJECTED
                && request.label().startsWith(retryLaterOperation + " ")) {
            return envelopeProblem(status, body).map(problem -> status + " " + problem);
        }
        if (status >= 500) {
            return Optional.of("answered " + status);
        }
        if (requiredStatus != 0 && status != requiredStatus) {
            return Optional.of("answered " + status + ", expected " + requiredStatus);
        }
        if (request.expectation() == Expectation.REJECTED && status < 400) {
            return Optional.of("accepted an invalid request with " + status);
        }
        if (status < 400) {
            return Optional.empty();
        }
        return envelopeProblem(status, body).map(problem -> status + " " + problem);
    }

    private Optional<String> envelopeProblem(int status, String body) {
        JsonNode error;
        try {
            error = JSON.readTree(body == null ? "" : body).path("error");
        } catch (IOException e) {
            return Optional.of("body is not JSON");
        }
        if (!error.isObject()) {
            return Optional.of("body has no error object");
        }
        String expected = codeForStatus.apply(status);
        if (!expected.equals(error.path("code").asText())) {
            return Optional.of("error.code is " + error.path("code") + ", expected " + expected);
        }
        if (!error.path("message").isTextual() || error.path("message").asText().isBlank()) {
            return Optional.of("error.message missing");
        }
        if (!error.path("details").isObject()) {
            return Optional.of("error.details is not an object");
        }
        return Optional.empty();
    }
}
