package io.voxcampaigns.platform.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One invalid input: the JSON path of the field (e.g. {@code tasks[3].to_number}), why it is invalid and, for an
 * enumeration, the values it may take ({@code allowed_values}, left out otherwise).
 */
public record FieldError(@JsonProperty("field") String field,
                         @JsonProperty("reason") String reason,
                         @JsonProperty("allowed_values") @JsonInclude(JsonInclude.Include.NON_NULL)
                         List<String> allowedValues) {

    public FieldError {
        allowedValues = allowedValues == null ? null : List.copyOf(allowedValues);
    }

    public FieldError(String field, String reason) {
        this(field, reason, null);
    }
}
