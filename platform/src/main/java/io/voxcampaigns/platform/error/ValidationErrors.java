package io.voxcampaigns.platform.error;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects every invalid field of one request so the 400 names them all at once. */
public final class ValidationErrors {

    private static final int MAX_REPORTED = 100;
    private static final int MAX_ECHOED = 40;

    private final List<FieldError> errors = new ArrayList<>();
    private int total;

    public ValidationErrors add(String field, String reason) {
        return add(new FieldError(field, reason));
    }

    /** An enumeration field whose value is not one of {@code allowedValues}; the reason names them too. */
    public ValidationErrors addNotAllowed(String field, String reason, Collection<String> allowedValues) {
        return add(new FieldError(field, reason, List.copyOf(allowedValues)));
    }

    /**
     * An enumeration field whose value is not one of {@code allowedValues}: "must be one of a, b" and, when
     * {@code got} is not null, ", got " and it (as the caller quotes it).
     */
    public ValidationErrors addNotOneOf(String field, Collection<String> allowedValues, String got) {
        String reason = "must be one of " + String.join(", ", allowedValues) + (got == null ? "" : ", got " + got);
        return addNotAllowed(field, reason, allowedValues);
    }

    /**
     * A client's value as a reason echoes it: in double quotes, cut after 40 characters so an oversized input is
     * recognisable but never repeated whole; {@code null} for null.
     */
    public static String quoted(String value) {
        if (value == null) {
            return "null";
        }
        String shown = value.length() > MAX_ECHOED ? value.substring(0, MAX_ECHOED) + "..." : value;
        return "\"" + shown + "\"";
    }

    private ValidationErrors add(FieldError error) {
        total++;
        if (errors.size() < MAX_REPORTED) {
            errors.add(error);
        }
        return this;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public int size() {
        return total;
    }

    /** Throws a 400 listing the collected errors (at most the first 100), if there are any. */
    public void throwIfAny() {
        if (total > 0) {
            throw ApiException.validation(errors, total);
        }
    }
}
