package io.voxcampaigns.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads JSON schemas of an OpenAPI document: resolves {@code $ref} and {@code allOf}, and answers the few questions
 * the mutators ask (types, nullability, properties, limits).
 */
public final class Schemas {

    private static final int MAX_DEPTH = 20;

    private final JsonNode root;

    Schemas(JsonNode root) {
        this.root = root;
    }

    /** The schema with {@code $ref} followed and {@code allOf} merged; a missing schema becomes {@code {}}. */
    public JsonNode resolve(JsonNode schema) {
        return resolve(schema, 0);
    }

    private JsonNode resolve(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || schema.isNull() || depth > MAX_DEPTH) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode current = schema;
        if (current.has("$ref")) {
            JsonNode target = root.at(current.get("$ref").asText().substring(1));
            ObjectNode merged = resolve(target, depth + 1).deepCopy();
            copySiblings(current, merged, "$ref");
            current = merged;
        }
        if (current.has("allOf")) {
            ObjectNode merged = JsonNodeFactory.instance.objectNode();
            for (JsonNode part : current.get("allOf")) {
                mergeInto(merged, resolve(part, depth + 1));
            }
            copySiblings(current, merged, "allOf");
            current = merged;
        }
        return current;
    }

    private static void copySiblings(JsonNode from, ObjectNode to, String except) {
        Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals(except)) {
                to.set(field.getKey(), field.getValue());
            }
        }
    }

    private static void mergeInto(ObjectNode target, JsonNode part) {
        Iterator<Map.Entry<String, JsonNode>> fields = part.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode existingObject && field.getValue().isObject()) {
                mergeInto(existingObject, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue());
            }
        }
    }

    /** The non-null JSON types the schema allows (empty: any type). {@code oneOf}/{@code anyOf} contribute theirs. */
    public Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        for (String alternative : List.of("oneOf", "anyOf")) {
            for (JsonNode option : schema.path(alternative)) {
                Set<String> optionTypes = types(resolve(option));
                if (optionTypes.isEmpty()) {
                    return Set.of();
                }
                types.addAll(optionTypes);
            }
        }
        if (types.isEmpty() && schema.has("properties")) {
            types.add("object");
        }
        types.remove("null");
        return types;
    }

    /** The single type of the schema, or null when it has none or several. */
    public String type(JsonNode schema) {
        Set<String> types = types(schema);
        return types.size() == 1 ? types.iterator().next() : null;
    }

    public boolean nullable(JsonNode schema) {
        if (schema.path("nullable").asBoolean(false)) {
            return true;
        }
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals("null")) {
                    return true;
                }
            }
        }
        for (String alternative : List.of("oneOf", "anyOf")) {
            for (JsonNode option : schema.path(alternative)) {
                if (nullable(resolve(option)) || "null".equals(resolve(option).path("type").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Property name to resolved schema, in document order. */
    public List<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
        List<Map.Entry<String, JsonNode>> properties = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            properties.add(Map.entry(field.getKey(), resolve(field.getValue())));
        }
        return properties;
    }

    public JsonNode property(JsonNode schema, String name) {
        return resolve(schema.path("properties").path(name));
    }

    public Set<String> required(JsonNode schema) {
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        return required;
    }

    /** An object whose keys are free (a map, or an object without declared properties): unknown keys are valid. */
    public boolean freeForm(JsonNode schema) {
        JsonNode additional = schema.path("additionalProperties");
        boolean additionalAllowed = !additional.isMissingNode() && !(additional.isBoolean() && !additional.asBoolean());
        return additionalAllowed || !schema.has("properties");
    }

    public JsonNode items(JsonNode schema) {
        return resolve(schema.path("items"));
    }

    /** A map's value schema, or {@code {}}. */
    public JsonNode additionalProperties(JsonNode schema) {
        JsonNode additional = schema.path("additionalProperties");
        return additional.isObject() ? resolve(additional) : JsonNodeFactory.instance.objectNode();
    }
}
