package io.voxcampaigns.dispatcher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.dispatcher.domain.AttemptUpdate.Answered;
import io.voxcampaigns.dispatcher.domain.AttemptUpdate.RuntimeEnded;
import io.voxcampaigns.dispatcher.domain.AttemptUpdate.RuntimeStarted;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/** vox's call statuses from the runtime's progress: queued while taken and ringing, ongoing once connected. */
class AttemptProgressTest {

    private static final AttemptPolicy POLICY = new AttemptPolicy(Duration.ofMillis(200), Duration.ofSeconds(3),
            Duration.ofSeconds(5), Duration.ofSeconds(40));
    private static final UUID CALL = UUID.randomUUID();
    private static final Instant SENT = Instant.parse("2026-12-03T01:00:00Z");

    @Test
    void queuedUntilConnectedThenOngoingThenTheOutcome() {
        Attempt placed = step(sent(), new Answered(new PlacementAnswer.Accepted("rt"), SENT.plusMillis(50))).attempt();
        assertThat(placed.apiStatus()).isEqualTo("queued");

        AttemptStep ringing = step(placed, new RuntimeStarted("rt", SENT.plusSeconds(1), null, SENT.plusSeconds(1)));
        assertThat(ringing.changed(placed)).isTrue();
        assertThat(ringing.startedAt()).as("CallStarted was published when taken").isNull();
        assertThat(ringing.attempt().apiStatus()).isEqualTo("queued");
        assertThat(ringing.attempt().ringingAt()).isEqualTo(SENT.plusSeconds(1));

        Instant answered = SENT.plusSeconds(6);
        Attempt connected = step(ringing.attempt(), new RuntimeStarted("rt", null, answered, answered)).attempt();
        assertThat(connected.apiStatus()).isEqualTo("ongoing");
        assertThat(connected.connectedAt()).isEqualTo(answered);
        assertThat(step(connected, new RuntimeStarted("rt", null, answered.plusSeconds(3), answered.plusSeconds(3)))
                .changed(connected)).as("a repeated call_started").isFalse();

        Attempt ended = step(connected, new RuntimeEnded("rt", CallStatus.ended, DisconnectionReason.user_hangup,
                answered.plusSeconds(30), 30_000)).attempt();
        assertThat(ended.apiStatus()).isEqualTo("ended");
        assertThat(ended.connectedAt()).isEqualTo(answered);
        assertThat(ended.ringingAt()).isEqualTo(SENT.plusSeconds(1));
        assertThat(ended.placedAt()).isEqualTo(SENT);
    }

    @Test
    void anUnansweredCallNeverConnects() {
        Attempt placed = step(sent(), new Answered(new PlacementAnswer.Accepted("rt"), SENT)).attempt();

        Attempt ended = step(placed, new RuntimeEnded("rt", CallStatus.not_connected,
                DisconnectionReason.dial_no_answer, SENT.plusSeconds(30), 0, SENT.plusSeconds(2))).attempt();

        assertThat(ended.apiStatus()).isEqualTo("not_connected");
        assertThat(ended.connectedAt()).isNull();
    }

    @Test
    void anOutcomeWithoutAConnectTimeConnectedItsTalkTimeBeforeItsEnd() {
        Attempt placed = step(sent(), new Answered(new PlacementAnswer.Accepted("rt"), SENT)).attempt();

        Attempt ended = step(placed, new RuntimeEnded("rt", CallStatus.ended, DisconnectionReason.agent_hangup,
                SENT.plusSeconds(50), 20_000)).attempt();

        assertThat(ended.connectedAt()).isEqualTo(SENT.plusSeconds(30));
    }

    @Test
    void callStartedBeforeTheAnswerPlacesAndConnectsTheCallWhenItsRequestLeft() {
        Instant answered = SENT.plusSeconds(4);

        AttemptStep step = step(sent(), new RuntimeStarted("rt", null, answered, SENT.plusSeconds(5)));

        assertThat(step.attempt().phase()).isEqualTo(AttemptPhase.PLACED);
        assertThat(step.startedAt()).as("CallStarted, dated when the request left").isEqualTo(SENT);
        assertThat(step.attempt().apiStatus()).isEqualTo("ongoing");
        assertThat(step.attempt().connectedAt()).isEqualTo(answered);
    }

    private static Attempt sent() {
        return Attempt.claimed(SENT).sending(SENT, SENT.plusSeconds(10), SENT.plus(POLICY.callDeadline()));
    }

    private static AttemptStep step(Attempt attempt, AttemptUpdate update) {
        return AttemptLifecycle.apply(CALL, attempt, update, POLICY);
    }
}
