package io.voxcampaigns.platform.messaging;

/** An event that can never be applied (invalid content); it goes to the dead-letter topic instead of being retried. */
public class UnprocessableEventException extends RuntimeException {

    public UnprocessableEventException(String message) {
        super(message);
    }
}
