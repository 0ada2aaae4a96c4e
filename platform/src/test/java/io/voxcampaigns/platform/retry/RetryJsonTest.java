package io.voxcampaigns.platform.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.json.StrictJsonCustomizer;

/** The JSON names of retry_policy and voicemail_action, read and written with the services' strict mapper. */
class RetryJsonTest {

    private static final Instant NOW = Instant.parse("2026-12-04T01:00:00Z");

    private final ObjectMapper mapper = strictMapper();

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }

    @Test
    void aPolicyIsReadUnderItsApiNames() throws Exception {
        RetryPolicyInput input = mapper.readValue("""
                {"max_attempts": 3, "retry_on": ["dial_no_answer", "dial_busy"],
                 "spacing": {"type": "exponential", "initial_seconds": 600, "max_seconds": 7200, "jitter": 0.2},
                 "deadline_at": 1796400000000}""", RetryPolicyInput.class);
        RetryPolicy policy = RetryPolicy.validated(input, "retry_policy", NOW, Instant::ofEpochMilli,
                new ValidationErrors()).orElseThrow();
        assertThat(policy).isEqualTo(new RetryPolicy(3, Set.of(DisconnectionReason.dial_no_answer,
                DisconnectionReason.dial_busy), Spacing.exponential(Duration.ofMinutes(10), Duration.ofHours(2), 0.2),
                Instant.ofEpochMilli(1_796_400_000_000L)));
    }

    @Test
    void aPolicyIsWrittenUnderItsApiNames() throws Exception {
        String json = mapper.writeValueAsString(RetryPolicy.defaults().toInput());
        assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree("""
                {"max_attempts": 1, "retry_on": ["dial_no_answer", "dial_failed", "dial_busy", "voicemail_reached"],
                 "spacing": {"type": "fixed", "initial_seconds": 1800, "max_seconds": null, "jitter": 0.0},
                 "deadline_at": null}"""));
    }

    @Test
    void aJavaStyleNameIsAnUnknownField() {
        assertThatThrownBy(() -> mapper.readValue("{\"maxAttempts\": 3}", RetryPolicyInput.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void aVoicemailActionIsReadAndWrittenUnderItsApiNames() throws Exception {
        VoicemailActionInput input = mapper.readValue("{\"type\": \"leave_message\", \"message\": \"Hello\"}",
                VoicemailActionInput.class);
        assertThat(VoicemailAction.restored(input))
                .isEqualTo(new VoicemailAction(VoicemailActionType.leave_message, "Hello"));
        assertThat(mapper.writeValueAsString(VoicemailAction.defaults().toInput())).isEqualTo("{\"type\":\"hang_up\"}");
        assertThat(mapper.readValue("{\"retry_on\": [\"dial_busy\"]}", RetryPolicyInput.class).retryOn())
                .isEqualTo(List.of("dial_busy"));
    }
}
