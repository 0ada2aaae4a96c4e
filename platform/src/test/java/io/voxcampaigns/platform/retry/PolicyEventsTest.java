package io.voxcampaigns.platform.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.events.common.RetrySpacingType;

class PolicyEventsTest {

    @Test
    void aPolicyAndAVoicemailActionSurviveTheEventForm() {
        RetryPolicy exponential = new RetryPolicy(4, Set.of(DisconnectionReason.dial_busy,
                DisconnectionReason.voicemail_reached), Spacing.exponential(Duration.ofMinutes(2),
                Duration.ofHours(2), 0.3), Instant.parse("2026-12-24T10:00:00Z"));
        RetryPolicy fixed = new RetryPolicy(2, Set.of(), Spacing.fixed(Duration.ofMinutes(5), 0), null);
        VoicemailAction message = new VoicemailAction(VoicemailActionType.leave_message, "Call us back");

        assertThat(PolicyEvents.fromEvent(PolicyEvents.toEvent(exponential))).isEqualTo(exponential);
        assertThat(PolicyEvents.fromEvent(PolicyEvents.toEvent(fixed))).isEqualTo(fixed);
        assertThat(PolicyEvents.fromEvent(PolicyEvents.toEvent(message))).isEqualTo(message);
        assertThat(PolicyEvents.toEvent(exponential).getSpacing().getMaxSeconds()).isEqualTo(7200);
        assertThat(PolicyEvents.toEvent(fixed).getSpacing().getMaxSeconds()).isEqualTo(300);
    }

    @Test
    void nullMeansNotSetBothWays() {
        assertThat(PolicyEvents.toEvent((RetryPolicy) null)).isNull();
        assertThat(PolicyEvents.fromEvent((io.voxcampaigns.events.common.RetryPolicy) null)).isNull();
        assertThat(PolicyEvents.toEvent((VoicemailAction) null)).isNull();
        assertThat(PolicyEvents.fromEvent((io.voxcampaigns.events.common.VoicemailAction) null)).isNull();
    }

    @Test
    void aSpacingTypeFromANewerWriterIsRefused() {
        var event = PolicyEvents.toEvent(RetryPolicy.defaults());
        event.getSpacing().setType(RetrySpacingType.unknown);

        assertThatThrownBy(() -> PolicyEvents.fromEvent(event)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown");
    }

    @Test
    void theStoredJsonReadsBackAsTheSamePolicies() {
        RetryPolicy policy = new RetryPolicy(3, Set.of(DisconnectionReason.dial_no_answer),
                Spacing.exponential(Duration.ofMinutes(1), Duration.ofMinutes(8), 0.1), null);
        VoicemailAction retry = new VoicemailAction(VoicemailActionType.retry, null);

        assertThat(PolicyJson.retryPolicy(PolicyJson.of(policy))).isEqualTo(policy);
        assertThat(PolicyJson.voicemail(PolicyJson.of(retry))).isEqualTo(retry);
        assertThat(PolicyJson.of((RetryPolicy) null)).isNull();
        assertThat(PolicyJson.retryPolicy(null)).isNull();
        assertThatThrownBy(() -> PolicyJson.retryPolicy("{\"max_attempts\": 11}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
