package io.voxcampaigns.dispatcher.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.platform.error.ApiException;

/** Reading v2 call webhooks into outcomes. */
class VoxWebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID CALL = UUID.randomUUID();
    private static final UUID CAMPAIGN = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void connectedCallEndsWithItsTalkTime() throws Exception {
        VoxWebhook webhook = VoxWebhook.parse(json("""
                {"event":"call_ended","webhook_version":"v2","call":{"call_id":"rt-1","call_status":"ended",
                 "disconnection_reason":"user_hangup","start_at":1772413200000,"end_at":1772413245500,
                 "transcript":[]}}"""));
        assertThat(webhook.runtimeCallId()).isEqualTo("rt-1");
        assertThat(webhook.outcome(CALL, CAMPAIGN, NOW)).isEqualTo(new CallOutcome(CALL, CAMPAIGN, "rt-1",
                CallStatus.ended, DisconnectionReason.user_hangup, Instant.ofEpochMilli(1772413245500L), 45_500,
                Instant.ofEpochMilli(1772413200000L)));
    }

    @Test
    void unansweredCallHasNoTalkTimeAndEndsNowWithoutEndAt() throws Exception {
        VoxWebhook webhook = VoxWebhook.parse(json("""
                {"event":"call_ended","call":{"call_id":"rt-2","call_status":"not_connected",
                 "disconnection_reason":"dial_no_answer"}}"""));
        assertThat(webhook.outcome(CALL, CAMPAIGN, NOW)).isEqualTo(new CallOutcome(CALL, CAMPAIGN, "rt-2",
                CallStatus.not_connected, DisconnectionReason.dial_no_answer, NOW, 0, null));
    }

    @Test
    void callStartedNeedsOnlyTheCallId() throws Exception {
        VoxWebhook webhook = VoxWebhook.parse(json("{\"event\":\"call_started\",\"call\":{\"call_id\":\"rt-3\"}}"));
        assertThat(webhook.endsCall()).isFalse();
    }

    @Test
    void invalidFieldsAreNamed() {
        assertThatThrownBy(() -> VoxWebhook.parse(json("""
                {"event":"call_ended","call":{"call_status":"hung_up","disconnection_reason":"bored"}}""")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details().toString())
                        .contains("call.call_id", "call.call_status", "call.disconnection_reason"));
    }

    @Test
    void transcriptEntriesMustBeObjects() {
        assertThatThrownBy(() -> VoxWebhook.parse(json("""
                {"event":"call_ended","call":{"call_id":"rt-4","call_status":"ended",
                 "transcript":[{"role":"agent","content":"hi"}, "hello", 3]}}""")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details().toString())
                        .contains("call.transcript[1]", "call.transcript[2]").doesNotContain("call.transcript[0]"));
        assertThatThrownBy(() -> VoxWebhook.parse(json("""
                {"event":"call_ended","call":{"call_id":"rt-4","call_status":"ended","transcript":"hello"}}""")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.details().toString())
                        .contains("call.transcript"));
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
