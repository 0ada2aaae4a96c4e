package io.voxcampaigns.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The operations of an OpenAPI 3.0/3.1 document (JSON), with their parameters and request body schemas. */
public final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode root;
    private final Schemas schemas;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
        this.schemas = new Schemas(root);
    }

    public static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("not an OpenAPI JSON document", e);
        }
    }

    public Schemas schemas() {
        return schemas;
    }

    /** Every operation, in document order. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<Operation.Parameter> shared = parameters(path.getValue().path("parameters"));
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                List<Operation.Parameter> parameters = new ArrayList<>(shared);
                parameters.addAll(parameters(method.getValue().path("parameters")));
                JsonNode content = method.getValue().path("requestBody").path("content");
                String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                JsonNode body = mediaType == null ? null : schemas.resolve(content.path(mediaType).path("schema"));
                boolean optional = !method.getValue().path("requestBody").path("required").asBoolean(true);
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters,
                        body, mediaType, optional));
            }
        }
        return operations;
    }

    private List<Operation.Parameter> parameters(JsonNode list) {
        List<Operation.Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : list) {
            JsonNode p = schemas.resolve(parameter);
            parameters.add(new Operation.Parameter(p.path("name").asText(), p.path("in").asText(),
                    p.path("required").asBoolean(false), schemas.resolve(p.path("schema"))));
        }
        return parameters;
    }
}
