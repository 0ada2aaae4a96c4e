package io.voxcampaigns.campaign.api;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.voxcampaigns.campaign.domain.CampaignEdit;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.retry.RetryPolicy;
import io.voxcampaigns.platform.retry.VoicemailAction;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.HolidayCalendars;

/**
 * The rules of a PATCH that need no database, with the create rules and field paths of
 * {@link CampaignRequestValidation}. {@code body} tells which fields were sent (null included); the typed request
 * carries their values. call_time_window null removes the window, as omitting it does on create: the response shows
 * null and the default window applies at dial time.
 */
final class CampaignEditValidation {

    static final String EDITABLE = "name, scheduled_at, concurrency, presentation_number, call_time_window, "
            + "retry_policy, voicemail_action, max_calls_per_second";

    private CampaignEditValidation() {
    }

    /** The edit, or a 400 naming every invalid field; {@code now} is what retry_policy.deadline_at must lie after. */
    static CampaignEdit validate(ObjectNode body, PatchCampaignRequest request, Instant now,
            HolidayCalendars calendars) {
        ValidationErrors errors = new ValidationErrors();
        if (body.isEmpty()) {
            errors.add("$", "send at least one of " + EDITABLE).throwIfAny();
        }
        for (String fixed : new String[] {"from_number", "agent", "tasks", "purpose"}) {
            if (body.has(fixed)) {
                errors.add(fixed, "cannot be changed after creation; editable fields are " + EDITABLE);
            }
        }
        if (body.has("name")) {
            CampaignRequestValidation.name(request.name(), errors);
        }
        Instant scheduledAt = null;
        if (body.has("scheduled_at")) {
            scheduledAt = CampaignRequestValidation.scheduledAt(request.scheduledAt(), errors);
        }
        if (body.has("concurrency")) {
            concurrency(request.concurrency(), errors);
        }
        if (body.has("presentation_number")) {
            CampaignRequestValidation.number(request.presentationNumber(), "presentation_number", false, errors);
        }
        CallingHours window = null;
        if (body.has("call_time_window")) {
            window = CampaignRequestValidation.window(request.callTimeWindow(), calendars, errors);
        }
        RetryPolicy policy = CampaignRequestValidation.retryPolicy(request.retryPolicy(), now, errors);
        VoicemailAction voicemail = CampaignRequestValidation.voicemailAction(request.voicemailAction(), errors);
        Double maxCallsPerSecond = CampaignRequestValidation.maxCallsPerSecond(request.maxCallsPerSecond(), errors);
        errors.throwIfAny();
        return new CampaignEdit(request.name(), body.has("scheduled_at"), scheduledAt, request.concurrency(),
                body.has("presentation_number"), request.presentationNumber(), body.has("call_time_window"), window,
                body.has("retry_policy"), policy, body.has("voicemail_action"), voicemail,
                body.has("max_calls_per_second"), maxCallsPerSecond);
    }

    private static void concurrency(Integer value, ValidationErrors errors) {
        if (value == null) {
            errors.add("concurrency", "must not be null; send a number between 1 and "
                    + CampaignRequestValidation.MAX_CONCURRENCY);
        } else {
            CampaignRequestValidation.concurrency(value, errors);
        }
    }
}
