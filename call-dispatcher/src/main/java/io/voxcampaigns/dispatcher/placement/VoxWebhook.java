package io.voxcampaigns.dispatcher.placement;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.dispatcher.domain.AttemptUpdate;
import io.voxcampaigns.dispatcher.domain.CallData;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.platform.error.ValidationErrors;

/**
 * A v2 call-data webhook ({@code {"event", "webhook_version": "v2", "call": {...}}}, docs/api.md "Voice runtime"),
 * reduced to what moves a call along (ringing, connected, ended) and the call's data to keep. {@code attemptId} is
 * our attempt as echoed in {@code call.metadata.vox_campaigns.attempt_id} (null when the runtime did not echo it).
 * Other events and fields are accepted and ignored.
 *
 * @param startAt     vox's start_at: when the recipient answered
 * @param occurredAt  the event's occurred_at (the call's, else the envelope's); null when absent
 */
public record VoxWebhook(String event, String runtimeCallId, UUID attemptId, CallStatus status,
                         DisconnectionReason reason, Instant startAt, Instant endAt, Instant occurredAt,
                         CallData data) {

    public static final String CALL_ENDED = "call_ended";
    public static final String CALL_STARTED = "call_started";
    /** Our extension to vox's events: the recipient's phone rings. A runtime that does not send it loses nothing. */
    public static final String CALL_RINGING = "call_ringing";

    /** Reads the body; a 400 naming each missing or invalid field the dispatcher needs. */
    public static VoxWebhook parse(JsonNode body) {
        ValidationErrors errors = new ValidationErrors();
        String event = text(body, "event", errors, "event");
        JsonNode call = body.path("call");
        String callId = text(call, "call_id", errors, "call.call_id");
        CallStatus status = null;
        DisconnectionReason reason = null;
        if (CALL_ENDED.equals(event)) {
            status = status(text(call, "call_status", errors, "call.call_status"), errors);
            reason = reason(call.path("disconnection_reason"), errors);
        }
        CallData data = CallDataJson.parse(call, errors);
        errors.throwIfAny();
        Instant occurredAt = millis(call.path("occurred_at"));
        return new VoxWebhook(event, callId, attemptId(call.path("metadata")), status, reason,
                millis(call.path("start_at")), millis(call.path("end_at")),
                occurredAt != null ? occurredAt : millis(body.path("occurred_at")), data);
    }

    public boolean endsCall() {
        return CALL_ENDED.equals(event);
    }

    /** Whether it reports the call as connected (vox: "right after connect") without ending it. */
    public boolean startsCall() {
        return CALL_STARTED.equals(event);
    }

    /** Whether it reports the recipient's phone ringing. */
    public boolean ringsCall() {
        return CALL_RINGING.equals(event);
    }

    /** The outcome of our call; duration is the connected time, 0 unless it ended connected. */
    public CallOutcome outcome(UUID callId, UUID campaignId, Instant now) {
        Instant ended = endAt == null ? now : endAt;
        long duration = status == CallStatus.ended && startAt != null && endAt != null
                ? Math.max(0, endAt.toEpochMilli() - startAt.toEpochMilli()) : 0;
        return new CallOutcome(callId, campaignId, runtimeCallId, status, reason, ended, duration,
                status == CallStatus.ended ? startAt : null);
    }

    /** The progress it reports (ringing or connected, with the runtime's time, else {@code now}). */
    public AttemptUpdate.RuntimeStarted progress(Instant now) {
        if (ringsCall()) {
            return new AttemptUpdate.RuntimeStarted(runtimeCallId, occurredAt != null ? occurredAt : now, null, now);
        }
        return new AttemptUpdate.RuntimeStarted(runtimeCallId, null, startAt != null ? startAt : now, now);
    }

    /** Our attempt id as echoed in the metadata; null when absent or not a UUID (then the runtime id matches). */
    private static UUID attemptId(JsonNode metadata) {
        JsonNode value = metadata.path(VoxCallRequest.OUR_KEY).path("attempt_id");
        if (!value.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(value.asText());
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    private static String text(JsonNode node, String name, ValidationErrors errors, String path) {
        JsonNode value = node.path(name);
        if (!value.isTextual() || value.asText().isBlank()) {
            errors.add(path, "required string");
            return null;
        }
        if (value.asText().indexOf('\u0000') >= 0) {
            errors.add(path, "must not contain the NUL character (U+0000)");
            return null;
        }
        return value.asText();
    }

    private static CallStatus status(String value, ValidationErrors errors) {
        if (value == null) {
            return null;
        }
        for (CallStatus status : new CallStatus[] {CallStatus.ended, CallStatus.not_connected, CallStatus.error,
                CallStatus.canceled}) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        errors.addNotOneOf("call.call_status", List.of("ended", "not_connected", "error", "canceled"), null);
        return null;
    }

    private static DisconnectionReason reason(JsonNode value, ValidationErrors errors) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        return Arrays.stream(DisconnectionReason.values())
                .filter(reason -> reason != DisconnectionReason.unknown && reason.name().equals(value.asText()))
                .findFirst()
                .orElseGet(() -> {
                    errors.add("call.disconnection_reason", "not a disconnection reason of the vox API");
                    return null;
                });
    }

    private static Instant millis(JsonNode value) {
        return value.canConvertToLong() ? Instant.ofEpochMilli(value.asLong()) : null;
    }
}
