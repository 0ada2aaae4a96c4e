package io.voxcampaigns.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Broken Authorization headers (none, malformed, foreign or expired keys), each of which must answer 401. */
final class CredentialCases {

    static final List<String> GENERIC = List.of("", "Bearer", "Bearer not.a.jwt", "Bearer " + "x".repeat(5_000),
            "Basic dXNlcjpwYXNz", "Token abc");
    private static final int SHOWN = 40;

    private final List<String> credentials;

    CredentialCases(List<String> credentials) {
        this.credentials = List.copyOf(credentials);
    }

    void add(OperationRequests operation, List<FuzzRequest> requests) {
        Operation declared = operation.operation();
        for (String credential : credentials) {
            Map<String, String> headers = new LinkedHashMap<>(operation.contentType());
            if (!credential.isEmpty()) {
                headers.put("Authorization", credential);
            }
            String shown = credential.length() > SHOWN ? credential.substring(0, SHOWN) + "..." : credential;
            requests.add(new FuzzRequest(declared.key() + " | credentials '" + shown + "'", declared.method(),
                    operation.target(), headers, operation.body(), false, Expectation.REJECTED));
        }
    }
}
