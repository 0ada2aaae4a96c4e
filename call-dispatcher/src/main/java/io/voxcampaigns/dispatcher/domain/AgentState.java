package io.voxcampaigns.dispatcher.domain;

/** What the agent read model says about a campaign's agent version. */
public enum AgentState {
    /** Its call settings are known. */
    KNOWN,
    /** agent.events did not (yet) bring it. */
    UNKNOWN,
    /** The agent was deleted: the campaign cannot run. */
    DELETED
}
