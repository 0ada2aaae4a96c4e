package io.voxcampaigns.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated request. {@code target} is the path with its already encoded query; {@code body} is sent as is
 * (null: no body). {@code authenticated} false means the client must not add its credentials (auth cases carry
 * their own, broken, headers).
 */
public record FuzzRequest(String label, String method, String target, Map<String, String> headers, String body,
                          boolean authenticated, Expectation expectation) {

    private static final int SHOWN_BODY = 600;

    public FuzzRequest {
        headers = Map.copyOf(headers);
    }

    /** The operation this request was generated from, e.g. {@code POST /v3/agents}, is part of the label. */
    public static FuzzRequest of(String label, String method, String target, String contentType, String body,
                                 Expectation expectation) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new FuzzRequest(label, method, target, headers, body, true, expectation);
    }

    public FuzzRequest withMethod(String otherMethod) {
        return new FuzzRequest(label, otherMethod, target, headers, body, authenticated, expectation);
    }

    /** The request in one readable line (body shortened), for failure reports. */
    public String describe() {
        String shown = body == null ? "<no body>"
                : body.length() <= SHOWN_BODY ? body
                : body.substring(0, SHOWN_BODY) + "...(" + body.length() + " chars)";
        return "[" + label + "] " + method + " " + target + " " + headers
                + (authenticated ? "" : " (without credentials)") + " " + shown;
    }
}
