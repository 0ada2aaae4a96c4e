package io.voxcampaigns.agent.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** The reference checks of validate-flow with agent_id, one rule at a time. */
class FlowReferencesTest {

    private static FlowNode node(String id, List<Transition> transitions, Map<String, JsonNode> otherKeys) {
        FlowNodeData data = new FlowNodeData(id, null, null, null, null, null, null, null, null, transitions, null, null,
                null, null, otherKeys);
        return new FlowNode(id, "conversation", null, data, null);
    }

    private static Transition transition(String id, boolean fallback) {
        return new Transition(id, "when", false, fallback, false);
    }

    private static FlowEdge edge(String id, String source, String handle) {
        return new FlowEdge(id, source, "end", "custom", handle, null, null, null, null, null);
    }

    private static List<String> rules(FlowData flow, Set<String> toolIds) {
        List<FlowIssue> issues = FlowReferences.check(flow, toolIds, "flow");
        assertThat(issues).allMatch(issue -> issue.level() == FlowIssue.Level.REFERENCE);
        return issues.stream().map(issue -> issue.rule() + " " + issue.field()).toList();
    }

    @Test
    void aConnectedGraphHasNoFindings() {
        FlowNode a = node("a", List.of(transition("t1", false)), Map.of("tool_id", TextNode.valueOf("tool-1")));
        FlowData flow = new FlowData(List.of(a, node("end", List.of(), Map.of())), List.of(edge("e1", "a", "t1")), null);
        assertThat(rules(flow, Set.of("tool-1"))).isEmpty();
    }

    @Test
    void eachKindOfBrokenReferenceIsNamed() {
        FlowNode a = node("a", List.of(transition("t1", false), transition("t2", false), transition("fb", true)),
                Map.of("toolId", TextNode.valueOf("tool-9")));
        FlowData flow = new FlowData(List.of(a, node("end", List.of(), Map.of())),
                List.of(edge("e1", "a", "t1"), edge("e2", "a", "t1"), edge("e3", "a", "nope"), edge("e4", "a", null)),
                null);
        assertThat(rules(flow, Set.of("tool-1"))).containsExactly(
                "dangling_edge_handle flow.edges[2].sourceHandle",
                "multi_fanout_transition flow.nodes[0].data.transitions[0]",
                "orphan_transition flow.nodes[0].data.transitions[1]",
                "dangling_tool_reference flow.nodes[0].data.toolId");
    }
}
