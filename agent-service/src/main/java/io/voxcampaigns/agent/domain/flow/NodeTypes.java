package io.voxcampaigns.agent.domain.flow;

import java.util.Set;

/** The node types of the vox flow editor and how the validator treats them. */
public final class NodeTypes {

    public static final String BEGIN = "begin";
    public static final String END_CALL = "endCall";
    public static final String NOTE = "note";

    /** Every type a stored flow may contain. */
    public static final Set<String> ALL = Set.of(BEGIN, "conversation", "condition", "extraction", "api", "tool",
            "transferCall", "transferAgent", "sendSms", END_CALL, NOTE);
    /** A call that reaches one of these ends (or leaves the agent). */
    public static final Set<String> TERMINAL = Set.of(END_CALL, "transferCall", "transferAgent");
    /** Retired types the runtime refuses. */
    public static final Set<String> DEPRECATED = Set.of("function", "knowledge");
    /** Only these may be global nodes. */
    public static final Set<String> GLOBAL_CAPABLE = Set.of("conversation", "sendSms", END_CALL);

    private NodeTypes() {
    }

    /** Null-safe membership: a node without a type belongs to no group. */
    public static boolean in(Set<String> group, String type) {
        return type != null && group.contains(type);
    }
}
