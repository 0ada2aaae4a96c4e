package io.voxcampaigns.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Generates malformed and boundary requests for every operation of an OpenAPI document: invalid path ids, bad
 * query parameters (declared ones, list paging, unknown ones), broken credentials, undeclared methods, raw body
 * breakage and one-field mutations of a valid example body. Same seed, same document and same settings give the
 * same requests.
 */
public final class RequestFuzzer {

    private final OpenApiDocument document;
    private final long seed;
    private final Map<String, String> examples = new HashMap<>();
    private final Map<String, JsonNode> bodySchemas = new HashMap<>();
    private final ValidPathValues pathValues = new ValidPathValues();
    private final Map<String, List<String>> invalidValues = new HashMap<>();
    private final Map<String, List<String>> invalidPathValues = new HashMap<>();
    private final List<String> badCredentials = new ArrayList<>(CredentialCases.GENERIC);
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
        bodySchemas.put(operationKey, BodyCases.tree(jsonSchema));
        return this;
    }

    /** A valid (existing, owned) value of a path parameter, for every operation naming it. */
    public RequestFuzzer pathValue(String parameter, String value) {
        pathValues.put(parameter, value);
        return this;
    }

    /** A valid path parameter value for one operation only, e.g. an approvable number's id. */
    public RequestFuzzer pathValue(String operationKey, String parameter, String value) {
        pathValues.put(operationKey, parameter, value);
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
        QueryParameterValues queryValues = new QueryParameterValues(document.schemas(), invalidValues);
        PathCases pathCases = new PathCases(invalidPathValues, random);
        QueryCases queryCases = new QueryCases(queryValues, lists);
        QueryPairCases queryPairCases = new QueryPairCases(queryValues, maxQueryPairs, random);
        CredentialCases credentialCases = new CredentialCases(badCredentials);
        BodyCases bodyCases = new BodyCases(document.schemas(), values, freeFormFields, maxBodyVariants, random);
        List<FuzzRequest> requests = new ArrayList<>();
        Set<String> paths = new LinkedHashSet<>();
        List<Operation> operations = document.operations().stream().filter(skipped.negate())
                .map(this::withBodySchema).toList();
        for (Operation declared : operations) {
            paths.add(declared.path());
            OperationRequests operation = new OperationRequests(declared, exampleBody(declared), pathValues);
            pathCases.add(operation, requests);
            queryCases.add(operation, requests);
            queryPairCases.add(operation, requests);
            credentialCases.add(operation, requests);
            if (declared.bodySchema() != null) {
                bodyCases.add(operation, requests);
            }
            if (declared.method().equals("GET")) {
                requests.add(operation.request("Accept application/xml", operation.target(),
                        Map.of("Accept", "application/xml"), null, Expectation.HANDLED));
            }
        }
        MethodCases methodCases = new MethodCases(pathValues);
        for (String path : paths) {
            methodCases.add(path, operations, requests);
        }
        return requests;
    }

    private Operation withBodySchema(Operation operation) {
        JsonNode schema = bodySchemas.get(operation.key());
        return schema == null ? operation : new Operation(operation.method(), operation.path(), operation.parameters(),
                schema, "application/json", false);
    }

    private String exampleBody(Operation operation) {
        if (operation.bodySchema() == null) {
            return null;
        }
        String given = examples.get(operation.key());
        return given != null ? given : ExampleValues.of(operation.bodySchema(), document.schemas()).toString();
    }
}
