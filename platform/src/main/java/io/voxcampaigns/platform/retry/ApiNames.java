package io.voxcampaigns.platform.retry;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.voxcampaigns.platform.error.ValidationErrors;

/** Enumerations whose constant names are their API values, spelled exactly so. */
final class ApiNames {

    private ApiNames() {
    }

    /** The API values, in declaration order. */
    static <E extends Enum<E>> List<String> of(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** The constant for an API value; empty for any other spelling. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * The constant a required enumeration field names, or empty after adding its problem to {@code errors} with the
     * allowed values: "is required: a, b" when it is missing, "must be one of a, b, got ..." when misspelt.
     */
    static <E extends Enum<E>> Optional<E> required(Class<E> type, String name, String path,
            ValidationErrors errors) {
        List<String> allowed = of(type);
        if (name == null) {
            errors.addNotAllowed(path, "is required: " + String.join(", ", allowed), allowed);
            return Optional.empty();
        }
        Optional<E> value = parse(type, name);
        if (value.isEmpty()) {
            errors.addNotOneOf(path, allowed, ValidationErrors.quoted(name));
        }
        return value;
    }
}
