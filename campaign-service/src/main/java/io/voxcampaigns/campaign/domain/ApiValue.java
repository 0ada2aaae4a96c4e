package io.voxcampaigns.campaign.domain;

import java.util.Arrays;
import java.util.List;

/** An enumeration whose API form is its lower-case name (e.g. cancel_requested). */
public interface ApiValue {

    String name();

    default String value() {
        return name().toLowerCase();
    }

    /** The API forms of these constants, in declaration order (for error messages naming the allowed values). */
    static List<String> values(ApiValue[] constants) {
        return Arrays.stream(constants).map(ApiValue::value).toList();
    }

    /** The constant of {@code type} whose API form is {@code value}, or null when there is none. */
    static <E extends Enum<E> & ApiValue> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.value().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
