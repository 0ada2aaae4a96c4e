package io.voxcampaigns.dispatcher.placement;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import io.voxcampaigns.dispatcher.config.DispatcherConfig.Simulated;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/**
 * How a simulated call goes: outcome, reason, ring and talk time, drawn from the configured mix with a random
 * seeded by the seed and the attempt id (the same attempt always plays out the same way). The agent's ring
 * duration cuts a long ring into no answer; its call timeout cuts a long talk into max_duration_reached.
 */
public record SimulatedPlan(CallStatus status, DisconnectionReason reason, Duration ring, Duration talk) {

    private static final List<DisconnectionReason> HANGUPS =
            List.of(DisconnectionReason.user_hangup, DisconnectionReason.agent_hangup);
    private static final List<DisconnectionReason> NOT_CONNECTED = List.of(DisconnectionReason.dial_no_answer,
            DisconnectionReason.dial_busy, DisconnectionReason.dial_declined, DisconnectionReason.voicemail_reached);
    private static final List<DisconnectionReason> ERRORS =
            List.of(DisconnectionReason.dial_failed, DisconnectionReason.error_voxai);

    /** Ring plus talk: when the outcome is reported after placing. */
    public Duration total() {
        return ring.plus(talk);
    }

    public static SimulatedPlan of(Simulated config, UUID attemptId, AgentCallSettings agent) {
        SplittableRandom random = new SplittableRandom(config.seed() ^ attemptId.getMostSignificantBits()
                ^ attemptId.getLeastSignificantBits());
        Duration ring = between(random, config.ringMin(), config.ringMax());
        Duration ringLimit = Duration.ofSeconds(agent.ringDurationSeconds());
        CallStatus status = status(random, config);
        if (status == CallStatus.ended && ring.compareTo(ringLimit) >= 0) {
            return new SimulatedPlan(CallStatus.not_connected, DisconnectionReason.dial_no_answer, ringLimit,
                    Duration.ZERO);
        }
        return switch (status) {
            case ended -> connected(random, config, agent, ring);
            case not_connected -> new SimulatedPlan(status, pick(random, NOT_CONNECTED), min(ring, ringLimit),
                    Duration.ZERO);
            default -> new SimulatedPlan(CallStatus.error, pick(random, ERRORS), Duration.ZERO, Duration.ZERO);
        };
    }

    private static SimulatedPlan connected(SplittableRandom random, Simulated config, AgentCallSettings agent,
                                           Duration ring) {
        Duration talk = between(random, config.talkMin(), config.talkMax());
        Duration talkLimit = Duration.ofSeconds(agent.callTimeoutSeconds());
        if (talk.compareTo(talkLimit) >= 0) {
            return new SimulatedPlan(CallStatus.ended, DisconnectionReason.max_duration_reached, ring, talkLimit);
        }
        return new SimulatedPlan(CallStatus.ended, pick(random, HANGUPS), ring, talk);
    }

    private static CallStatus status(SplittableRandom random, Simulated config) {
        int total = config.endedWeight() + config.notConnectedWeight() + config.errorWeight();
        if (total <= 0) {
            throw new IllegalArgumentException("vox.dispatcher.simulated weights must add up to more than 0");
        }
        int draw = random.nextInt(total);
        if (draw < config.endedWeight()) {
            return CallStatus.ended;
        }
        return draw < config.endedWeight() + config.notConnectedWeight() ? CallStatus.not_connected : CallStatus.error;
    }

    private static Duration between(SplittableRandom random, Duration min, Duration max) {
        long from = min.toMillis();
        long to = Math.max(from, max.toMillis());
        return Duration.ofMillis(from == to ? from : random.nextLong(from, to + 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
