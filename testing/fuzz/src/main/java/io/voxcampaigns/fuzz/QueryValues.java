package io.voxcampaigns.fuzz;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Text values for query parameters, each with its expectation: wrong types, out of range, bad enums and formats. */
final class QueryValues {

    /** Long, but under the 4,096-byte request line HTTP servers accept (Vert.x answers 414 without a body above). */
    static final int LONG = 3_000;

    private QueryValues() {
    }

    static Map<String, Expectation> of(JsonNode schema, Schemas schemas, List<String> invalid) {
        Map<String, Expectation> values = new LinkedHashMap<>();
        String type = schemas.type(schema);
        JsonNode items = schemas.items(schema);
        if ("array".equals(type)) {
            schema = items;
            type = schemas.type(items);
        }
        invalid.forEach(v -> values.put(v, Expectation.REJECTED));
        values.put("", Expectation.HANDLED);
        values.put("x".repeat(LONG), Expectation.HANDLED);
        values.put("' or 1=1 --", Expectation.HANDLED);
        if ("integer".equals(type) || "number".equals(type)) {
            values.put("abc", Expectation.REJECTED);
            values.put("99999999999999999999", Expectation.HANDLED);
            values.put("1.5", "integer".equals(type) ? Expectation.REJECTED : Expectation.HANDLED);
            values.put("-1", Expectation.HANDLED);
            if (schema.path("minimum").isNumber()) {
                BigDecimal minimum = schema.get("minimum").decimalValue();
                values.put(minimum.subtract(BigDecimal.ONE).toPlainString(), Expectation.REJECTED);
            }
            if (schema.path("maximum").isNumber()) {
                BigDecimal maximum = schema.get("maximum").decimalValue();
                values.put(maximum.add(BigDecimal.ONE).toPlainString(), Expectation.REJECTED);
            }
        }
        if ("boolean".equals(type)) {
            values.put("maybe", Expectation.REJECTED);
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            values.put("not_a_valid_value", Expectation.REJECTED);
        }
        String format = schema.path("format").asText("");
        if (format.equals("uuid")) {
            values.put("not-a-uuid", Expectation.REJECTED);
        }
        if (format.equals("date-time") || format.equals("int64")) {
            values.put("9223372036854775807", Expectation.HANDLED);
            values.put("-9223372036854775808", Expectation.HANDLED);
        }
        return values;
    }

    /** The list conventions: {@code limit} 1-100, an opaque {@code cursor}, {@code sort_order} asc|desc. */
    static Map<String, Expectation> paging() {
        Map<String, Expectation> values = new LinkedHashMap<>();
        for (String limit : List.of("0", "101", "-1", "abc", "1.5", "1e2", "99999999999999999999", "")) {
            values.put("limit=" + UrlEncoding.encode(limit), Expectation.REJECTED);
        }
        values.put("limit=1", Expectation.HANDLED);
        values.put("limit=100", Expectation.HANDLED);
        values.put("limit=1&limit=2", Expectation.HANDLED);
        for (String cursor : List.of("garbage", "!!!", "eyJ4IjoxfQ", "eyJ0IjotOTIyMzM3MjAzNjg1NDc3NTgwOH0",
                "x".repeat(LONG))) {
            values.put("cursor=" + UrlEncoding.encode(cursor), Expectation.REJECTED);
        }
        values.put("cursor=", Expectation.HANDLED);
        values.put("sort_order=sideways", Expectation.REJECTED);
        values.put("sort_order=", Expectation.HANDLED);
        values.put("sort_order=ASC", Expectation.HANDLED);
        return values;
    }
}
