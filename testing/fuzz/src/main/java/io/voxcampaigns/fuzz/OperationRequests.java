package io.voxcampaigns.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation being fuzzed with its valid body (null when it takes none): its targets with valid path values,
 * its content type and its labelled requests, which every kind of case builds on.
 */
final class OperationRequests {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private final Operation operation;
    private final String body;
    private final ValidPathValues pathValues;

    OperationRequests(Operation operation, String body, ValidPathValues pathValues) {
        this.operation = operation;
        this.body = body;
        this.pathValues = pathValues;
    }

    Operation operation() {
        return operation;
    }

    /** The valid body, or null. */
    String body() {
        return body;
    }

    /** The path with valid values and no query. */
    String target() {
        return target(Map.of(), "");
    }

    /** The path with valid values and the (already encoded) query. */
    String target(String query) {
        return target(Map.of(), query);
    }

    /** The path with valid values, except {@code replaced} ones (already encoded, or deliberately raw). */
    String target(Map<String, String> replaced, String query) {
        Matcher matcher = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = replaced.containsKey(name) ? replaced.get(name)
                    : UrlEncoding.encode(pathValues.of(operation, name));
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return query.isEmpty() ? path.toString() : path + "?" + query;
    }

    List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        Matcher matcher = PATH_PARAMETER.matcher(operation.path());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The Content-Type of the valid body; none without a body. */
    Map<String, String> contentType() {
        return body == null ? Map.of() : Map.of("Content-Type", operation.bodyMediaType());
    }

    /** An authenticated request labelled {@code <operation key> | <what>}. */
    FuzzRequest request(String what, String target, Map<String, String> headers, String requestBody,
                        Expectation expectation) {
        return new FuzzRequest(operation.key() + " | " + what, operation.method(), target, headers, requestBody, true,
                expectation);
    }

    /** An authenticated request with the valid body and its content type. */
    FuzzRequest withValidBody(String what, String target, Expectation expectation) {
        return request(what, target, contentType(), body, expectation);
    }
}
