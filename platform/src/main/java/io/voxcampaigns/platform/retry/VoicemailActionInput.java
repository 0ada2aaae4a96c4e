package io.voxcampaigns.platform.retry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A voicemail_action exactly as a client sent it, before validation, e.g. {@code {"type": "leave_message",
 * "message": "..."}}; also the form {@link VoicemailAction#toInput()} writes back (no message unless one is left).
 */
@Schema(name = "VoicemailAction")
public record VoicemailActionInput(@JsonProperty("type")
                                   @Schema(required = true, enumeration = {"hang_up", "leave_message", "retry"})
                                   String type,
                                   @JsonProperty("message") @JsonInclude(JsonInclude.Include.NON_NULL)
                                   @Schema(nullable = true, minLength = 1, maxLength = VoicemailAction.MAX_MESSAGE_LENGTH,
                                           description = "leave_message only, required there")
                                   String message) {
}
