package io.voxcampaigns.dispatcher.placement;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.dispatcher.domain.PlacementAnswer;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/**
 * Reads the voice runtime's HTTP answers (docs/api.md, "Voice runtime"):
 * <ul>
 *   <li>2xx with the call's {@code id}: accepted (a first creation, or the replay of the same idempotency key);</li>
 *   <li>400 or 422: the call itself is rejected (an invalid number): {@code dial_failed}, never retried;</li>
 *   <li>429, 502, 503, another 4xx (our key or URL is wrong), or no connection at all: certainly refused, nothing
 *       was created; retried, not before Retry-After;</li>
 *   <li>a timeout, a connection reset, 500, 504, 409 (the key is being processed), a 2xx without id: the request
 *       may have created the call; re-sent with the same key.</li>
 * </ul>
 * A 504 is counted as uncertain rather than refused: the gateway waited for the runtime, which may have created the
 * call, and an uncertain attempt is only ever re-sent with its key, never given back to the queue.
 */
final class VoxAnswers {

    private static final int MAX_DETAIL = 160;

    private VoxAnswers() {
    }

    static PlacementAnswer ofCreate(int status, String retryAfter, JsonNode body, Instant now) {
        String detail = "HTTP " + status + " from POST /v3/calls" + message(body);
        if (status >= 200 && status < 300) {
            String id = body == null ? null : body.path("id").asText(null);
            return id == null || id.isBlank() ? new PlacementAnswer.Uncertain(detail + " without a call id")
                    : new PlacementAnswer.Accepted(id);
        }
        if (status == 400 || status == 422) {
            return new PlacementAnswer.Rejected(DisconnectionReason.dial_failed, detail);
        }
        if (status == 409 || status == 408 || status >= 500 && status != 502 && status != 503) {
            return new PlacementAnswer.Uncertain(detail);
        }
        return new PlacementAnswer.Refused(retryAfter(retryAfter, now), detail);
    }

    static PlacementAnswer ofCreateFailure(Throwable failure) {
        String detail = describe(failure);
        return neverConnected(failure) ? new PlacementAnswer.Refused(null, "cannot connect: " + detail)
                : new PlacementAnswer.Uncertain("no answer: " + detail);
    }

    static RuntimeCallStatus ofGet(int status, JsonNode body, Instant now) {
        if (status == 404) {
            return new RuntimeCallStatus.Unknown();
        }
        if (status < 200 || status >= 300 || body == null) {
            return new RuntimeCallStatus.Unreachable("HTTP " + status + " from GET /v3/calls/{id}" + message(body));
        }
        // queued, ringing, ongoing or a status this reader does not know: the call may still be live
        CallStatus callStatus = Arrays.stream(CallStatus.values())
                .filter(s -> s != CallStatus.unknown && s.name().equals(body.path("status").asText()))
                .findFirst().orElse(null);
        if (callStatus == null) {
            return new RuntimeCallStatus.Live();
        }
        DisconnectionReason reason = Arrays.stream(DisconnectionReason.values())
                .filter(r -> r != DisconnectionReason.unknown && r.name().equals(body.path("disconnection_reason")
                        .asText())).findFirst().orElse(null);
        Instant endedAt = body.path("end_at").canConvertToLong() ? Instant.ofEpochMilli(body.path("end_at").asLong())
                : now;
        Instant connectedAt = callStatus == CallStatus.ended && body.path("start_at").canConvertToLong()
                ? Instant.ofEpochMilli(body.path("start_at").asLong()) : null;
        long talk = connectedAt == null ? 0 : Math.max(0, endedAt.toEpochMilli() - connectedAt.toEpochMilli());
        return new RuntimeCallStatus.Ended(callStatus, reason, endedAt, talk, connectedAt);
    }

    static RuntimeCallStatus ofGetFailure(Throwable failure) {
        return new RuntimeCallStatus.Unreachable(describe(failure));
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** No TCP connection was made, so no byte of the request reached the runtime. */
    private static boolean neverConnected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof NoRouteToHostException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL);
    }

    private static String message(JsonNode body) {
        String message = body == null ? "" : body.path("error").path("message").asText("");
        if (message.isBlank()) {
            return "";
        }
        return ": " + (message.length() <= MAX_DETAIL ? message : message.substring(0, MAX_DETAIL));
    }
}
