package io.voxcampaigns.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Invalid values of every path parameter (generic ones and the test's own), each of which must be rejected. */
final class PathCases {

    private final Map<String, List<String>> invalidPathValues;
    private final Random random;

    PathCases(Map<String, List<String>> invalidPathValues, Random random) {
        this.invalidPathValues = invalidPathValues;
        this.random = random;
    }

    void add(OperationRequests operation, List<FuzzRequest> requests) {
        for (String parameter : operation.pathParameters()) {
            List<String> bad = new ArrayList<>(List.of(SeededUuids.next(random), "not-a-uuid", "0", "-1",
                    "99999999999999999999", "null", "undefined", "%20", "%00", "%25", "..%2F..", "' or '1'='1",
                    "%F0%9F%98%80", SeededUuids.next(random) + "x", SeededUuids.next(random).replace("-", ""),
                    "a".repeat(300 + random.nextInt(100))));
            bad.addAll(invalidPathValues.getOrDefault(parameter, List.of()));
            for (String value : bad) {
                String raw = value.contains("%") ? value : UrlEncoding.encode(value);
                requests.add(operation.withValidBody("path " + parameter + "=" + value,
                        operation.target(Map.of(parameter, raw), ""), Expectation.REJECTED));
            }
        }
    }
}
