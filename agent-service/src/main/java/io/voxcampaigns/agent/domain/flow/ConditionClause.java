package io.voxcampaigns.agent.domain.flow;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** One comparison of a dynamic variable; {@code value} is any JSON value. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConditionClause(@JsonProperty("variable") String variable,
                              @JsonProperty("operator") String operator,
                              @JsonProperty("value") JsonNode value) {
}
