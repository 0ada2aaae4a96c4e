package io.voxcampaigns.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void topicNamesAreTheContract() {
        assertThat(Topics.AGENT_EVENTS).isEqualTo("agent.events");
        assertThat(Topics.CAMPAIGN_EVENTS).isEqualTo("campaign.events");
        assertThat(Topics.CAMPAIGN_TASKS).isEqualTo("campaign.tasks");
        assertThat(Topics.CALL_EVENTS).isEqualTo("call.events");
        assertThat(Topics.SUPPRESSION_EVENTS).isEqualTo("suppression.events");
        assertThat(Topics.API_KEY_EVENTS).isEqualTo("api-key.events");
        assertThat(Topics.AUDIT_EVENTS).isEqualTo("audit.events");
        assertThat(Topics.API_KEY_USAGE).isEqualTo("api-key.usage");
    }

    @Test
    void deadLetterTopicAppendsDlq() {
        assertThat(Topics.deadLetter(Topics.CALL_EVENTS)).isEqualTo("call.events.dlq");
        assertThat(Topics.deadLetter("campaign.tasks")).isEqualTo("campaign.tasks.dlq");
    }
}
