package io.voxcampaigns.dispatcher.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.dispatcher.config.DispatcherConfig.Simulated;
import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/** The simulated runtime's seeded outcome mix and durations, bounded by the agent's call settings. */
class SimulatedPlanTest {

    private static final AgentCallSettings AGENT = new AgentCallSettings(30, 900);

    @Test
    void sameSeedAndAttemptPlayOutTheSameWay() {
        UUID attempt = UUID.randomUUID();
        Simulated config = config(42, 70, 25, 5, Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofSeconds(10),
                Duration.ofSeconds(120));
        assertThat(SimulatedPlan.of(config, attempt, AGENT)).isEqualTo(SimulatedPlan.of(config, attempt, AGENT));
    }

    @Test
    void outcomesFollowTheConfiguredMix() {
        Simulated config = config(7, 70, 25, 5, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        Map<CallStatus, Integer> counts = new EnumMap<>(CallStatus.class);
        for (int i = 0; i < 10_000; i++) {
            counts.merge(SimulatedPlan.of(config, UUID.randomUUID(), AGENT).status(), 1, Integer::sum);
        }
        assertThat(counts.get(CallStatus.ended)).isBetween(6700, 7300);
        assertThat(counts.get(CallStatus.not_connected)).isBetween(2200, 2800);
        assertThat(counts.get(CallStatus.error)).isBetween(350, 650);
    }

    @Test
    void durationsStayInTheirRangesAndOnlyConnectedCallsTalk() {
        Simulated config = config(1, 70, 25, 5, Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofSeconds(10),
                Duration.ofSeconds(120));
        for (int i = 0; i < 2000; i++) {
            SimulatedPlan plan = SimulatedPlan.of(config, UUID.randomUUID(), AGENT);
            if (plan.status() == CallStatus.ended) {
                assertThat(plan.ring()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(15));
                assertThat(plan.talk()).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(120));
                assertThat(plan.reason()).isIn(DisconnectionReason.user_hangup, DisconnectionReason.agent_hangup);
            } else {
                assertThat(plan.talk()).isZero();
            }
        }
    }

    @Test
    void ringLongerThanTheAgentsRingDurationIsNotAnswered() {
        Simulated config = config(3, 100, 0, 0, Duration.ofSeconds(40), Duration.ofSeconds(60), Duration.ofSeconds(10),
                Duration.ofSeconds(20));
        SimulatedPlan plan = SimulatedPlan.of(config, UUID.randomUUID(), new AgentCallSettings(25, 900));
        assertThat(plan.status()).isEqualTo(CallStatus.not_connected);
        assertThat(plan.reason()).isEqualTo(DisconnectionReason.dial_no_answer);
        assertThat(plan.ring()).isEqualTo(Duration.ofSeconds(25));
        assertThat(plan.total()).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void talkLongerThanTheAgentsCallTimeoutIsCutThere() {
        Simulated config = config(3, 100, 0, 0, Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(700),
                Duration.ofSeconds(800));
        SimulatedPlan plan = SimulatedPlan.of(config, UUID.randomUUID(), new AgentCallSettings(30, 600));
        assertThat(plan.status()).isEqualTo(CallStatus.ended);
        assertThat(plan.reason()).isEqualTo(DisconnectionReason.max_duration_reached);
        assertThat(plan.talk()).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void zeroDurationsEndEveryCallAtOnce() {
        Simulated config = config(5, 70, 25, 5, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
        for (int i = 0; i < 500; i++) {
            assertThat(SimulatedPlan.of(config, UUID.randomUUID(), AGENT).total()).isZero();
        }
    }

    private static Simulated config(long seed, int ended, int notConnected, int error, Duration ringMin,
                                    Duration ringMax, Duration talkMin, Duration talkMax) {
        return new Simulated() {
            @Override
            public long seed() {
                return seed;
            }

            @Override
            public int endedWeight() {
                return ended;
            }

            @Override
            public int notConnectedWeight() {
                return notConnected;
            }

            @Override
            public int errorWeight() {
                return error;
            }

            @Override
            public Duration ringMin() {
                return ringMin;
            }

            @Override
            public Duration ringMax() {
                return ringMax;
            }

            @Override
            public Duration talkMin() {
                return talkMin;
            }

            @Override
            public Duration talkMax() {
                return talkMax;
            }

            @Override
            public boolean recordAttempts() {
                return false;
            }

            @Override
            public Optional<Path> attemptLog() {
                return Optional.empty();
            }
        };
    }
}
