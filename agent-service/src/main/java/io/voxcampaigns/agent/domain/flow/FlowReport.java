package io.voxcampaigns.agent.domain.flow;

import java.util.List;
import java.util.stream.Collectors;

/** The validator's findings for one graph. */
public record FlowReport(List<FlowIssue> critical, List<FlowIssue> warnings) {

    public boolean valid() {
        return critical.isEmpty();
    }

    /** The warnings as the API's {@code validation_message}: one message a line, "" when there are none. */
    public String warningMessage() {
        return warnings.stream().map(FlowIssue::message).collect(Collectors.joining("\n"));
    }
}
