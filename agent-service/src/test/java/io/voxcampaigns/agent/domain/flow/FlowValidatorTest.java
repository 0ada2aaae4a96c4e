package io.voxcampaigns.agent.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The flow validator's critical rules and warnings, one graph defect per case. */
class FlowValidatorTest {

    private static final String ROOT = "flow_data";

    // ---- builders -------------------------------------------------------------------------------------------

    private static FlowNodeData data(List<Transition> transitions, List<LogicalTransition> logical,
                                     GlobalNodeSettings global) {
        return new FlowNodeData("n", null, null, null, null, null, null, global, null, transitions, logical, null, null, null,
                null);
    }

    private static FlowNode node(String id, String type) {
        return new FlowNode(id, type, new Position(0.0, 0.0), data(List.of(), List.of(), null), null);
    }

    private static FlowNode node(String id, String type, FlowNodeData data) {
        return new FlowNode(id, type, new Position(0.0, 0.0), data, null);
    }

    private static FlowEdge edge(String id, String source, String target) {
        return edge(id, source, target, null);
    }

    private static FlowEdge edge(String id, String source, String target, String handle) {
        return new FlowEdge(id, source, target, "custom", handle, target, false, false, null, null);
    }

    private static Transition transition(String id, boolean fallback, boolean skipUserResponse) {
        return new Transition(id, "condition", skipUserResponse, fallback, false);
    }

    private static LogicalTransition logical(String id, String logicalOperator, String operator, boolean skip) {
        return new LogicalTransition(id, new LogicalCondition(
                List.of(new ConditionClause("tier", operator, null)), logicalOperator), skip, false);
    }

    private static GlobalNodeSettings global(String condition) {
        return new GlobalNodeSettings(true, condition);
    }

    /** begin -> ask -> end: the smallest valid, warning-free flow. */
    private static List<FlowNode> baseNodes() {
        return new ArrayList<>(List.of(node("begin", "begin"), node("ask", "conversation"), node("end", "endCall")));
    }

    private static List<FlowEdge> baseEdges() {
        return new ArrayList<>(List.of(edge("e1", "begin", "ask"), edge("e2", "ask", "end")));
    }

    private static FlowReport validate(List<FlowNode> nodes, List<FlowEdge> edges) {
        return FlowValidator.validate(new FlowData(nodes, edges, null), ROOT);
    }

    private static List<String> rules(List<FlowIssue> issues) {
        return issues.stream().map(FlowIssue::rule).toList();
    }

    private static FlowIssue only(List<FlowIssue> issues, String rule) {
        List<FlowIssue> matching = issues.stream().filter(i -> i.rule().equals(rule)).toList();
        assertThat(matching).as("issues with rule " + rule + " in " + issues).hasSize(1);
        return matching.get(0);
    }

    // ---- a valid flow ---------------------------------------------------------------------------------------

    @Test
    void smallestFlowIsValidWithoutWarnings() {
        FlowReport report = validate(baseNodes(), baseEdges());
        assertThat(report.valid()).isTrue();
        assertThat(report.critical()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(report.warningMessage()).isEmpty();
    }

    @Test
    void missingEdgeListCountsAsNoEdges() {
        FlowReport report = FlowValidator.validate(new FlowData(List.of(node("begin", "begin")), null, null), ROOT);
        assertThat(report.valid()).isTrue();
        assertThat(rules(report.warnings())).contains("no_terminal_reachable", "dead_end_node");
    }

    // ---- begin ----------------------------------------------------------------------------------------------

    @Test
    void emptyFlowHasNoBegin() {
        FlowIssue issue = only(validate(List.of(), List.of()).critical(), "missing_begin");
        assertThat(issue.field()).isEqualTo("flow_data.nodes");
    }

    @Test
    void nullNodeListHasNoBegin() {
        FlowReport report = FlowValidator.validate(new FlowData(null, null, null), ROOT);
        assertThat(rules(report.critical())).containsExactly("missing_begin");
    }

    @Test
    void secondBeginIsCritical() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(node("begin-2", "begin"));
        FlowIssue issue = only(validate(nodes, baseEdges()).critical(), "multiple_begin");
        assertThat(issue.field()).isEqualTo("flow_data.nodes[3].type");
        assertThat(issue.message()).contains("'begin-2'");
    }

