package io.voxcampaigns.fuzz;

import java.util.List;
import java.util.Map;

/** Every method the document does not declare for a path, which must answer 4xx (405, or 404 for a bad route). */
final class MethodCases {

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final ValidPathValues pathValues;

    MethodCases(ValidPathValues pathValues) {
        this.pathValues = pathValues;
    }

    void add(String path, List<Operation> operations, List<FuzzRequest> requests) {
        List<Operation> declared = operations.stream().filter(o -> o.path().equals(path)).toList();
        OperationRequests any = new OperationRequests(declared.get(0), null, pathValues);
        for (String method : METHODS) {
            if (declared.stream().noneMatch(o -> o.method().equals(method))) {
                requests.add(any.request("undeclared method " + method, any.target(),
                        Map.of("Content-Type", "application/json"), method.equals("GET") ? null : "{}",
                        Expectation.REJECTED).withMethod(method));
            }
        }
    }
}
