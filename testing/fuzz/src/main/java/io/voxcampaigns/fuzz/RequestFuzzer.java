package io.voxcampaigns.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Generates malformed and boundary requests for every operation of an OpenAPI document: invalid path ids, bad
 * query parameters (declared ones, list paging, unknown ones), broken credentials, undeclared methods, raw body
 * breakage and one-field mutations of a valid example body. Same seed, same document and same settings give the
 * same requests.
 */
public final class RequestFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final List<String> BAD_CREDENTIALS = List.of("", "Bearer", "Bearer not.a.jwt",
            "Bearer " + "x".repeat(5_000), "Basic dXNlcjpwYXNz", "Token abc");

    private final OpenApiDocument document;
    private final long seed;
    private final Map<String, String> examples = new HashMap<>();
    private final Map<String, JsonNode> bodySchemas = new HashMap<>();
    private final Map<String, String> pathValues = new HashMap<>();
    private final Map<String, Map<String, String>> pathValuesByOperation = new HashMap<>();
    private final Map<String, List<String>> invalidValues = new HashMap<>();
    private final Map<String, List<String>> invalidPathValues = new HashMap<>();
    private final List<String> badCredentials = new ArrayList<>(BAD_CREDENTIALS);
    private final Set<String> freeFormFields = new LinkedHashSet<>();
    private Predicate<Operation> lists = operation -> false;
    private int maxQueryPairs;
    private Predicate<Operation> skipped = operation -> false;
    private int maxBodyVariants = 300;

    private RequestFuzzer(OpenApiDocument document, long seed) {
        this.document = document;
        this.seed = seed;
    }

    public static RequestFuzzer of(OpenApiDocument document, long seed) {
        return new RequestFuzzer(document, seed);
    }

    /** A valid body for the operation (key {@code POST /v3/agents}); its mutations are most of the body cases. */
    public RequestFuzzer example(String operationKey, String json) {
        examples.put(operationKey, json);
        return this;
    }

    /**
     * The body schema of an operation whose document describes its body only as bytes or text (a signed webhook,
     * say): a JSON schema with the fields the service reads. Better still, describe it in the document.
     */
    public RequestFuzzer bodySchema(String operationKey, String jsonSchema) {
        bodySchemas.put(operationKey, tree(jsonSchema));
        return this;
    }

    /** A valid (existing, owned) value of a path parameter, for every operation naming it. */
    public RequestFuzzer pathValue(String parameter, String value) {
        pathValues.put(parameter, value);
        return this;
    }

    /** A valid path parameter value for one operation only, e.g. an approvable number's id. */
    public RequestFuzzer pathValue(String operationKey, String parameter, String value) {
        pathValuesByOperation.computeIfAbsent(operationKey, k -> new HashMap<>()).put(parameter, value);
        return this;
    }

    /** Values certainly invalid for a body field or query parameter of that name (phone numbers, say). */
    public RequestFuzzer invalid(String field, String... values) {
        invalidValues.computeIfAbsent(field, k -> new ArrayList<>()).addAll(List.of(values));
        return this;
    }

    /** Values certainly invalid for a path parameter of that name, besides the generic ones. */
    public RequestFuzzer invalidPath(String parameter, String... values) {
        invalidPathValues.computeIfAbsent(parameter, k -> new ArrayList<>()).addAll(List.of(values));
        return this;
    }

    /**
     * Body fields whose value is any JSON object (custom variables, say) although the document describes them
     * otherwise (an introspected JsonNode): unknown keys and any values are valid there.
     */
    public RequestFuzzer freeForm(String... fields) {
        freeFormFields.addAll(List.of(fields));
        return this;
    }

    /** More Authorization header values that must answer 401 (expired keys, keys signed by a stranger). */
    public RequestFuzzer badCredential(String authorizationHeader) {
        badCredentials.add(authorizationHeader);
        return this;
    }

    /** Operations that follow the list conventions: {@code limit} 1-100, {@code cursor}, {@code sort_order}. */
    public RequestFuzzer lists(Predicate<Operation> lists) {
        this.lists = lists;
        return this;
    }

    public RequestFuzzer skip(Predicate<Operation> skipped) {
        this.skipped = skipped;
        return this;
    }

    /**
     * Also sends pairs of query cases together (two parameters' values in one request, drawn with the seed, at most
     * {@code max} per operation): validation that names one bad parameter must not trip over a second one. A pair is
     * rejected when either of its values must be.
     */
    public RequestFuzzer queryPairs(int max) {
        this.maxQueryPairs = max;
        return this;
    }

    /** At most this many example mutations per operation, drawn with the seed (default 300). */
    public RequestFuzzer maxBodyVariants(int max) {
        this.maxBodyVariants = max;
        return this;
    }

    public List<FuzzRequest> generate() {
        Random random = new Random(seed);
        ValueMutations values = new ValueMutations(document.schemas(), invalidValues, random);
        List<FuzzRequest> requests = new ArrayList<>();
        Set<String> paths = new LinkedHashSet<>();
        List<Operation> operations = document.operations().stream().filter(skipped.negate())
                .map(this::withBodySchema).toList();
        for (Operation operation : operations) {
            paths.add(operation.path());
            String body = exampleBody(operation);
            pathCases(operation, body, random, requests);
            queryCases(operation, body, requests);
            queryPairs(operation, body, random, requests);
            authCases(operation, body, requests);
            if (operation.bodySchema() != null) {
                bodyCases(operation, body, values, random, requests);
            }
            if (operation.method().equals("GET")) {
                requests.add(request(operation, "Accept application/xml", target(operation, Map.of(), ""),
                        Map.of("Accept", "application/xml"), null, Expectation.HANDLED));
            }
        }
        for (String path : paths) {
            methodCases(path, operations, requests);
        }
        return requests;
    }

    private void pathCases(Operation operation, String body, Random random, List<FuzzRequest> requests) {
        for (String parameter : pathParameters(operation.path())) {
            List<String> bad = new ArrayList<>(List.of(uuid(random), "not-a-uuid", "0", "-1",
                    "99999999999999999999", "null", "undefined", "%20", "%00", "%25", "..%2F..", "' or '1'='1",
                    "%F0%9F%98%80", uuid(random) + "x", uuid(random).replace("-", ""),
                    "a".repeat(300 + random.nextInt(100))));
            bad.addAll(invalidPathValues.getOrDefault(parameter, List.of()));
            for (String value : bad) {
                String raw = value.contains("%") ? value : encode(value);
                requests.add(request(operation, "path " + parameter + "=" + value,
                        target(operation, Map.of(parameter, raw), ""), contentType(operation, body), body,
                        Expectation.REJECTED));
            }
        }
    }

    private void queryCases(Operation operation, String body, List<FuzzRequest> requests) {
        Map<String, String> json = contentType(operation, body);
        requests.add(request(operation, "unknown query parameter", target(operation, Map.of(), "zz_unknown=1"), json,
                body, Expectation.REJECTED));
        requests.add(request(operation, "unknown query parameter with odd name", target(operation, Map.of(),
                "%25zz%00=%FF%FE"), json, body, Expectation.REJECTED));
        for (Operation.Parameter parameter : operation.parameters("query")) {
            for (Map.Entry<String, Expectation> value : QueryValues.of(parameter.schema(), document.schemas(),
                    invalidValues.getOrDefault(parameter.name(), List.of())).entrySet()) {
                requests.add(request(operation, "query " + parameter.name() + "=" + value.getKey(),
                        target(operation, Map.of(), encode(parameter.name()) + "=" + encode(value.getKey())), json,
                        body, value.getValue()));
            }
            requests.add(request(operation, "query " + parameter.name() + " repeated",
                    target(operation, Map.of(), encode(parameter.name()) + "=a&" + encode(parameter.name()) + "=b"),
                    json, body, Expectation.HANDLED));
        }
        if (lists.test(operation)) {
            for (Map.Entry<String, Expectation> value : QueryValues.paging().entrySet()) {
                requests.add(request(operation, "paging " + value.getKey(), target(operation, Map.of(), value.getKey()),
                        json, body, value.getValue()));
            }
        }
    }

    private void queryPairs(Operation operation, String body, Random random, List<FuzzRequest> requests) {
        List<Map.Entry<String, Map.Entry<String, Expectation>>> cases = new ArrayList<>();
        for (Operation.Parameter parameter : operation.parameters("query")) {
            QueryValues.of(parameter.schema(), document.schemas(), invalidValues.getOrDefault(parameter.name(), List.of()))
                    .entrySet().forEach(value -> cases.add(Map.entry(parameter.name(), value)));
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            for (int j = i + 1; j < cases.size(); j++) {
                // two long values would pass the request-line limit (a plain-text 414 from the HTTP server)
                boolean fits = cases.get(i).getValue().getKey().length() + cases.get(j).getValue().getKey().length()
                        < QueryValues.LONG + 100;
                if (fits && !cases.get(i).getKey().equals(cases.get(j).getKey())) {
                    pairs.add(new int[] {i, j});
                }
            }
        }
        Collections.shuffle(pairs, random);
        Map<String, String> json = contentType(operation, body);
        for (int[] pair : pairs.subList(0, Math.min(maxQueryPairs, pairs.size()))) {
            var first = cases.get(pair[0]);
            var second = cases.get(pair[1]);
            boolean rejected = first.getValue().getValue() == Expectation.REJECTED
                    || second.getValue().getValue() == Expectation.REJECTED;
            String query = encode(first.getKey()) + "=" + encode(first.getValue().getKey()) + "&"
                    + encode(second.getKey()) + "=" + encode(second.getValue().getKey());
            requests.add(request(operation, "query pair " + first.getKey() + "=" + first.getValue().getKey() + " & "
                    + second.getKey() + "=" + second.getValue().getKey(), target(operation, Map.of(), query), json, body,
                    rejected ? Expectation.REJECTED : Expectation.HANDLED));
        }
    }

    private void authCases(Operation operation, String body, List<FuzzRequest> requests) {
        for (String credential : badCredentials) {
            Map<String, String> headers = new LinkedHashMap<>(contentType(operation, body));
            if (!credential.isEmpty()) {
                headers.put("Authorization", credential);
            }
            String shown = credential.length() > 40 ? credential.substring(0, 40) + "..." : credential;
            requests.add(new FuzzRequest(operation.key() + " | credentials '" + shown + "'", operation.method(),
                    target(operation, Map.of(), ""), headers, body, false, Expectation.REJECTED));
        }
    }

    private void bodyCases(Operation operation, String body, ValueMutations values, Random random,
                           List<FuzzRequest> requests) {
        String target = target(operation, Map.of(), "");
        for (RawBodies.Raw raw : RawBodies.around(body, operation.bodyOptional())) {
            Map<String, String> headers = raw.contentType() == null ? Map.of() : Map.of("Content-Type", raw.contentType());
            requests.add(request(operation, "body: " + raw.what(), target, headers, raw.body(), raw.expectation()));
        }
        List<BodyMutations.Variant> variants = new BodyMutations(document.schemas(), values, freeFormFields)
                .of(tree(body), operation.bodySchema());
        if (variants.size() > maxBodyVariants) {
            variants = new ArrayList<>(variants);
            Collections.shuffle(variants, random);
            variants = variants.subList(0, maxBodyVariants);
        }
        for (BodyMutations.Variant variant : variants) {
            String field = variant.field().isEmpty() ? "(root)" : variant.field();
            requests.add(request(operation, "body " + field + ": " + variant.mutation().what(), target,
                    Map.of("Content-Type", "application/json"), variant.body().toString(),
                    variant.mutation().expectation()));
        }
    }

    /** Every method the document does not declare for the path answers 4xx (405, or 404 for a bad route). */
    private void methodCases(String path, List<Operation> operations, List<FuzzRequest> requests) {
        List<Operation> declared = operations.stream().filter(o -> o.path().equals(path)).toList();
        Operation any = declared.get(0);
        for (String method : METHODS) {
            if (declared.stream().noneMatch(o -> o.method().equals(method))) {
                requests.add(request(any, "undeclared method " + method, target(any, Map.of(), ""), Map.of(
                        "Content-Type", "application/json"), method.equals("GET") ? null : "{}", Expectation.REJECTED)
                        .withMethod(method));
            }
        }
    }

    private Operation withBodySchema(Operation operation) {
        JsonNode schema = bodySchemas.get(operation.key());
        return schema == null ? operation : new Operation(operation.method(), operation.path(), operation.parameters(),
                schema, "application/json", false);
    }

    private FuzzRequest request(Operation operation, String what, String target, Map<String, String> headers,
                                String body, Expectation expectation) {
        return new FuzzRequest(operation.key() + " | " + what, operation.method(), target, headers, body, true,
                expectation);
    }

    private String exampleBody(Operation operation) {
        if (operation.bodySchema() == null) {
            return null;
        }
        String given = examples.get(operation.key());
        return given != null ? given : ExampleValues.of(operation.bodySchema(), document.schemas()).toString();
    }

    private static Map<String, String> contentType(Operation operation, String body) {
        return body == null ? Map.of() : Map.of("Content-Type", operation.bodyMediaType());
    }

    /** The path with valid values, except {@code replaced} ones (already encoded, or deliberately raw). */
    private String target(Operation operation, Map<String, String> replaced, String query) {
        Matcher matcher = PATH_PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = replaced.containsKey(name) ? replaced.get(name) : encode(validPathValue(operation, name));
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return query.isEmpty() ? path.toString() : path + "?" + query;
    }

    private String validPathValue(Operation operation, String name) {
        String specific = pathValuesByOperation.getOrDefault(operation.key(), Map.of()).get(name);
        if (specific != null) {
            return specific;
        }
        String value = pathValues.get(name);
        if (value == null) {
            throw new IllegalStateException("no valid value for path parameter " + name + " of " + operation.key()
                    + "; give one with pathValue(...)");
        }
        return value;
    }

    private static List<String> pathParameters(String path) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PATH_PARAMETER.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** A random UUID drawn from the seeded generator, so it is the same on replay. */
    static String uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("example body is not JSON: " + json, e);
        }
    }
}
