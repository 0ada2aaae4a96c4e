package io.voxcampaigns.agent.domain.flow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.voxcampaigns.agent.domain.flow.FlowIssue.Level;

/**
 * The flow validator: critical rules make a graph unsavable (400 on create and PATCH, {@code valid=false} on
 * validate-flow); warnings are saved and reported. Every message names the node or edge it concerns, and every
 * issue carries the JSON path under {@code root} (e.g. {@code flow_data.edges[2].target}).
 */
public final class FlowValidator {

    /** Comparison operators of a logical transition's conditions. */
    public static final Set<String> OPERATORS = Set.of("equals", "not_equals", "contains", "does_not_contain",
            "greater_than", "greater_than_or_equal", "less_than", "less_than_or_equal", "exists", "does_not_exist");
    public static final Set<String> LOGICAL_OPERATORS = Set.of("and", "or");

    private final String root;
    private final List<FlowIssue> critical = new ArrayList<>();
    private final List<FlowIssue> warnings = new ArrayList<>();
    /** Node id to its first index; nodes with a blank id are not addressable by edges. */
    private final Map<String, Integer> nodeIndex = new LinkedHashMap<>();
    private final Map<String, List<FlowEdge>> outgoing = new HashMap<>();

    private FlowValidator(String root) {
        this.root = root;
    }

    /** Validates {@code flow}; paths in the issues start with {@code root} ("flow_data" or "flow"). */
    public static FlowReport validate(FlowData flow, String root) {
        FlowValidator validator = new FlowValidator(root);
        validator.run(flow);
        return new FlowReport(List.copyOf(validator.critical), List.copyOf(validator.warnings));
    }

