package io.voxcampaigns.platform.error;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Names Java target types the way a JSON client thinks of them. */
final class JsonTypes {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private JsonTypes() {
    }

    /** The values an enumeration takes in JSON (its {@code @JsonValue}/{@code @JsonProperty} names, if any). */
    static List<String> enumValues(Class<?> type, Object processor) {
        ObjectMapper mapper = processor instanceof JsonParser parser && parser.getCodec() instanceof ObjectMapper codec
                ? codec : PLAIN;
        return Arrays.stream(type.getEnumConstants()).map(value -> mapper.convertValue(value, String.class)).toList();
    }

    static String describe(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
