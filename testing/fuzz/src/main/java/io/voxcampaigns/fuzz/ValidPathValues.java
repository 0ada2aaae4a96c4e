package io.voxcampaigns.fuzz;

import java.util.HashMap;
import java.util.Map;

/** The valid (existing, owned) value of each path parameter, for every operation or for one operation only. */
final class ValidPathValues {

    private final Map<String, String> everywhere = new HashMap<>();
    private final Map<String, Map<String, String>> byOperation = new HashMap<>();

    void put(String parameter, String value) {
        everywhere.put(parameter, value);
    }

    void put(String operationKey, String parameter, String value) {
        byOperation.computeIfAbsent(operationKey, k -> new HashMap<>()).put(parameter, value);
    }

    /** The operation's own value, else the common one; none at all is a mistake of the test's setup. */
    String of(Operation operation, String parameter) {
        String specific = byOperation.getOrDefault(operation.key(), Map.of()).get(parameter);
        if (specific != null) {
            return specific;
        }
        String value = everywhere.get(parameter);
        if (value == null) {
            throw new IllegalStateException("no valid value for path parameter " + parameter + " of "
                    + operation.key() + "; give one with pathValue(...)");
        }
        return value;
    }
}
