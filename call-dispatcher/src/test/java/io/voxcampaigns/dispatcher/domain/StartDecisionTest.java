package io.voxcampaigns.dispatcher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import io.voxcampaigns.dispatcher.domain.Decision.CancelQueued;
import io.voxcampaigns.dispatcher.domain.Decision.Drain;
import io.voxcampaigns.dispatcher.domain.Decision.Fail;
import io.voxcampaigns.dispatcher.domain.Decision.PauseForRuntime;
import io.voxcampaigns.dispatcher.domain.Decision.PauseForWindow;
import io.voxcampaigns.dispatcher.domain.Decision.ReachSchedule;
import io.voxcampaigns.dispatcher.domain.Decision.ResumeForRuntime;
import io.voxcampaigns.dispatcher.domain.Decision.ResumeForWindow;
import io.voxcampaigns.dispatcher.domain.Decision.Start;
import io.voxcampaigns.dispatcher.domain.Decision.Wait;
import io.voxcampaigns.events.common.CampaignFailureReason;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.WeeklyWindow;

/** The start decision as a function of the campaign snapshot and the time. */
class StartDecisionTest {

    private static final ZoneId SEOUL = SnapshotBuilder.SEOUL;
    /** Monday 2026-03-02 10:00 in Seoul: inside the default 08:00-20:00 window. */
    private static final Instant MORNING = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, SEOUL).toInstant();
    /** Monday 21:00 in Seoul: after the window closed. */
    private static final Instant NIGHT = ZonedDateTime.of(2026, 3, 2, 21, 0, 0, 0, SEOUL).toInstant();
    private static final Instant NEXT_OPENING = ZonedDateTime.of(2026, 3, 3, 8, 0, 0, 0, SEOUL).toInstant();
    private static final Instant CLOSING = ZonedDateTime.of(2026, 3, 2, 20, 0, 0, 0, SEOUL).toInstant();
    private static final DecisionLimits LIMITS = new DecisionLimits(100, 500, Duration.ofSeconds(30), Duration.ofSeconds(60));

    private final SnapshotBuilder campaign = new SnapshotBuilder();

    private Decision decide(Instant now) {
        return StartDecision.decide(campaign.build(), now, LIMITS);
    }

    private static Decision idle() {
        return new Wait(null);
    }

    @Nested
    class Slots {

        @Test
        void runningCampaignStartsAsManyCallsAsSlotsAreFree() {
            campaign.inProgress = 2;
            assertThat(decide(MORNING)).isEqualTo(new Start(3));
        }

        @Test
        void startsNoMoreCallsThanTasksAreQueued() {
            campaign.stored = 10;
            campaign.terminal = 8;
            assertThat(decide(MORNING)).isEqualTo(new Start(2));
        }

        @Test
        void startsAtMostOneClaimBatch() {
            campaign.concurrency = 100;
            assertThat(StartDecision.decide(campaign.build(), MORNING,
                    new DecisionLimits(7, 500, Duration.ZERO, Duration.ofSeconds(60)))).isEqualTo(new Start(7));
        }

        @ParameterizedTest
        @CsvSource({"5, 5", "3, 5", "1, 4"})
        void fullOrOverFullCampaignWaitsForTheWindowToClose(int concurrency, int inProgress) {
            // Over full happens when a PATCH lowers the concurrency below the calls in progress.
            campaign.concurrency = concurrency;
            campaign.inProgress = inProgress;
            assertThat(decide(MORNING)).isEqualTo(new Wait(CLOSING));
        }

        @Test
        void fullCampaignWhoseWindowNeverClosesWaitsForACallToEnd() {
            campaign.window = new CallingHours(List.of(WeeklyWindow.everyDay(0, 1440)), SEOUL, true);
            campaign.inProgress = 5;
            assertThat(decide(MORNING)).isEqualTo(idle());
        }

        @Test
        void pendingCampaignStartsLikeAnOngoingOne() {
            campaign.status = DispatchStatus.PENDING;
            campaign.started = false;
            assertThat(decide(MORNING)).isEqualTo(new Start(5));
        }
    }

    @Nested
    class Schedule {

        @Test
        void draftBeforeItsScheduleWaitsForIt() {
            campaign.status = DispatchStatus.DRAFT;
            campaign.scheduledAt = MORNING.plusSeconds(60);
            assertThat(decide(MORNING)).isEqualTo(new Wait(MORNING.plusSeconds(60)));
        }

        @Test
        void draftWhoseScheduleIsReachedPublishesIt() {
            campaign.status = DispatchStatus.DRAFT;
            campaign.scheduledAt = MORNING.minusSeconds(1);
            assertThat(decide(MORNING)).isEqualTo(new ReachSchedule(MORNING.minusSeconds(1)));
        }

        @Test
        void draftAtItsScheduleInstantPublishesIt() {
            campaign.status = DispatchStatus.DRAFT;
            campaign.scheduledAt = MORNING;
            assertThat(decide(MORNING)).isEqualTo(new ReachSchedule(MORNING));
        }

        @Test
        void draftReachesItsScheduleEvenBeforeItsTasksArrive() {
            campaign.status = DispatchStatus.DRAFT;
            campaign.scheduledAt = MORNING.minusSeconds(1);
            campaign.stored = 0;
            assertThat(decide(MORNING)).isEqualTo(new ReachSchedule(MORNING.minusSeconds(1)));
        }

        @Test
        void draftReachesItsScheduleOutsideTheWindowToo() {
            campaign.status = DispatchStatus.DRAFT;
            campaign.scheduledAt = NIGHT.minusSeconds(1);
            assertThat(decide(NIGHT)).isEqualTo(new ReachSchedule(NIGHT.minusSeconds(1)));
        }

        @Test
        void draftWithoutScheduleIsPendingAtOnce() {
            campaign.status = DispatchStatus.DRAFT;
            assertThat(decide(MORNING)).isEqualTo(new ReachSchedule(MORNING));
        }

        @Test
        void pendingCampaignWithAFutureScheduleStartsNothingBeforeIt() {
            campaign.status = DispatchStatus.PENDING;
            campaign.scheduledAt = MORNING.plusSeconds(5);
            assertThat(decide(MORNING)).isEqualTo(new Wait(MORNING.plusSeconds(5)));
        }
    }

    @Nested
    class Pauses {

        @Test
        void userPauseStartsNothingEvenInsideTheWindow() {
            campaign.status = DispatchStatus.PAUSED;
            campaign.pausedBy = PauseOrigin.USER;
            assertThat(decide(MORNING)).isEqualTo(idle());
        }

        @Test
        void userPauseIsNotEndedByAWindowOpening() {
            campaign.status = DispatchStatus.PAUSED;
            campaign.pausedBy = PauseOrigin.USER;
            campaign.resumeOnOpen = true;
            assertThat(decide(NEXT_OPENING)).isEqualTo(idle());
        }

        @Test
        void pauseOfUnknownOriginIsTreatedAsTheUsers() {
            campaign.status = DispatchStatus.PAUSED;
            assertThat(decide(MORNING)).isEqualTo(idle());
        }

        @Test
        void systemPauseWaitsForTheNextOpening() {
            systemPaused(true);
            assertThat(decide(NIGHT)).isEqualTo(new Wait(NEXT_OPENING));
        }

        @ParameterizedTest
        @CsvSource({"true", "false"})
        void openingWindowIsAnnouncedWithWhetherTheDispatcherResumesByItself(boolean resumeOnOpen) {
            systemPaused(resumeOnOpen);
            assertThat(decide(NEXT_OPENING)).isEqualTo(new ResumeForWindow(NEXT_OPENING, resumeOnOpen));
        }

        @Test
        void announcedOpeningWithoutAutoResumeWaitsForTheUser() {
            systemPaused(false);
            campaign.openAnnounced = true;
            assertThat(decide(NEXT_OPENING)).isEqualTo(idle());
        }

        private void systemPaused(boolean resumeOnOpen) {
            campaign.status = DispatchStatus.PAUSED;
            campaign.pausedBy = PauseOrigin.SYSTEM;
            campaign.resumeOnOpen = resumeOnOpen;
        }
    }

    @Nested
    class RuntimeRefusals {

        private final Instant since = MORNING.minusSeconds(30);

        @Test
        void refusalsShorterThanTheLimitKeepStartingAndWakeTheCampaignWhenTheLimitComes() {
            campaign.runtimeRefusedSince = since;
            campaign.inProgress = 5;
            assertThat(decide(MORNING)).as("no free slot: wait, at the latest until the limit")
                    .isEqualTo(new Wait(since.plusSeconds(60)));
            campaign.inProgress = 2;
            assertThat(decide(MORNING)).isEqualTo(new Start(3));
        }

        @Test
        void refusalsLongerThanTheLimitPauseTheCampaign() {
            campaign.runtimeRefusedSince = since;
            assertThat(decide(since.plusSeconds(60))).isEqualTo(new PauseForRuntime(since.plusSeconds(60), since));
        }

        @Test
        void aWindowClosingComesBeforeTheRuntimePause() {
            campaign.runtimeRefusedSince = NIGHT.minusSeconds(3600);
            assertThat(decide(NIGHT)).isInstanceOf(PauseForWindow.class);
        }

        @Test
        void aRuntimePausedCampaignResumesOnceTheRuntimeTookACallOrNothingIsLeftToProbeWith() {
            campaign.status = DispatchStatus.PAUSED;
            campaign.pausedBy = PauseOrigin.SYSTEM;
            campaign.systemPause = SystemPause.RUNTIME;
            campaign.runtimeRefusedSince = since;
            campaign.inProgress = 2;
            assertThat(decide(MORNING)).as("its held attempts keep probing").isEqualTo(idle());

            campaign.runtimeRefusedSince = null;
            assertThat(decide(MORNING)).isEqualTo(new ResumeForRuntime(MORNING));

            campaign.runtimeRefusedSince = since;
            campaign.inProgress = 0;
            assertThat(decide(MORNING)).isEqualTo(new ResumeForRuntime(MORNING));
        }

        @Test
        void aRuntimePausedCampaignIsNotResumedByAWindowOpening() {
            campaign.status = DispatchStatus.PAUSED;
            campaign.pausedBy = PauseOrigin.SYSTEM;
            campaign.systemPause = SystemPause.RUNTIME;
            campaign.runtimeRefusedSince = since;
            campaign.inProgress = 1;
            campaign.resumeOnOpen = true;
            assertThat(decide(NEXT_OPENING)).isEqualTo(idle());
        }
    }

    @Nested
    class Windows {

        @Test
        void runningCampaignWithWorkLeftIsPausedWhenTheWindowIsClosed() {
            assertThat(decide(NIGHT)).isEqualTo(new PauseForWindow(NIGHT, NEXT_OPENING));
        }

        @Test
        void runningCampaignIsPausedAtTheExactClosingInstant() {
            assertThat(decide(CLOSING)).isEqualTo(new PauseForWindow(CLOSING, NEXT_OPENING));
        }

        @Test
        void pendingCampaignThatNeverStartedWaitsForItsWindowWithoutAPause() {
            campaign.status = DispatchStatus.PENDING;
            campaign.started = false;
            assertThat(decide(NIGHT)).isEqualTo(new Wait(NEXT_OPENING));
        }

        @Test
        void closedWindowWithOnlyCallsInProgressLeftIsNoPause() {
            campaign.terminal = 97;
            campaign.inProgress = 3;
            assertThat(decide(NIGHT)).isEqualTo(idle());
        }

        @Test
        void windowIsReadInTheCampaignsZone() {
            // 10:00 in Seoul is 01:00 UTC: closed for the same window in UTC.
            campaign.window = new CallingHours(List.of(WeeklyWindow.everyDay(480, 1200)), ZoneId.of("UTC"), true);
            assertThat(decide(MORNING)).isInstanceOf(PauseForWindow.class);
        }

        @Test
        void dayWithoutWindowWaitsForTheNextDayWithOne() {
            campaign.window = new CallingHours(List.of(new WeeklyWindow(480, 1200, EnumSet.of(DayOfWeek.WEDNESDAY))),
                    SEOUL, true);
            campaign.started = false;
            campaign.status = DispatchStatus.PENDING;
            assertThat(decide(MORNING)).isEqualTo(new Wait(
                    ZonedDateTime.of(2026, 3, 4, 8, 0, 0, 0, SEOUL).toInstant()));
        }
    }

    @Nested
    class Agents {

        @Test
        void unknownAgentIsWaitedForDuringTheGrace() {
            campaign.agent = AgentState.UNKNOWN;
            campaign.settingsAt = MORNING.minusSeconds(10);
            assertThat(decide(MORNING)).isEqualTo(new Wait(MORNING.plusSeconds(20)));
        }

        @Test
        void unknownAgentDoesNotStopDialingAfterTheGrace() {
            campaign.agent = AgentState.UNKNOWN;
            campaign.settingsAt = MORNING.minusSeconds(30);
            assertThat(decide(MORNING)).isEqualTo(new Start(5));
        }

        @ParameterizedTest
        @EnumSource(value = DispatchStatus.class, names = {"DRAFT", "PENDING", "ONGOING", "PAUSED"})
        void deletedAgentFailsAnyUnfinishedCampaign(DispatchStatus status) {
            campaign.status = status;
            campaign.agent = AgentState.DELETED;
            assertThat(decide(MORNING)).isEqualTo(new Fail(CampaignFailureReason.agent_deleted));
        }
    }

    @Nested
    class Endings {

        @Test
        void everyTaskTerminalDrainsTheCampaign() {
            campaign.terminal = 100;
            assertThat(decide(MORNING)).isEqualTo(new Drain(MORNING));
        }

        @Test
        void pausedCampaignWhoseLastCallsEndedDrainsToo() {
            campaign.status = DispatchStatus.PAUSED;
            campaign.pausedBy = PauseOrigin.USER;
            campaign.terminal = 100;
            assertThat(decide(NIGHT)).isEqualTo(new Drain(NIGHT));
        }

        @Test
        void drainedCampaignDoesNothing() {
            campaign.terminal = 100;
            campaign.drained = true;
            assertThat(decide(MORNING)).isEqualTo(idle());
        }

        @Test
        void tasksStillToArriveAreNoDrain() {
            campaign.total = 150;
            campaign.terminal = 100;
            assertThat(decide(MORNING)).isEqualTo(idle());
        }

        @Test
        void appendedTasksStoredBeforeTheirNewTotalAreDialledNotDrained() {
            campaign.stored = 120;
            campaign.terminal = 100;
            assertThat(decide(MORNING)).isEqualTo(new Start(5));
        }

        @Test
        void aTaskAskedForOneMoreAttemptIsNoDrain() {
            campaign.terminal = 100;
            campaign.requeuesPending = true;
            assertThat(decide(MORNING)).isEqualTo(idle());
        }

        @Test
        void callsInProgressAreNoDrain() {
            campaign.terminal = 99;
            campaign.inProgress = 1;
            assertThat(decide(MORNING)).isEqualTo(idle());
        }

        @Test
        void canceledCampaignCancelsItsQueuedTasksInBatches() {
            campaign.status = DispatchStatus.CANCELED;
            campaign.stored = 2000;
            campaign.total = 2000;
            campaign.inProgress = 3;
            assertThat(decide(MORNING)).isEqualTo(new CancelQueued(500, false));
            campaign.terminal = 1700;
            assertThat(decide(MORNING)).isEqualTo(new CancelQueued(297, false));
        }

        @Test
        void canceledCampaignWithNothingQueuedDoesNothing() {
            campaign.status = DispatchStatus.CANCELED;
            campaign.terminal = 98;
            campaign.inProgress = 2;
            assertThat(decide(MORNING)).isEqualTo(idle());
        }

        @Test
        void failureIsAnnouncedWithTheLastBatchOfCanceledTasks() {
            campaign.status = DispatchStatus.FAIL;
            campaign.failureReason = CampaignFailureReason.agent_deleted;
            campaign.stored = 700;
            campaign.total = 700;
            assertThat(decide(MORNING)).isEqualTo(new CancelQueued(500, false));
            campaign.terminal = 500;
            assertThat(decide(MORNING)).isEqualTo(new CancelQueued(200, true));
            campaign.terminal = 700;
            assertThat(decide(MORNING)).isEqualTo(new CancelQueued(0, true));
            campaign.failureAnnounced = true;
            assertThat(decide(MORNING)).isEqualTo(idle());
        }

        @Test
        void failureDecidedByCampaignServiceIsNotAnnouncedAgain() {
            campaign.status = DispatchStatus.FAIL;
            campaign.stored = 10;
            campaign.total = 10;
            assertThat(decide(MORNING)).isEqualTo(new CancelQueued(10, false));
        }

        @Test
        void successfulCampaignDoesNothing() {
            campaign.status = DispatchStatus.SUCCESS;
            assertThat(decide(MORNING)).isEqualTo(idle());
        }
    }

    @Test
    void campaignWithoutSettingsDoesNothing() {
        campaign.settingsKnown = false;
        campaign.status = null;
        assertThat(decide(MORNING)).isEqualTo(idle());
    }

    @Test
    void campaignWhoseTasksAllAreInProgressOrDoneWaitsForCallEnds() {
        campaign.terminal = 95;
        campaign.inProgress = 5;
        campaign.concurrency = 10;
        assertThat(decide(MORNING)).isEqualTo(idle());
    }
}
