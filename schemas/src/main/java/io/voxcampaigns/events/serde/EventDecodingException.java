package io.voxcampaigns.events.serde;

/** Bytes that are not a decodable event: wrong framing, unknown schema fingerprint or a corrupt datum. */
public class EventDecodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventDecodingException(String message) {
        super(message);
    }

    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }
}
