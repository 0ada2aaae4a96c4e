package io.voxcampaigns.agent.domain.flow;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * When an edge of vox's public flow format is taken: {@code ai} (the model judges {@code prompt}), {@code logic}
 * ({@code equations} joined by {@code operator} {@code &&} or {@code ||}) or {@code fallback}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EdgeCondition(@JsonProperty("type") String type,
                            @JsonProperty("prompt") String prompt,
                            @JsonProperty("operator") String operator,
                            @JsonProperty("equations") List<Equation> equations) {

    public static final List<String> TYPES = List.of("ai", "logic", "fallback");
    public static final List<String> OPERATORS = List.of("&&", "||");

    /** One comparison of a logic condition; {@code right} is any JSON value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Equation(@JsonProperty("left") String left,
                           @JsonProperty("operator") String operator,
                           @JsonProperty("right") JsonNode right) {
    }
}
