package io.voxcampaigns.agent.domain.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.agent.domain.flow.FlowIssue.Level;

/**
 * The reference checks of validate-flow with {@code agent_id}: what the graph's edges and nodes point at, against
 * the graph itself and the stored agent. Dangling: an edge's {@code sourceHandle} that names no transition of its
 * source node, a node's tool id that is not one of the agent's {@code data.toolIds}. Orphan: a transition no edge
 * leaves through (fallback and skip-user-response ones are already runtime advisories). Multi-fanout: a transition
 * more than one edge leaves through. Findings are {@link Level#REFERENCE}: reported, never blocking.
 */
public final class FlowReferences {

    /** The keys a node's tool reference may have: vox's public form and the stored camelCase form. */
    private static final List<String> TOOL_KEYS = List.of("tool_id", "toolId");

    private final String root;
    private final List<FlowIssue> issues = new ArrayList<>();

    private FlowReferences(String root) {
        this.root = root;
    }

    /** The reference findings of {@code flow} against an agent whose custom tools are {@code agentToolIds}. */
    public static List<FlowIssue> check(FlowData flow, Set<String> agentToolIds, String root) {
        FlowReferences references = new FlowReferences(root);
        references.run(flow, agentToolIds);
        return List.copyOf(references.issues);
    }

    private void run(FlowData flow, Set<String> agentToolIds) {
        Map<String, FlowNode> nodes = new HashMap<>();
        flow.nodesOrEmpty().stream().filter(n -> n != null && n.id() != null).forEach(n -> nodes.putIfAbsent(n.id(), n));
        Map<String, Integer> edgesPerHandle = new HashMap<>();
        List<FlowEdge> edges = flow.edgesOrEmpty();
        for (int j = 0; j < edges.size(); j++) {
            FlowEdge edge = edges.get(j);
            FlowNode source = edge == null ? null : nodes.get(edge.source());
            if (source == null || edge.sourceHandle() == null) {
                continue;
            }
            edgesPerHandle.merge(source.id() + "\u0000" + edge.sourceHandle(), 1, Integer::sum);
            if (!transitionIds(source).contains(edge.sourceHandle())) {
                add("dangling_edge_handle", root + ".edges[" + j + "].sourceHandle", source.id(), "edge '" + edge.id()
                        + "' leaves node '" + source.id() + "' through '" + edge.sourceHandle()
                        + "', which is not one of its transitions");
            }
        }
        List<FlowNode> list = flow.nodesOrEmpty();
        for (int i = 0; i < list.size(); i++) {
            FlowNode node = list.get(i);
            if (node != null && node.id() != null && node.data() != null) {
                checkTransitions(node, i, edgesPerHandle);
                checkTool(node, i, agentToolIds);
            }
        }
    }

    private void checkTransitions(FlowNode node, int i, Map<String, Integer> edgesPerHandle) {
        String at = root + ".nodes[" + i + "].data.";
        List<Transition> transitions = node.data().transitionsOrEmpty();
        for (int k = 0; k < transitions.size(); k++) {
            Transition t = transitions.get(k);
            if (t == null) {
                continue;
            }
            boolean runtimeAdvisory = Boolean.TRUE.equals(t.isFallback()) || Boolean.TRUE.equals(t.isSkipUserResponse());
            checkTransition(node, t.id(), at + "transitions[" + k + "]", edgesPerHandle, runtimeAdvisory);
        }
        List<LogicalTransition> logical = node.data().logicalTransitionsOrEmpty();
        for (int k = 0; k < logical.size(); k++) {
            LogicalTransition t = logical.get(k);
            if (t == null) {
                continue;
            }
            checkTransition(node, t.id(), at + "logicalTransitions[" + k + "]", edgesPerHandle,
                    Boolean.TRUE.equals(t.isSkipUserResponse()));
        }
    }

    private void checkTransition(FlowNode node, String id, String at, Map<String, Integer> edgesPerHandle,
                                 boolean runtimeAdvisory) {
        if (id == null) {
            return;
        }
        int count = edgesPerHandle.getOrDefault(node.id() + "\u0000" + id, 0);
        if (count == 0 && !runtimeAdvisory) {
            add("orphan_transition", at, node.id(), "transition '" + id + "' of node '" + node.id() + "' has no edge");
        } else if (count > 1) {
            add("multi_fanout_transition", at, node.id(), "transition '" + id + "' of node '" + node.id() + "' has "
                    + count + " edges; a transition leads to one node");
        }
    }

    private void checkTool(FlowNode node, int i, Set<String> agentToolIds) {
        for (String key : TOOL_KEYS) {
            JsonNode toolId = node.data().otherKeys().get(key);
            if (toolId != null && toolId.isTextual() && !agentToolIds.contains(toolId.asText())) {
                add("dangling_tool_reference", root + ".nodes[" + i + "].data." + key, node.id(), "node '" + node.id()
                        + "' uses tool '" + toolId.asText() + "', which is not one of the agent's data.toolIds");
            }
        }
    }

    private static Set<String> transitionIds(FlowNode node) {
        if (node.data() == null) {
            return Set.of();
        }
        Set<String> ids = new HashSet<>();
        node.data().transitionsOrEmpty().stream().filter(t -> t != null).forEach(t -> ids.add(t.id()));
        node.data().logicalTransitionsOrEmpty().stream().filter(t -> t != null).forEach(t -> ids.add(t.id()));
        return ids;
    }

    private void add(String rule, String field, String nodeId, String message) {
        issues.add(new FlowIssue(Level.REFERENCE, rule, field, nodeId, message));
    }
}
