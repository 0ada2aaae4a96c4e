package io.voxcampaigns.fuzz;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of an OpenAPI document; {@code bodySchema} is null when it takes no body, {@code bodyOptional} when
 * the document says {@code requestBody.required: false} (then no body at all is valid).
 */
public record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema,
                        String bodyMediaType, boolean bodyOptional) {

    /** A path, query or header parameter with its (resolved) schema. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    public Operation {
        parameters = List.copyOf(parameters);
    }

    /** E.g. {@code POST /v3/agents/{agent_id}/versions}: the key example bodies and path values are given by. */
    public String key() {
        return method + " " + path;
    }

    public List<Parameter> parameters(String in) {
        return parameters.stream().filter(p -> p.in().equals(in)).toList();
    }

    public boolean changesState() {
        return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
    }
}
