package io.voxcampaigns.events;

import java.util.Objects;

/** The Kafka topic names of the event contract. */
public final class Topics {

    public static final String AGENT_EVENTS = "agent.events";
    public static final String CAMPAIGN_EVENTS = "campaign.events";
    public static final String CAMPAIGN_TASKS = "campaign.tasks";
    public static final String CALL_EVENTS = "call.events";
    public static final String SUPPRESSION_EVENTS = "suppression.events";
    public static final String API_KEY_EVENTS = "api-key.events";
    public static final String AUDIT_EVENTS = "audit.events";
    public static final String API_KEY_USAGE = "api-key.usage";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter topic of a topic: the same name with ".dlq" appended. */
    public static String deadLetter(String topic) {
        Objects.requireNonNull(topic, "topic");
        return topic + DEAD_LETTER_SUFFIX;
    }
}
