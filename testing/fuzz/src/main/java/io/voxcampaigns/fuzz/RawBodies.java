package io.voxcampaigns.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Bodies broken below the schema: malformed JSON, wrong top-level types, deep nesting, wrong content types. */
final class RawBodies {

    /** A raw body with its content type (null: header absent). */
    record Raw(String what, String contentType, String body, Expectation expectation) {
    }

    private static final String JSON = "application/json";
    private static final int DEEP = 5_000;
    private static final int MANY_FIELDS = 5_000;

    private RawBodies() {
    }

    /** {@code optional}: the body may be left out, so an absent, empty or null one (or an ignored one) is valid. */
    static List<Raw> around(String validBody, boolean optional) {
        Expectation absent = optional ? Expectation.HANDLED : Expectation.REJECTED;
        List<Raw> raws = new ArrayList<>();
        raws.add(new Raw("empty body", JSON, "", absent));
        raws.add(new Raw("no body", JSON, null, absent));
        raws.add(new Raw("JSON null", JSON, "null", absent));
        raws.add(new Raw("top-level array", JSON, "[]", Expectation.REJECTED));
        raws.add(new Raw("top-level array of the body", JSON, "[" + validBody + "]", Expectation.REJECTED));
        raws.add(new Raw("top-level string", JSON, "\"text\"", Expectation.REJECTED));
        raws.add(new Raw("top-level number", JSON, "42", Expectation.REJECTED));
        raws.add(new Raw("truncated JSON", JSON, validBody.substring(0, Math.max(1, validBody.length() / 2)),
                Expectation.REJECTED));
        raws.add(new Raw("missing value", JSON, "{\"a\":}", Expectation.REJECTED));
        raws.add(new Raw("trailing comma", JSON, "{\"a\":1,}", Expectation.REJECTED));
        raws.add(new Raw("single quotes", JSON, "{'a':1}", Expectation.REJECTED));
        raws.add(new Raw("comment", JSON, "/* c */" + validBody, Expectation.REJECTED));
        raws.add(new Raw("garbage after the body", JSON, validBody + "}}garbage", Expectation.REJECTED));
        raws.add(new Raw("not JSON at all", JSON, "name=x&value=y", Expectation.REJECTED));
        raws.add(new Raw("NaN literal", JSON, "{\"a\":NaN}", Expectation.REJECTED));
        raws.add(new Raw("lone surrogate escape", JSON, "{\"a\":\"\\ud800\"}", Expectation.REJECTED));
        raws.add(new Raw("deep nesting", JSON, "{\"a\":" + "[".repeat(DEEP) + "]".repeat(DEEP) + "}",
                Expectation.REJECTED));
        raws.add(new Raw("deep object nesting", JSON, "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP),
                Expectation.REJECTED));
        StringBuilder many = new StringBuilder("{");
        for (int i = 0; i < MANY_FIELDS; i++) {
            many.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
        }
        raws.add(new Raw("5,000 unknown fields", JSON, many.append('}').toString(), Expectation.REJECTED));
        raws.add(new Raw("text/plain", "text/plain", validBody, absent));
        raws.add(new Raw("application/xml", "application/xml", "<a>1</a>", Expectation.REJECTED));
        raws.add(new Raw("form encoded", "application/x-www-form-urlencoded", "name=x", Expectation.REJECTED));
        raws.add(new Raw("malformed content type", "application/", validBody, Expectation.HANDLED));
        raws.add(new Raw("no content type", null, validBody, Expectation.HANDLED));
        raws.add(new Raw("odd charset", JSON + "; charset=utf-16", validBody, Expectation.HANDLED));
        raws.add(new Raw("byte order mark", JSON, "\ufeff" + validBody, Expectation.HANDLED));
        return raws;
    }
}
