package io.voxcampaigns.agent.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.agent.domain.flow.FlowIssue;

/** The validator's verdict: {@code valid} is false exactly when a create or PATCH with this graph would be a 400. */
public record ValidateFlowResponse(@JsonProperty("valid") boolean valid,
                                   @JsonProperty("errors") List<FlowError> errors,
                                   @JsonProperty("advisories") List<FlowAdvisory> advisories) {

    /** A critical finding. */
    public record FlowError(@JsonProperty("message") String message,
                        @Schema(nullable = true) @JsonProperty("field") String field,
                        @JsonProperty("code") String code,
                        @JsonProperty("rule") String rule,
                        @Schema(nullable = true) @JsonProperty("node_id") String nodeId,
                        @Schema(nullable = true) @JsonProperty("suggestion") String suggestion,
                        @Schema(nullable = true) @JsonProperty("doc") String doc,
                        @JsonProperty("details") Map<String, Object> details) {

        static FlowError of(FlowIssue issue) {
            return new FlowError(issue.message(), issue.field(), issue.rule(), issue.rule(), issue.nodeId(), null, null,
                    Map.of());
        }
    }

    /** A runtime advisory or a reference finding ({@code level} {@code runtime} or {@code reference}): never blocking. */
    public record FlowAdvisory(@JsonProperty("message") String message,
                           @Schema(nullable = true) @JsonProperty("field") String field,
                           @JsonProperty("code") String code,
                           @JsonProperty("rule") String rule,
                           @Schema(nullable = true) @JsonProperty("node_id") String nodeId,
                           @JsonProperty("level") String level) {

        static FlowAdvisory of(FlowIssue issue) {
            String level = issue.level() == FlowIssue.Level.REFERENCE ? "reference" : "runtime";
            return new FlowAdvisory(issue.message(), issue.field(), issue.rule(), issue.rule(), issue.nodeId(), level);
        }
    }
}
