package io.voxcampaigns.platform.retry;

import java.util.Objects;
import java.util.Optional;

import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.platform.error.ValidationErrors;

/**
 * A campaign's voicemail_action: the type ({@link VoicemailActionType}) and, for {@code leave_message} only, the
 * message the runtime leaves (1 to {@link #MAX_MESSAGE_LENGTH} characters, not blank).
 */
public record VoicemailAction(VoicemailActionType type, String message) {

    public static final int MAX_MESSAGE_LENGTH = 1000;

    public VoicemailAction {
        Objects.requireNonNull(type, "type");
        if ((type == VoicemailActionType.leave_message) != (message != null)) {
            throw new IllegalArgumentException("a message goes with leave_message and only with it");
        }
    }

    /** Hang up at voicemail: what a campaign gets when it sends no voicemail_action. */
    public static VoicemailAction defaults() {
        return new VoicemailAction(VoicemailActionType.hang_up, null);
    }

    /**
     * The action a client sent (null: the default), or empty after adding every problem to {@code errors} under
     * JSON paths that start with {@code path}, e.g. {@code voicemail_action.message}.
     */
    public static Optional<VoicemailAction> validated(VoicemailActionInput input, String path,
            ValidationErrors errors) {
        return VoicemailActionValidation.validate(input, path, errors);
    }

    /**
     * An action stored as {@link #toInput()} wrote it.
     *
     * @throws IllegalArgumentException when the stored form breaks a rule
     */
    public static VoicemailAction restored(VoicemailActionInput stored) {
        return validated(stored, "voicemail_action", new ValidationErrors())
                .orElseThrow(() -> new IllegalArgumentException("stored voicemail_action is invalid: " + stored));
    }

    public VoicemailActionInput toInput() {
        return new VoicemailActionInput(type.name(), message);
    }

    /**
     * The reason retry_on is asked about for an attempt that ended for {@code reason} without connecting: the reason
     * itself, except for voicemail, which {@code retry} reads as {@code dial_no_answer} and after which
     * {@code leave_message} never retries (empty).
     */
    public Optional<DisconnectionReason> retriedAs(DisconnectionReason reason) {
        if (reason != DisconnectionReason.voicemail_reached) {
            return Optional.ofNullable(reason);
        }
        return switch (type) {
            case hang_up -> Optional.of(reason);
            case retry -> Optional.of(DisconnectionReason.dial_no_answer);
            case leave_message -> Optional.empty();
        };
    }
}
