package io.voxcampaigns.platform.error;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One invalid input: the JSON path of the field (e.g. {@code tasks[3].to_number}) and why it is invalid. */
public record FieldError(@JsonProperty("field") String field, @JsonProperty("reason") String reason) {
}
