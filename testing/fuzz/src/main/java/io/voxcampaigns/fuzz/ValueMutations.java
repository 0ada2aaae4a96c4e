package io.voxcampaigns.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bad and boundary values for one schema: wrong JSON types, null, empty and over-long strings, numbers just out of
 * range, huge and fractional numbers, invalid enums and formats, pattern breakers, plus the values a test names for
 * a field (invalid phone numbers, say). Only values certain to be invalid are {@link Expectation#REJECTED}: Jackson
 * coerces some scalars (a number into a string field), so those are {@link Expectation#HANDLED}.
 */
final class ValueMutations {

    static final int LONG_STRING = 10_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> PATTERN_BREAKERS = List.of("", " ", "not valid ☃", "-1", "0",
            "99999999999999999999999999", "<script>", "' or 1=1 --", "\u0000");

    private final Schemas schemas;
    private final Map<String, List<String>> invalidByField;
    private final Random random;

    ValueMutations(Schemas schemas, Map<String, List<String>> invalidByField, Random random) {
        this.schemas = schemas;
        this.invalidByField = invalidByField;
        this.random = random;
    }

    List<Mutation> of(String field, JsonNode schema, boolean required) {
        List<Mutation> mutations = new ArrayList<>();
        boolean nullable = schemas.nullable(schema);
        mutations.add(required && !nullable ? Mutation.rejected(NODES.nullNode(), "null for a required field")
                : Mutation.handled(NODES.nullNode(), "null"));
        for (String invalid : invalidByField.getOrDefault(field, List.of())) {
            mutations.add(Mutation.rejected(NODES.textNode(invalid), "invalid " + field));
        }
        Set<String> types = schemas.types(schema);
        if (types.size() != 1) {
            return mutations;
        }
        String type = types.iterator().next();
        switch (type) {
            case "string" -> strings(schema, mutations);
            case "integer", "number" -> numbers(schema, type, mutations);
            case "boolean" -> {
                mutations.add(Mutation.rejected(NODES.textNode("maybe"), "text for a boolean"));
                mutations.add(Mutation.rejected(NODES.objectNode(), "object for a boolean"));
                mutations.add(Mutation.handled(NODES.numberNode(2), "number for a boolean"));
            }
            case "object" -> {
                mutations.add(Mutation.rejected(NODES.textNode("text"), "text for an object"));
                mutations.add(Mutation.rejected(NODES.numberNode(42), "number for an object"));
                mutations.add(Mutation.rejected(NODES.arrayNode().add(1), "array for an object"));
            }
            case "array" -> arrays(schema, mutations);
            default -> {
            }
        }
        return mutations;
    }

    private void strings(JsonNode schema, List<Mutation> mutations) {
        mutations.add(Mutation.rejected(object("x", 1), "object for a string"));
        mutations.add(Mutation.rejected(NODES.arrayNode().add("a").add("b"), "array for a string"));
        mutations.add(Mutation.handled(NODES.numberNode(12), "number for a string"));
        mutations.add(Mutation.handled(NODES.booleanNode(true), "boolean for a string"));
        int minLength = schema.path("minLength").asInt(0);
        int maxLength = schema.path("maxLength").asInt(-1);
        mutations.add(minLength > 0 ? Mutation.rejected(NODES.textNode(""), "empty string under minLength")
                : Mutation.handled(NODES.textNode(""), "empty string"));
        mutations.add(Mutation.handled(NODES.textNode("   "), "blank string"));
        if (maxLength >= 0) {
            mutations.add(Mutation.rejected(NODES.textNode(text(maxLength + 1)), "maxLength + 1"));
            mutations.add(Mutation.handled(NODES.textNode(text(maxLength)), "maxLength"));
        }
        mutations.add(maxLength >= 0 && maxLength < LONG_STRING
                ? Mutation.rejected(NODES.textNode(text(LONG_STRING)), "over-long string")
                : Mutation.handled(NODES.textNode(text(LONG_STRING)), "long string"));
        mutations.add(Mutation.handled(NODES.textNode("ünïcødé 🎉 \u202e\u0000 end"), "unicode and control chars"));
        JsonNode enumeration = schema.path("enum");
        if (enumeration.isArray() && !enumeration.isEmpty()) {
            mutations.add(Mutation.rejected(NODES.textNode("not_a_valid_value"), "value outside the enum"));
            mutations.add(Mutation.rejected(NODES.textNode(""), "empty string for an enum"));
            String first = enumeration.get(0).asText();
            mutations.add(Mutation.handled(NODES.textNode(first.toUpperCase(java.util.Locale.ROOT)), "enum in upper case"));
        }
        String format = schema.path("format").asText("");
        switch (format) {
            case "uuid" -> {
                mutations.add(Mutation.rejected(NODES.textNode("not-a-uuid"), "not a uuid"));
                mutations.add(Mutation.rejected(NODES.textNode(SeededUuids.next(random) + "0"), "uuid with an extra digit"));
                mutations.add(Mutation.handled(NODES.textNode(SeededUuids.next(random)), "random uuid"));
            }
            case "date-time", "date" -> {
                mutations.add(Mutation.rejected(NODES.textNode("yesterday"), "not a timestamp"));
                mutations.add(Mutation.rejected(NODES.textNode("2026-13-45T25:61:00Z"), "impossible timestamp"));
                mutations.add(Mutation.handled(NODES.textNode("9999-12-31T23:59:59Z"), "far-future timestamp"));
                mutations.add(Mutation.handled(NODES.textNode("0001-01-01T00:00:00Z"), "year 1 timestamp"));
            }
            default -> {
            }
        }
        if (schema.hasNonNull("pattern")) {
            Pattern pattern = Pattern.compile(schema.get("pattern").asText());
            for (String candidate : PATTERN_BREAKERS) {
                if (!pattern.matcher(candidate).find()) {
                    mutations.add(Mutation.rejected(NODES.textNode(candidate), "breaks pattern " + pattern));
                }
            }
        }
    }

    private void numbers(JsonNode schema, String type, List<Mutation> mutations) {
        mutations.add(Mutation.rejected(NODES.textNode("abc"), "text for a number"));
        mutations.add(Mutation.rejected(object("n", 1), "object for a number"));
        mutations.add(Mutation.handled(NODES.booleanNode(true), "boolean for a number"));
        mutations.add(Mutation.handled(NODES.textNode("7"), "number in a string"));
        boolean integer = type.equals("integer");
        String format = schema.path("format").asText("");
        BigInteger huge = new BigInteger("123456789012345678901234567890");
        mutations.add(integer && (format.equals("int32") || format.equals("int64"))
                ? Mutation.rejected(NODES.numberNode(huge), "integer overflowing " + format)
                : Mutation.handled(NODES.numberNode(huge), "huge number"));
        mutations.add(Mutation.handled(NODES.numberNode(new BigDecimal("1e400")), "number beyond double"));
        mutations.add(Mutation.handled(NODES.numberNode(-1), "negative"));
        mutations.add(Mutation.handled(NODES.numberNode(0), "zero"));
        mutations.add(Mutation.handled(NODES.numberNode(Long.MAX_VALUE), "Long.MAX_VALUE"));
        mutations.add(Mutation.handled(NODES.numberNode(Long.MIN_VALUE), "Long.MIN_VALUE"));
        if (integer) {
            mutations.add(Mutation.handled(NODES.numberNode(new BigDecimal("1.5")), "fraction for an integer"));
        }
        if (schema.has("minimum") && schema.get("minimum").isNumber()) {
            BigDecimal minimum = schema.get("minimum").decimalValue();
            boolean exclusive = schema.path("exclusiveMinimum").asBoolean(false);
            BigDecimal below = integer ? minimum.subtract(BigDecimal.ONE) : minimum.subtract(new BigDecimal("0.001"));
            mutations.add(Mutation.rejected(NODES.numberNode(exclusive ? minimum : below), "minimum - 1"));
            mutations.add(Mutation.handled(NODES.numberNode(minimum), "minimum"));
            if (minimum.signum() >= 0) {
                mutations.add(Mutation.rejected(NODES.numberNode(-1 - random.nextInt(1000)), "negative under minimum"));
            }
        }
        if (schema.has("maximum") && schema.get("maximum").isNumber()) {
            BigDecimal maximum = schema.get("maximum").decimalValue();
            boolean exclusive = schema.path("exclusiveMaximum").asBoolean(false);
            BigDecimal above = integer ? maximum.add(BigDecimal.ONE) : maximum.add(new BigDecimal("0.001"));
            mutations.add(Mutation.rejected(NODES.numberNode(exclusive ? maximum : above), "maximum + 1"));
            mutations.add(Mutation.handled(NODES.numberNode(maximum), "maximum"));
            mutations.add(Mutation.rejected(NODES.numberNode(huge), "huge over maximum"));
        }
    }

    private void arrays(JsonNode schema, List<Mutation> mutations) {
        mutations.add(Mutation.rejected(NODES.textNode("text"), "text for an array"));
        mutations.add(Mutation.rejected(object("x", 1), "object for an array"));
        int minItems = schema.path("minItems").asInt(0);
        mutations.add(minItems > 0 ? Mutation.rejected(NODES.arrayNode(), "empty array under minItems")
                : Mutation.handled(NODES.arrayNode(), "empty array"));
        JsonNode items = schemas.items(schema);
        String itemType = schemas.type(items);
        if (itemType != null && !schemas.nullable(items)) {
            mutations.add(Mutation.rejected(NODES.arrayNode().addNull(), "null element"));
            JsonNode wrong = itemType.equals("object") || itemType.equals("array") ? NODES.textNode("x")
                    : object("x", 1);
            ArrayNode large = NODES.arrayNode();
            for (int i = 0; i < 5_000; i++) {
                large.add(wrong);
            }
            mutations.add(Mutation.rejected(large, "5,000 wrongly typed elements"));
        }
    }

    private static ObjectNode object(String key, int value) {
        ObjectNode node = NODES.objectNode();
        node.put(key, value);
        return node;
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
