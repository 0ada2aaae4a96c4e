package io.voxcampaigns.dispatcher.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

/**
 * Strict JSON numbers for the organisation limits: Jackson would read {@code "5"} as 5 and truncate {@code 1.5} to
 * 1 where an integer is declared, so a limit could be set to a value the client did not send. Here those are 400s
 * naming the field (through platform's mapping of Jackson's input mismatches), as a number where text is declared
 * is everywhere.
 */
final class OrganizationLimitsJson {

    private OrganizationLimitsJson() {
    }

    /** A JSON integer within Java's int range; anything else is a mismatch. */
    public static final class WholeNumber extends StdDeserializer<Integer> {

        public WholeNumber() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Integer) context.handleUnexpectedToken(Integer.class, parser);
            }
            if (parser.getNumberType() != JsonParser.NumberType.INT) {
                throw context.weirdNumberException(parser.getNumberValue(), Integer.class, "out of range");
            }
            return parser.getIntValue();
        }
    }

    /** A JSON number, integer or decimal; text or a boolean is a mismatch. */
    public static final class Decimal extends StdDeserializer<Double> {

        public Decimal() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                return (Double) context.handleUnexpectedToken(Double.class, parser);
            }
            return parser.getDoubleValue();
        }
    }
}
