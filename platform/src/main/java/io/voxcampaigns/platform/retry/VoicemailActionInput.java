package io.voxcampaigns.platform.retry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A voicemail_action exactly as a client sent it, before validation, e.g. {@code {"type": "leave_message",
 * "message": "..."}}; also the form {@link VoicemailAction#toInput()} writes back (no message unless one is left).
 */
public record VoicemailActionInput(@JsonProperty("type") String type,
                                   @JsonProperty("message") @JsonInclude(JsonInclude.Include.NON_NULL)
                                   String message) {
}
