package io.voxcampaigns.fuzz;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plausible value for a schema when a test gives no example body: the schema's example or default, the first enum
 * value, or a value of its type with every declared property filled. Often not valid for the service's own rules;
 * mutations of a real example find more.
 */
final class ExampleValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private ExampleValues() {
    }

    static JsonNode of(JsonNode schema, Schemas schemas) {
        return of(schema, schemas, 0);
    }

    private static JsonNode of(JsonNode schema, Schemas schemas, int depth) {
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("default")) {
            return schema.get("default");
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        String type = schemas.type(schema);
        if (type == null || depth > MAX_DEPTH) {
            return NODES.nullNode();
        }
        return switch (type) {
            case "string" -> NODES.textNode(switch (schema.path("format").asText("")) {
                case "uuid" -> "00000000-0000-4000-8000-000000000000";
                case "date-time" -> "2026-01-01T00:00:00Z";
                default -> "text";
            });
            case "integer", "number" -> schema.path("minimum").isNumber() ? schema.get("minimum") : NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> NODES.arrayNode().add(of(schemas.items(schema), schemas, depth + 1));
            default -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, JsonNode> property : schemas.properties(schema)) {
                    object.set(property.getKey(), of(property.getValue(), schemas, depth + 1));
                }
                yield object;
            }
        };
    }
}
