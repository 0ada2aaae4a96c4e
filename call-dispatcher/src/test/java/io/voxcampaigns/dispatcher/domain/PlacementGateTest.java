package io.voxcampaigns.dispatcher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.dispatcher.domain.Decision.Drain;
import io.voxcampaigns.dispatcher.domain.Decision.PauseForRuntime;
import io.voxcampaigns.dispatcher.domain.Decision.PauseForWindow;
import io.voxcampaigns.dispatcher.domain.Decision.ReachSchedule;
import io.voxcampaigns.dispatcher.domain.Decision.ResumeForWindow;
import io.voxcampaigns.dispatcher.domain.Decision.Start;
import io.voxcampaigns.dispatcher.domain.Decision.Wait;

/** The check right before requests leave: status, pause, schedule and window, after the round's own decision. */
class PlacementGateTest {

    private static final Instant MORNING = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, SnapshotBuilder.SEOUL)
            .toInstant();
    private static final Instant NIGHT = ZonedDateTime.of(2026, 3, 2, 21, 0, 0, 0, SnapshotBuilder.SEOUL)
            .toInstant();

    private final SnapshotBuilder campaign = new SnapshotBuilder();

    private boolean mayPlace(Decision decision, Instant now) {
        return PlacementGate.mayPlace(campaign.build(), decision, now);
    }

    @Test
    void aRunningCampaignInsideItsWindowMayPlace() {
        assertThat(mayPlace(new Start(2), MORNING)).isTrue();
        campaign.status = DispatchStatus.PENDING;
        assertThat(mayPlace(new Wait(null), MORNING)).isTrue();
    }

    @Test
    void nothingLeavesOutsideTheWindowNorWhilePausedCanceledOrFinished() {
        assertThat(mayPlace(new Wait(null), NIGHT)).isFalse();
        campaign.status = DispatchStatus.PAUSED;
        campaign.pausedBy = PauseOrigin.USER;
        assertThat(mayPlace(new Wait(null), MORNING)).isFalse();
        campaign.pausedBy = PauseOrigin.SYSTEM;
        campaign.systemPause = SystemPause.WINDOW;
        assertThat(mayPlace(new Wait(null), MORNING)).isFalse();
        for (DispatchStatus status : new DispatchStatus[] {DispatchStatus.CANCELED, DispatchStatus.FAIL,
            DispatchStatus.SUCCESS, DispatchStatus.DRAFT}) {
            campaign.status = status;
            assertThat(mayPlace(new Wait(null), MORNING)).as(status.value()).isFalse();
        }
    }

    @Test
    void theRoundsOwnDecisionCounts() {
        assertThat(mayPlace(new PauseForWindow(MORNING, null), MORNING)).isFalse();
        assertThat(mayPlace(new Drain(MORNING), MORNING)).isFalse();
        campaign.status = DispatchStatus.DRAFT;
        assertThat(mayPlace(new ReachSchedule(MORNING), MORNING)).isTrue();
        campaign.status = DispatchStatus.PAUSED;
        campaign.pausedBy = PauseOrigin.SYSTEM;
        campaign.systemPause = SystemPause.WINDOW;
        assertThat(mayPlace(new ResumeForWindow(MORNING, true), MORNING)).isTrue();
        assertThat(mayPlace(new ResumeForWindow(MORNING, false), MORNING)).as("announced, not resumed").isFalse();
    }

    @Test
    void aCampaignPausedForTheRuntimeKeepsProbingWithTheAttemptsItHolds() {
        assertThat(mayPlace(new PauseForRuntime(MORNING, MORNING.minusSeconds(90)), MORNING)).isTrue();
        campaign.status = DispatchStatus.PAUSED;
        campaign.pausedBy = PauseOrigin.SYSTEM;
        campaign.systemPause = SystemPause.RUNTIME;
        assertThat(mayPlace(new Wait(null), MORNING)).isTrue();
        assertThat(mayPlace(new Wait(null), NIGHT)).as("but never outside the window").isFalse();
    }

    @Test
    void aFutureScheduleOrADeletedAgentStopsEverything() {
        campaign.scheduledAt = MORNING.plusSeconds(60);
        assertThat(mayPlace(new Start(1), MORNING)).isFalse();
        campaign.scheduledAt = null;
        campaign.agent = AgentState.DELETED;
        assertThat(mayPlace(new Start(1), MORNING)).isFalse();
    }
}