    private void run(FlowData flow) {
        List<FlowNode> nodes = flow.nodesOrEmpty();
        List<FlowEdge> edges = flow.edgesOrEmpty();
        List<Integer> begins = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (checkNode(nodes.get(i), i) && NodeTypes.BEGIN.equals(nodes.get(i).type())) {
                begins.add(i);
            }
        }
        checkBegins(nodes, begins);
        Set<String> edgeIds = new HashSet<>();
        for (int j = 0; j < edges.size(); j++) {
            checkEdge(edges.get(j), j, nodes, edgeIds);
        }
        if (begins.size() == 1) {
            checkReachability(nodes, nodes.get(begins.get(0)).id());
        }
        for (int i = 0; i < nodes.size(); i++) {
            checkOutgoing(nodes.get(i), i);
        }
    }

    /** Node-local critical rules; true when the node can take part in the graph checks. */
    private boolean checkNode(FlowNode node, int i) {
        String at = root + ".nodes[" + i + "]";
        if (node == null) {
            critical("invalid_node", at, null, "node #" + i + " is null");
            return false;
        }
        if (node.id() == null || node.id().isBlank()) {
            critical("missing_node_id", at + ".id", null, "node #" + i + " has no id");
        } else if (nodeIndex.putIfAbsent(node.id(), i) != null) {
            critical("duplicate_node_id", at + ".id", node.id(), "node id '" + node.id() + "' is used by more than one node");
        }
        if (!NodeTypes.in(NodeTypes.ALL, node.type())) {
            boolean deprecated = NodeTypes.in(NodeTypes.DEPRECATED, node.type());
            critical(deprecated ? "deprecated_node_unsupported" : "unknown_node_type", at + ".type", node.id(),
                    "node '" + node.id() + "' has " + (deprecated ? "the retired" : "an unknown") + " type '"
                            + node.type() + "'");
        }
        if (node.data() != null) {
            checkGlobal(node, at);
            checkLogicalTransitions(node, at + ".data.logicalTransitions");
        }
        return true;
    }

    private void checkGlobal(FlowNode node, String at) {
        FlowNodeData data = node.data();
        if (!data.enteredFromAnywhere()) {
            return;
        }
        boolean publicForm = data.globalNodeSetting() != null;
        String settings = at + (publicForm ? ".data.global_node_setting" : ".data.globalNodeSettings");
        if (!NodeTypes.in(NodeTypes.GLOBAL_CAPABLE, node.type())) {
            critical("global_node_type_unsupported", publicForm ? settings : settings + ".isGlobalNode", node.id(),
                    "node '" + node.id() + "' of type '" + node.type()
                            + "' cannot be global (only conversation, sendSms, endCall)");
        }
        String condition = data.globalCondition();
        if (condition == null || condition.isBlank()) {
            critical("global_node_missing_condition", settings + (publicForm ? ".condition" : ".transitionCondition"),
                    node.id(), "global node '" + node.id() + "' has no " + (publicForm ? "condition" : "transitionCondition"));
        }
    }

    private void checkLogicalTransitions(FlowNode node, String at) {
        List<LogicalTransition> transitions = node.data().logicalTransitionsOrEmpty();
        for (int k = 0; k < transitions.size(); k++) {
            LogicalTransition transition = transitions.get(k);
            String path = at + "[" + k + "].condition";
            if (transition == null || transition.condition() == null) {
                critical("missing_condition", path, node.id(), "a logical transition of node '" + node.id()
                        + "' has no condition");
                continue;
            }
            String logical = transition.condition().logicalOperator();
            if (logical == null || !LOGICAL_OPERATORS.contains(logical)) {
                critical("unknown_logical_operator", path + ".logicalOperator", node.id(), "logical transition '"
                        + transition.id() + "' of node '" + node.id() + "' has unknown logical operator '" + logical
                        + "' (and, or)");
            }
            List<ConditionClause> clauses = transition.condition().conditions() == null ? List.of()
                    : transition.condition().conditions();
            for (int m = 0; m < clauses.size(); m++) {
                String operator = clauses.get(m) == null ? null : clauses.get(m).operator();
                if (operator == null || !OPERATORS.contains(operator)) {
                    critical("unknown_operator", path + ".conditions[" + m + "].operator", node.id(),
                            "logical transition '" + transition.id() + "' of node '" + node.id()
                                    + "' has unknown operator '" + operator + "'");
                }
            }
        }
    }

    private void checkBegins(List<FlowNode> nodes, List<Integer> begins) {
        if (begins.isEmpty()) {
            critical("missing_begin", root + ".nodes", null, "the flow has no begin node");
        }
        for (int b = 1; b < begins.size(); b++) {
            int i = begins.get(b);
            critical("multiple_begin", root + ".nodes[" + i + "].type", nodes.get(i).id(), "node '"
                    + nodes.get(i).id() + "' is a second begin node (the flow must have exactly one)");
        }
    }

    private void checkEdge(FlowEdge edge, int j, List<FlowNode> nodes, Set<String> edgeIds) {
        String at = root + ".edges[" + j + "]";
        if (edge == null) {
            critical("invalid_edge", at, null, "edge #" + j + " is null");
            return;
        }
        String name = "edge '" + edge.id() + "'";
        if (edge.id() == null || edge.id().isBlank()) {
            critical("missing_edge_id", at + ".id", null, "edge #" + j + " has no id");
        } else if (!edgeIds.add(edge.id())) {
            critical("duplicate_edge_id", at + ".id", null, "edge id '" + edge.id() + "' is used by more than one edge");
        }
        FlowNode source = endpoint(edge.source(), nodes);
        FlowNode target = endpoint(edge.target(), nodes);
        if (source == null) {
            critical("edge_source_missing", at + ".source", edge.source(), name + " starts at node '" + edge.source()
                    + "', which does not exist");
        }
        if (target == null) {
            critical("edge_target_missing", at + ".target", edge.target(), name + " ends at node '" + edge.target()
                    + "', which does not exist");
        }
        if (target != null && NodeTypes.BEGIN.equals(target.type())) {
            critical("edge_into_begin", at + ".target", target.id(), name + " leads into the begin node '"
                    + target.id() + "'");
        }
        if (source != null && NodeTypes.END_CALL.equals(source.type())) {
            critical("edge_from_end_call", at + ".source", source.id(), name + " leaves the endCall node '"
                    + source.id() + "'");
        }
        for (FlowNode end : new FlowNode[] {source, target}) {
            if (end != null && NodeTypes.NOTE.equals(end.type())) {
                critical("edge_touches_note", at, end.id(), name + " touches the note node '" + end.id() + "'");
            }
        }
        checkCondition(edge, at + ".condition", source == null ? edge.source() : source.id());
        if (source != null && target != null) {
            outgoing.computeIfAbsent(source.id(), id -> new ArrayList<>()).add(edge);
        }
    }

    /** The condition of an edge in vox's public form: a known type, and {@code &&} or {@code ||} joining equations. */
    private void checkCondition(FlowEdge edge, String at, String nodeId) {
        EdgeCondition condition = edge.condition();
        if (condition == null) {
            return;
        }
        if (condition.type() == null || !EdgeCondition.TYPES.contains(condition.type())) {
            critical("unknown_condition_type", at + ".type", nodeId, "edge '" + edge.id() + "' has unknown condition"
                    + " type '" + condition.type() + "' (ai, logic, fallback)");
        }
        if (condition.operator() != null && !EdgeCondition.OPERATORS.contains(condition.operator())) {
            critical("unknown_logical_operator", at + ".operator", nodeId, "edge '" + edge.id()
                    + "' has unknown logical operator '" + condition.operator() + "' (&&, ||)");
        }
    }

    private FlowNode endpoint(String id, List<FlowNode> nodes) {
        Integer index = id == null ? null : nodeIndex.get(id);
        return index == null ? null : nodes.get(index);
    }

    /** Warnings about what a call starting at begin can reach; global nodes can be entered from anywhere. */
    private void checkReachability(List<FlowNode> nodes, String beginId) {
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        if (beginId != null) {
            pending.add(beginId);
        }
        nodes.stream().filter(n -> n != null && n.data() != null && n.data().enteredFromAnywhere() && n.id() != null)
                .forEach(n -> pending.add(n.id()));
        while (!pending.isEmpty()) {
            String id = pending.poll();
            if (reached.add(id)) {
                outgoing.getOrDefault(id, List.of()).forEach(edge -> pending.add(edge.target()));
            }
        }
        boolean terminalReached = false;
        for (int i = 0; i < nodes.size(); i++) {
            FlowNode node = nodes.get(i);
            if (node == null || node.id() == null || NodeTypes.NOTE.equals(node.type())) {
                continue;
            }
            if (!reached.contains(node.id())) {
                warning("unreachable_node", root + ".nodes[" + i + "]", node.id(), "node '" + node.id()
                        + "' is not reachable from the begin node '" + beginId + "'");
            } else if (NodeTypes.in(NodeTypes.TERMINAL, node.type())) {
                terminalReached = true;
            }
        }
        if (!terminalReached) {
            warning("no_terminal_reachable", root + ".nodes", beginId, "no endCall, transferCall or transferAgent node"
                    + " is reachable from the begin node '" + beginId + "'");
        }
    }

    /** Warnings about a node's way out: dead ends and special transitions without an edge. */
    private void checkOutgoing(FlowNode node, int i) {
        if (node == null || node.id() == null || node.type() == null
                || NodeTypes.NOTE.equals(node.type()) || NodeTypes.in(NodeTypes.TERMINAL, node.type())) {
            return;
        }
        String at = root + ".nodes[" + i + "]";
        List<FlowEdge> out = outgoing.getOrDefault(node.id(), List.of());
        if (out.isEmpty()) {
            warning("dead_end_node", at, node.id(), "node '" + node.id() + "' is not terminal and has no outgoing edge");
        }
        if (node.data() == null) {
            return;
        }
        Set<String> handles = new HashSet<>();
        out.forEach(edge -> handles.add(edge.sourceHandle()));
        List<Transition> transitions = node.data().transitionsOrEmpty();
        for (int k = 0; k < transitions.size(); k++) {
            Transition t = transitions.get(k);
            if (t == null || handles.contains(t.id())) {
                continue;
            }
            String path = at + ".data.transitions[" + k + "]";
            if (Boolean.TRUE.equals(t.isFallback())) {
                warning("unconnected_fallback_transition", path, node.id(), "fallback transition '" + t.id()
                        + "' of node '" + node.id() + "' has no edge");
            } else if (Boolean.TRUE.equals(t.isSkipUserResponse())) {
                warning("unconnected_skip_user_response_transition", path, node.id(), "skip-user-response transition '"
                        + t.id() + "' of node '" + node.id() + "' has no edge");
            }
        }
        List<LogicalTransition> logical = node.data().logicalTransitionsOrEmpty();
        for (int k = 0; k < logical.size(); k++) {
            LogicalTransition t = logical.get(k);
            if (t != null && Boolean.TRUE.equals(t.isSkipUserResponse()) && !handles.contains(t.id())) {
                warning("unconnected_skip_user_response_transition", at + ".data.logicalTransitions[" + k + "]",
                        node.id(), "skip-user-response transition '" + t.id() + "' of node '" + node.id()
                                + "' has no edge");
            }
        }
    }

    private void critical(String rule, String field, String nodeId, String message) {
        critical.add(new FlowIssue(Level.CRITICAL, rule, field, nodeId, message));
    }

    private void warning(String rule, String field, String nodeId, String message) {
        warnings.add(new FlowIssue(Level.WARNING, rule, field, nodeId, message));
    }
}
