package io.voxcampaigns.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Mutations of a valid example body, one field at a time, at every depth: each field removed (when required),
 * replaced by each of its {@link ValueMutations}, an unknown field added to each object, arrays emptied, nulled and
 * grown past {@code maxItems}. Fields the schema declares but the example lacks are set to bad values too.
 */
final class BodyMutations {

    /** One mutated body. */
    record Variant(String field, Mutation mutation, JsonNode body) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;

    private static final JsonNode FREE_OBJECT = NODES.objectNode().put("type", "object")
            .put("additionalProperties", true);

    private final Schemas schemas;
    private final ValueMutations values;
    private final Set<String> freeFormFields;

    BodyMutations(Schemas schemas, ValueMutations values, Set<String> freeFormFields) {
        this.schemas = schemas;
        this.values = values;
        this.freeFormFields = freeFormFields;
    }

    List<Variant> of(JsonNode example, JsonNode schema) {
        List<Variant> variants = new ArrayList<>();
        walk(example, schema, "", 0, example, variants);
        return variants;
    }

    /** {@code node} is the part of {@code root} at {@code path}; each variant is a mutated deep copy of root. */
    private void walk(JsonNode node, JsonNode schema, String path, int depth, JsonNode root, List<Variant> variants) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node.isObject()) {
            walkObject((ObjectNode) node, schema, path, depth, root, variants);
        } else if (node.isArray() && !node.isEmpty()) {
            JsonNode items = schemas.items(schema);
            walk(node.get(0), items, path + "[0]", depth + 1, root, variants);
        }
    }

    private void walkObject(ObjectNode node, JsonNode schema, String path, int depth, JsonNode root,
                            List<Variant> variants) {
        String prefix = path.isEmpty() ? "" : path + ".";
        if (!schemas.freeForm(schema)) {
            variants.add(variant(root, node, path, Mutation.rejected(NODES.textNode("?"), "unknown field"),
                    target -> target.put("zz_unknown_field", 1)));
            variants.add(variant(root, node, path, Mutation.rejected(NODES.textNode("?"), "unknown nested object"),
                    target -> target.putObject("zz_unknown_object").put("deep", true)));
        }
        Set<String> required = schemas.required(schema);
        Set<String> fields = new LinkedHashSet<>();
        node.fieldNames().forEachRemaining(fields::add);
        schemas.properties(schema).forEach(p -> fields.add(p.getKey()));
        for (String field : fields) {
            JsonNode fieldSchema = freeFormFields.contains(field) ? FREE_OBJECT
                    : schema.path("properties").has(field) ? schemas.property(schema, field)
                    : schemas.additionalProperties(schema);
            boolean isRequired = required.contains(field);
            if (isRequired && node.has(field)) {
                variants.add(variant(root, node, prefix + field, Mutation.rejected(null, "required field missing"),
                        target -> target.remove(field)));
            }
            for (Mutation mutation : values.of(field, fieldSchema, isRequired)) {
                variants.add(variant(root, node, prefix + field, mutation, target -> target.set(field, mutation.value())));
            }
            JsonNode value = node.get(field);
            if (value != null && value.isArray() && !value.isEmpty() && fieldSchema.has("maxItems")) {
                int maxItems = fieldSchema.get("maxItems").asInt();
                if (maxItems <= 20_000) {
                    ArrayNode grown = NODES.arrayNode();
                    for (int i = 0; i <= maxItems; i++) {
                        grown.add(value.get(i % value.size()));
                    }
                    Mutation mutation = Mutation.rejected(grown, "maxItems + 1 elements");
                    variants.add(variant(root, node, prefix + field, mutation, target -> target.set(field, grown)));
                }
            }
            if (value != null && (value.isObject() || value.isArray())) {
                walk(value, fieldSchema, prefix + field, depth + 1, root, variants);
            }
        }
    }

    /** Applies {@code change} to the copy of {@code target} inside a deep copy of {@code root}. */
    private static Variant variant(JsonNode root, ObjectNode target, String field, Mutation mutation,
                                   Consumer<ObjectNode> change) {
        JsonNode copy = root.deepCopy();
        ObjectNode copiedTarget = (ObjectNode) find(root, copy, target);
        change.accept(copiedTarget);
        return new Variant(field, mutation, copy);
    }

    /** The node of {@code copy} at the position {@code target} has in {@code original} (identity search). */
    private static JsonNode find(JsonNode original, JsonNode copy, JsonNode target) {
        if (original == target) {
            return copy;
        }
        if (original.isObject()) {
            for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) original::fields) {
                JsonNode found = find(entry.getValue(), copy.get(entry.getKey()), target);
                if (found != null) {
                    return found;
                }
            }
        } else if (original.isArray()) {
            for (int i = 0; i < original.size(); i++) {
                JsonNode found = find(original.get(i), copy.get(i), target);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
