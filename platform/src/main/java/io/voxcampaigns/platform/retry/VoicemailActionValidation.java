package io.voxcampaigns.platform.retry;

import java.util.Optional;

import io.voxcampaigns.platform.error.ValidationErrors;

/** The API rules of voicemail_action, reported per field so one 400 names every problem. */
final class VoicemailActionValidation {

    private VoicemailActionValidation() {
    }

    static Optional<VoicemailAction> validate(VoicemailActionInput input, String path, ValidationErrors errors) {
        if (input == null) {
            return Optional.of(VoicemailAction.defaults());
        }
        int before = errors.size();
        Optional<VoicemailActionType> type =
                ApiNames.required(VoicemailActionType.class, input.type(), path + ".type", errors);
        String message = input.message();
        String messagePath = path + ".message";
        if (type.isPresent() && type.get() == VoicemailActionType.leave_message) {
            message(message, messagePath, errors);
        } else if (type.isPresent() && message != null) {
            errors.add(messagePath, "applies to leave_message only; leave it out for " + type.get());
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new VoicemailAction(type.orElseThrow(), message));
    }

    private static void message(String message, String path, ValidationErrors errors) {
        if (message == null) {
            errors.add(path, "is required for leave_message: the text the voice runtime leaves");
            return;
        }
        int length = message.codePointCount(0, message.length());
        if (message.isBlank()) {
            errors.add(path, "must not be blank");
        } else if (length > VoicemailAction.MAX_MESSAGE_LENGTH) {
            errors.add(path, "must be at most " + VoicemailAction.MAX_MESSAGE_LENGTH + " characters, got " + length);
        }
    }
}