    @Test
    void edgeIntoBeginIsCritical() {
        List<FlowEdge> edges = baseEdges();
        edges.add(edge("loop", "ask", "begin"));
        FlowIssue issue = only(validate(baseNodes(), edges).critical(), "edge_into_begin");
        assertThat(issue.field()).isEqualTo("flow_data.edges[2].target");
        assertThat(issue.message()).contains("'loop'", "'begin'");
    }

    // ---- node ids and types ---------------------------------------------------------------------------------

    @Test
    void duplicateNodeIdIsCritical() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(node("ask", "conversation"));
        FlowIssue issue = only(validate(nodes, baseEdges()).critical(), "duplicate_node_id");
        assertThat(issue.field()).isEqualTo("flow_data.nodes[3].id");
        assertThat(issue.nodeId()).isEqualTo("ask");
    }

    @Test
    void blankNodeIdIsCritical() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(node(" ", "conversation"));
        assertThat(only(validate(nodes, baseEdges()).critical(), "missing_node_id").field())
                .isEqualTo("flow_data.nodes[3].id");
    }

    @Test
    void nullNodeIsCritical() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(null);
        assertThat(only(validate(nodes, baseEdges()).critical(), "invalid_node").field()).isEqualTo("flow_data.nodes[3]");
    }

    @Test
    void unknownNodeTypeIsCritical() {
        List<FlowNode> nodes = baseNodes();
        nodes.set(1, node("ask", "chatbot"));
        FlowIssue issue = only(validate(nodes, baseEdges()).critical(), "unknown_node_type");
        assertThat(issue.field()).isEqualTo("flow_data.nodes[1].type");
        assertThat(issue.message()).contains("'ask'", "'chatbot'");
    }

    @Test
    void missingNodeTypeIsCritical() {
        List<FlowNode> nodes = baseNodes();
        nodes.set(1, node("ask", null));
        assertThat(rules(validate(nodes, baseEdges()).critical())).contains("unknown_node_type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"function", "knowledge"})
    void retiredNodeTypesAreCritical(String type) {
        List<FlowNode> nodes = baseNodes();
        nodes.set(1, node("ask", type));
        assertThat(only(validate(nodes, baseEdges()).critical(), "deprecated_node_unsupported").nodeId()).isEqualTo("ask");
    }

    @ParameterizedTest
    @ValueSource(strings = {"conversation", "condition", "extraction", "api", "tool", "sendSms"})
    void everyIntermediateNodeTypeIsAccepted(String type) {
        List<FlowNode> nodes = baseNodes();
        nodes.set(1, node("ask", type));
        assertThat(validate(nodes, baseEdges()).critical()).isEmpty();
    }

    // ---- edges ----------------------------------------------------------------------------------------------

    @Test
    void duplicateEdgeIdIsCritical() {
        List<FlowEdge> edges = baseEdges();
        edges.add(edge("e1", "ask", "end"));
        FlowIssue issue = only(validate(baseNodes(), edges).critical(), "duplicate_edge_id");
        assertThat(issue.field()).isEqualTo("flow_data.edges[2].id");
        assertThat(issue.message()).contains("'e1'");
    }

    @Test
    void blankEdgeIdIsCritical() {
        List<FlowEdge> edges = baseEdges();
        edges.add(edge("", "ask", "end"));
        assertThat(only(validate(baseNodes(), edges).critical(), "missing_edge_id").field())
                .isEqualTo("flow_data.edges[2].id");
    }

    @Test
    void nullEdgeIsCritical() {
        List<FlowEdge> edges = baseEdges();
        edges.add(null);
        assertThat(rules(validate(baseNodes(), edges).critical())).containsExactly("invalid_edge");
    }

    @Test
    void edgeFromAMissingNodeIsCritical() {
        List<FlowEdge> edges = baseEdges();
        edges.add(edge("ghost", "nobody", "end"));
        FlowIssue issue = only(validate(baseNodes(), edges).critical(), "edge_source_missing");
        assertThat(issue.field()).isEqualTo("flow_data.edges[2].source");
        assertThat(issue.message()).contains("'ghost'", "'nobody'");
    }

    @Test
    void edgeToAMissingNodeIsCritical() {
        List<FlowEdge> edges = baseEdges();
        edges.set(1, edge("e2", "ask", "nowhere"));
        FlowIssue issue = only(validate(baseNodes(), edges).critical(), "edge_target_missing");
        assertThat(issue.field()).isEqualTo("flow_data.edges[1].target");
        assertThat(issue.nodeId()).isEqualTo("nowhere");
    }

    @Test
    void edgeOutOfEndCallIsCritical() {
        List<FlowEdge> edges = baseEdges();
        edges.add(edge("after-end", "end", "ask"));
        FlowIssue issue = only(validate(baseNodes(), edges).critical(), "edge_from_end_call");
        assertThat(issue.field()).isEqualTo("flow_data.edges[2].source");
        assertThat(issue.message()).contains("'after-end'", "'end'");
    }

    @Test
    void edgeTouchingANoteIsCritical() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(node("memo", "note"));
        List<FlowEdge> edges = baseEdges();
        edges.add(edge("to-memo", "ask", "memo"));
        assertThat(only(validate(nodes, edges).critical(), "edge_touches_note").nodeId()).isEqualTo("memo");
    }

    // ---- logical transitions --------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"equals", "not_equals", "contains", "does_not_contain", "greater_than",
            "greater_than_or_equal", "less_than", "less_than_or_equal", "exists", "does_not_exist"})
    void everyDocumentedOperatorIsAccepted(String operator) {
        List<FlowNode> nodes = baseNodes();
        nodes.set(1, node("ask", "conversation", data(List.of(), List.of(logical("lt", "and", operator, false)), null)));
        assertThat(validate(nodes, baseEdges()).critical()).isEmpty();
    }

    @Test
    void unknownOperatorIsCritical() {
        List<FlowNode> nodes = baseNodes();
        nodes.set(1, node("ask", "conversation", data(List.of(), List.of(logical("lt", "or", "roughly", false)), null)));
        FlowIssue issue = only(validate(nodes, baseEdges()).critical(), "unknown_operator");
        assertThat(issue.field()).isEqualTo("flow_data.nodes[1].data.logicalTransitions[0].condition.conditions[0].operator");
        assertThat(issue.message()).contains("'ask'", "'lt'", "'roughly'");
    }

    @Test
    void unknownLogicalOperatorIsCritical() {
        List<FlowNode> nodes = baseNodes();
        nodes.set(1, node("ask", "conversation", data(List.of(), List.of(logical("lt", "xor", "equals", false)), null)));
        assertThat(only(validate(nodes, baseEdges()).critical(), "unknown_logical_operator").field())
                .isEqualTo("flow_data.nodes[1].data.logicalTransitions[0].condition.logicalOperator");
    }

    @Test
    void missingLogicalOperatorIsCritical() {
        List<FlowNode> nodes = baseNodes();
        nodes.set(1, node("ask", "conversation", data(List.of(), List.of(logical("lt", null, "equals", false)), null)));
        assertThat(rules(validate(nodes, baseEdges()).critical())).containsExactly("unknown_logical_operator");
    }

    @Test
    void logicalTransitionWithoutConditionIsCritical() {
        List<FlowNode> nodes = baseNodes();
        LogicalTransition bare = new LogicalTransition("lt", null, false, false);
        nodes.set(1, node("ask", "conversation", data(List.of(), List.of(bare), null)));
        assertThat(only(validate(nodes, baseEdges()).critical(), "missing_condition").nodeId()).isEqualTo("ask");
    }

    // ---- global nodes ---------------------------------------------------------------------------------------

    @Test
    void globalNodeWithoutTransitionConditionIsCritical() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(node("help", "conversation", data(List.of(), List.of(), global(null))));
        FlowIssue issue = only(validate(nodes, baseEdges()).critical(), "global_node_missing_condition");
        assertThat(issue.field()).isEqualTo("flow_data.nodes[3].data.globalNodeSettings.transitionCondition");
        assertThat(issue.message()).contains("'help'");
    }

    @Test
    void globalNodeWithBlankTransitionConditionIsCritical() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(node("help", "conversation", data(List.of(), List.of(), global("  "))));
        assertThat(rules(validate(nodes, baseEdges()).critical())).contains("global_node_missing_condition");
    }

    @Test
    void globalNodeOfAnUnsupportedTypeIsCritical() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(node("check", "condition", data(List.of(), List.of(), global("asks for a human"))));
        assertThat(only(validate(nodes, baseEdges()).critical(), "global_node_type_unsupported").nodeId())
                .isEqualTo("check");
    }

    @Test
    void globalNodeIsReachableWithoutIncomingEdges() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(node("help", "endCall", data(List.of(), List.of(), global("the customer asks to stop"))));
        FlowReport report = validate(nodes, baseEdges());
        assertThat(report.critical()).isEmpty();
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void nonGlobalSettingsNeedNoCondition() {
        List<FlowNode> nodes = baseNodes();
        nodes.set(1, node("ask", "conversation", data(List.of(), List.of(), new GlobalNodeSettings(false, ""))));
        assertThat(validate(nodes, baseEdges()).critical()).isEmpty();
    }

    // ---- warnings -------------------------------------------------------------------------------------------

    @Test
    void unreachableNodeIsAWarningNamingIt() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(node("orphan", "conversation"));
        List<FlowEdge> edges = baseEdges();
        edges.add(edge("e3", "orphan", "end"));
        FlowReport report = validate(nodes, edges);
        assertThat(report.valid()).isTrue();
        FlowIssue issue = only(report.warnings(), "unreachable_node");
        assertThat(issue.field()).isEqualTo("flow_data.nodes[3]");
        assertThat(issue.message()).contains("'orphan'", "'begin'");
    }

    @Test
    void noteNodesAreNeitherUnreachableNorDeadEnds() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(node("memo", "note"));
        assertThat(validate(nodes, baseEdges()).warnings()).isEmpty();
    }

    @Test
    void noTerminalReachableIsAWarning() {
        List<FlowNode> nodes = baseNodes();
        List<FlowEdge> edges = new ArrayList<>(List.of(edge("e1", "begin", "ask"), edge("e2", "ask", "ask")));
        FlowIssue issue = only(validate(nodes, edges).warnings(), "no_terminal_reachable");
        assertThat(issue.nodeId()).isEqualTo("begin");
        assertThat(issue.message()).contains("'begin'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"endCall", "transferCall", "transferAgent"})
    void everyTerminalTypeEndsTheFlow(String type) {
        List<FlowNode> nodes = baseNodes();
        nodes.set(2, node("end", type));
        assertThat(validate(nodes, baseEdges()).warnings()).isEmpty();
    }

    @Test
    void nonTerminalNodeWithoutOutgoingEdgeIsAWarning() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(node("stuck", "conversation"));
        List<FlowEdge> edges = baseEdges();
        edges.add(edge("e3", "ask", "stuck"));
        FlowIssue issue = only(validate(nodes, edges).warnings(), "dead_end_node");
        assertThat(issue.field()).isEqualTo("flow_data.nodes[3]");
        assertThat(issue.message()).contains("'stuck'");
    }

    @Test
    void fallbackTransitionWithoutEdgeIsAWarning() {
        List<FlowNode> nodes = baseNodes();
        nodes.set(1, node("ask", "conversation", data(List.of(transition("t-next", false, false),
                transition("t-fallback", true, false)), List.of(), null)));
        List<FlowEdge> edges = new ArrayList<>(List.of(edge("e1", "begin", "ask"), edge("e2", "ask", "end", "t-next")));
        FlowIssue issue = only(validate(nodes, edges).warnings(), "unconnected_fallback_transition");
        assertThat(issue.field()).isEqualTo("flow_data.nodes[1].data.transitions[1]");
        assertThat(issue.message()).contains("'t-fallback'", "'ask'");
    }

    @Test
    void connectedFallbackTransitionIsFine() {
        List<FlowNode> nodes = baseNodes();
        nodes.set(1, node("ask", "conversation", data(List.of(transition("t-fallback", true, false)), List.of(), null)));
        List<FlowEdge> edges = new ArrayList<>(List.of(edge("e1", "begin", "ask"),
                edge("e2", "ask", "end", "t-fallback")));
        assertThat(validate(nodes, edges).warnings()).isEmpty();
    }

    @Test
    void skipUserResponseTransitionWithoutEdgeIsAWarning() {
        List<FlowNode> nodes = baseNodes();
        nodes.set(1, node("ask", "conversation", data(List.of(transition("t-skip", false, true)), List.of(), null)));
        assertThat(only(validate(nodes, baseEdges()).warnings(), "unconnected_skip_user_response_transition").field())
                .isEqualTo("flow_data.nodes[1].data.transitions[0]");
    }

    @Test
    void logicalSkipUserResponseTransitionWithoutEdgeIsAWarning() {
        List<FlowNode> nodes = baseNodes();
        nodes.set(1, node("ask", "conversation", data(List.of(), List.of(logical("lt-skip", "and", "exists", true)), null)));
        assertThat(only(validate(nodes, baseEdges()).warnings(), "unconnected_skip_user_response_transition").field())
                .isEqualTo("flow_data.nodes[1].data.logicalTransitions[0]");
    }

    @Test
    void warningsDoNotMakeTheFlowInvalidAndJoinWithNewlines() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(node("orphan-a", "conversation"));
        nodes.add(node("orphan-b", "conversation"));
        FlowReport report = validate(nodes, baseEdges());
        assertThat(report.valid()).isTrue();
        assertThat(report.warningMessage().split("\n")).hasSize(report.warnings().size());
        assertThat(report.warningMessage()).contains("'orphan-a'", "'orphan-b'");
    }

    // ---- cross-cutting --------------------------------------------------------------------------------------

    @Test
    void pathsStartWithTheGivenRoot() {
        FlowReport report = FlowValidator.validate(new FlowData(List.of(), List.of(), null), "flow");
        assertThat(report.critical().get(0).field()).isEqualTo("flow.nodes");
    }

    @Test
    void everyMessageNamesItsNodeOrEdge() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(node("begin-2", "begin"));
        nodes.add(node("ask", "chatbot"));
        nodes.add(node("help", "condition", data(List.of(transition("t-skip", false, true)),
                List.of(logical("lt", "xor", "roughly", false)), global(""))));
        List<FlowEdge> edges = baseEdges();
        edges.add(edge("e1", "ghost", "begin"));
        edges.add(edge("e9", "end", "nowhere"));
        FlowReport report = validate(nodes, edges);
        assertThat(report.valid()).isFalse();
        assertThat(report.critical()).hasSizeGreaterThanOrEqualTo(8);
        for (FlowIssue issue : report.critical()) {
            assertThat(issue.message()).as(issue.rule()).containsPattern("(node|edge)[^']*'[^']+'");
            assertThat(issue.field()).as(issue.rule()).startsWith("flow_data.");
        }
    }

    @Test
    void criticalIssuesDoNotHideWarnings() {
        List<FlowNode> nodes = baseNodes();
        nodes.add(node("orphan", "chatbot"));
        FlowReport report = validate(nodes, baseEdges());
        assertThat(rules(report.critical())).containsExactly("unknown_node_type");
        assertThat(rules(report.warnings())).contains("unreachable_node");
    }
}
