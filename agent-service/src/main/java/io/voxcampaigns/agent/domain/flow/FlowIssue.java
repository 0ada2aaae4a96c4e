package io.voxcampaigns.agent.domain.flow;

/** One finding of the flow validator: a stable rule code, the JSON path and node it concerns, and a message. */
public record FlowIssue(Level level, String rule, String field, String nodeId, String message) {

    /**
     * Critical issues make a flow unsavable; warnings are saved and reported; reference findings (validate-flow with
     * {@code agent_id}) compare the graph with the stored agent and never make it unsavable.
     */
    public enum Level {
        CRITICAL, WARNING, REFERENCE
    }
}
