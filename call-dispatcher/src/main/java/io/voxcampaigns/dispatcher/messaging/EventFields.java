package io.voxcampaigns.dispatcher.messaging;

import java.util.UUID;

import io.voxcampaigns.platform.logging.PhoneNumbers;
import io.voxcampaigns.platform.messaging.UnprocessableEventException;

/** Reads event fields that must be well formed; a malformed one makes the event unprocessable (dead-letter topic). */
final class EventFields {

    private EventFields() {
    }

    static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnprocessableEventException(field + " is not a UUID: " + value);
        }
    }

    static String phoneNumber(String value, String field) {
        if (value != null && (value.isEmpty() || value.length() > 20)) {
            throw new UnprocessableEventException(field + " is not a phone number: " + PhoneNumbers.mask(value));
        }
        return value;
    }
}
