package io.voxcampaigns.examples.subscriber;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.local.Infra;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestKafka;

/** Runs the README's subscriber against the real embedded Kafka broker of deploy/local. */
@Tag(RealInfra.TAG)
class CallEventsSubscriberTest {

    private static final String ORGANIZATION = "0b6f3c1e-2a4d-4c8e-9b1a-000000000001";
    private static final Duration DEADLINE = Duration.ofSeconds(120);
    /** Timestamps travel as unix milliseconds. */
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void handlesEachEventOnceAndSkipsWhatItCannotDecode() {
        String campaign = UUID.randomUUID().toString();
        CallStarted started = callStarted(campaign);
        CallEnded ended = callEnded(campaign);
        TestKafka.send(Topics.CALL_EVENTS, campaign, EventCodec.encode(started));
        TestKafka.send(Topics.CALL_EVENTS, campaign, "not an event".getBytes(StandardCharsets.UTF_8));
        TestKafka.send(Topics.CALL_EVENTS, campaign, EventCodec.encode(ended));
        TestKafka.send(Topics.CALL_EVENTS, campaign, EventCodec.encode(ended)); // redelivered: same event_id

        List<SpecificRecord> received = new ArrayList<>();
        String group = "subscriber-example-" + UUID.randomUUID();
        try (CallEventsSubscriber subscriber = new CallEventsSubscriber(Infra.get().kafkaBootstrap(), group,
                event -> received.add(event))) {
            Instant deadline = Instant.now().plus(DEADLINE);
            while (subscriber.undecodable() < 1 || received.stream().noneMatch(ended::equals)) {
                assertThat(Instant.now()).as("events of campaign " + campaign + " within " + DEADLINE)
                        .isBefore(deadline);
                subscriber.pollOnce(Duration.ofMillis(500));
            }
            subscriber.pollOnce(Duration.ofMillis(500));
            assertThat(subscriber.undecodable()).isEqualTo(1);
        }

        assertThat(received).containsExactly(started, ended);
        CallEnded decoded = (CallEnded) received.get(1);
        assertThat(decoded.getStatus()).isEqualTo(CallStatus.not_connected);
        assertThat(decoded.getDisconnectionReason()).isEqualTo(DisconnectionReason.dial_busy);
    }

    private static CallStarted callStarted(String campaign) {
        return CallStarted.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(NOW)
                .setOrganizationId(ORGANIZATION).setCampaignId(campaign).setCallId("call-1").setTaskId("task-1")
                .setAttemptId("task-1#1").setToNumber("01012345678").setFromNumber("0215880000")
                .setAgentId(UUID.randomUUID().toString()).setAgentVersion("current").setStartedAt(NOW)
                .build();
    }

    private static CallEnded callEnded(String campaign) {
        return CallEnded.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(NOW)
                .setOrganizationId(ORGANIZATION).setCampaignId(campaign).setCallId("call-1").setTaskId("task-1")
                .setAttemptId("task-1#1").setStatus(CallStatus.not_connected)
                .setDisconnectionReason(DisconnectionReason.dial_busy).setStartedAt(NOW)
                .setEndedAt(NOW).setDurationMs(1_000L).build();
    }
}
