package io.voxcampaigns.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.campaign.domain.StatusDecision.Refusal;
import io.voxcampaigns.campaign.domain.StatusDecision.Transition;

/** Lifecycles told as stories: a campaign fed a sequence of triggers. */
class CampaignStatusMachineNarrativeTest {

    private static final CampaignTrigger SCHEDULE_REACHED = new CampaignTrigger.ScheduleReached();
    private static final CampaignTrigger CALL_STARTED = new CampaignTrigger.CallStarted();
    private static final CampaignTrigger WINDOW_CLOSED = new CampaignTrigger.WindowClosed();
    private static final CampaignTrigger DRAINED = new CampaignTrigger.Drained();
    private static final CampaignTrigger PAUSE = new CampaignTrigger.Pause();
    private static final CampaignTrigger CANCEL = new CampaignTrigger.Cancel();
    private static final CampaignTrigger PATCH = new CampaignTrigger.Patch();

    private static CampaignTrigger windowOpened(boolean autoResume) {
        return new CampaignTrigger.WindowOpened(autoResume, true, true);
    }

    private static CampaignTrigger resume(boolean windowOpen) {
        return new CampaignTrigger.Resume(windowOpen, true);
    }

    /** Applies triggers in order; every one must be accepted. */
    private static CampaignState run(CampaignState start, CampaignTrigger... triggers) {
        CampaignState state = start;
        for (CampaignTrigger trigger : triggers) {
            StatusDecision decision = CampaignStatusMachine.decide(state, trigger);
            assertThat(decision).as("%s + %s", state, trigger).isInstanceOf(Transition.class);
            state = ((Transition) decision).to();
        }
        return state;
    }

    private static String refusal(CampaignState state, CampaignTrigger trigger) {
        StatusDecision decision = CampaignStatusMachine.decide(state, trigger);
        assertThat(decision).isInstanceOf(Refusal.class);
        return ((Refusal) decision).reason();
    }

    private static CampaignState state(CampaignStatus status) {
        return CampaignState.of(status);
    }

    @Test
    void aCampaignIsDraftOnlyWhenScheduledInTheFuture() {
        assertThat(CampaignStatusMachine.initial(true)).isEqualTo(state(CampaignStatus.DRAFT));
        assertThat(CampaignStatusMachine.initial(false)).isEqualTo(state(CampaignStatus.PENDING));
    }

    @Test
    void aScheduledCampaignRunsToSuccess() {
        CampaignState end = run(CampaignStatusMachine.initial(true), SCHEDULE_REACHED, CALL_STARTED, CALL_STARTED,
                DRAINED);
        assertThat(end).isEqualTo(state(CampaignStatus.SUCCESS));
    }

    @Test
    void aPendingCampaignWhoseWindowClosesWaitsPausedBySystemThenPendingAgain() {
        // contract.md 4: the dispatcher treats it as system-paused; without auto_resume only the resume API lifts it.
        CampaignState night = run(state(CampaignStatus.PENDING), WINDOW_CLOSED);
        assertThat(night).isEqualTo(CampaignState.paused(PausedBy.SYSTEM));
        CampaignState morning = run(night, new CampaignTrigger.WindowOpened(true, false, true));
        assertThat(morning).isEqualTo(state(CampaignStatus.PENDING));
        assertThat(run(morning, CALL_STARTED)).isEqualTo(state(CampaignStatus.ONGOING));
        assertThat(run(night, new CampaignTrigger.WindowOpened(false, false, true))).isEqualTo(night);
    }

    @Test
    void aNewScheduleMakesADraftOrAPendingCampaignWaitOrGo() {
        CampaignTrigger later = new CampaignTrigger.Reschedule(true);
        CampaignTrigger now = new CampaignTrigger.Reschedule(false);
        assertThat(run(state(CampaignStatus.PENDING), later)).isEqualTo(state(CampaignStatus.DRAFT));
        assertThat(run(state(CampaignStatus.DRAFT), now)).isEqualTo(state(CampaignStatus.PENDING));
        assertThat(run(CampaignState.paused(PausedBy.USER), later)).isEqualTo(CampaignState.paused(PausedBy.USER));
        assertThat(refusal(state(CampaignStatus.ONGOING), later))
                .startsWith("cannot edit a campaign in status ongoing");
        assertThat(refusal(state(CampaignStatus.SUCCESS), now)).startsWith("cannot edit a campaign in status success");
    }

    @Test
    void theWindowPausesAndResumesARunningCampaignWithAutoResume() {
        CampaignState night = run(state(CampaignStatus.ONGOING), WINDOW_CLOSED);
        assertThat(night).isEqualTo(CampaignState.paused(PausedBy.SYSTEM));
        assertThat(run(night, windowOpened(true))).isEqualTo(state(CampaignStatus.ONGOING));
    }

    @Test
    void withoutAutoResumeItStaysPausedUntilTheResumeApi() {
        CampaignState night = run(state(CampaignStatus.ONGOING), WINDOW_CLOSED, windowOpened(false),
                WINDOW_CLOSED, windowOpened(false));
        assertThat(night).isEqualTo(CampaignState.paused(PausedBy.SYSTEM));
        assertThat(run(night, resume(true))).isEqualTo(state(CampaignStatus.ONGOING));
    }

    @Test
    void aUserPauseIsNeverLiftedByTheSystem() {
        CampaignState paused = run(state(CampaignStatus.ONGOING), PAUSE);
        CampaignState later = run(paused, WINDOW_CLOSED, windowOpened(true), CALL_STARTED, SCHEDULE_REACHED,
                windowOpened(true));
        assertThat(later).isEqualTo(CampaignState.paused(PausedBy.USER));
    }

    @Test
    void aUserPauseOverridesASystemPause() {
        CampaignState paused = run(state(CampaignStatus.ONGOING), WINDOW_CLOSED, PAUSE, windowOpened(true));
        assertThat(paused).isEqualTo(CampaignState.paused(PausedBy.USER));
    }

    @Test
    void resumeOutsideEveryWindowHandsThePauseToTheSystem() {
        CampaignState resumed = run(state(CampaignStatus.ONGOING), PAUSE, resume(false));
        assertThat(resumed).isEqualTo(CampaignState.paused(PausedBy.SYSTEM));
        assertThat(run(resumed, windowOpened(true))).isEqualTo(state(CampaignStatus.ONGOING));
        // With auto_resume false the dispatcher still honours the user's resume; its first call says so.
        assertThat(run(resumed, windowOpened(false), CALL_STARTED)).isEqualTo(state(CampaignStatus.ONGOING));
    }

    @Test
    void resumingACampaignThatNeverCalledGoesBackToPending() {
        CampaignState resumed = run(state(CampaignStatus.PENDING), PAUSE, new CampaignTrigger.Resume(true, false));
        assertThat(resumed).isEqualTo(state(CampaignStatus.PENDING));
    }

    @Test
    void aPauseKeepsItsTimeUntilThePauserChanges() {
        Transition userPause = (Transition) CampaignStatusMachine.decide(CampaignState.paused(PausedBy.SYSTEM), PAUSE);
        assertThat(userPause.pausedAt()).isEqualTo(TimestampChange.SET);
        Transition again = (Transition) CampaignStatusMachine.decide(CampaignState.paused(PausedBy.SYSTEM),
                resume(false));
        assertThat(again.pausedAt()).isEqualTo(TimestampChange.KEEP);
        assertThat(again.changed()).isFalse();
    }

    @Test
    void cancelFinishesAndLateFactsChangeNothing() {
        CampaignState canceled = run(state(CampaignStatus.ONGOING), CANCEL);
        assertThat(canceled).isEqualTo(state(CampaignStatus.CANCELED));
        for (CampaignTrigger late : List.of(CALL_STARTED, DRAINED, WINDOW_CLOSED, windowOpened(true),
                SCHEDULE_REACHED, new CampaignTrigger.FatalError())) {
            Transition transition = (Transition) CampaignStatusMachine.decide(canceled, late);
            assertThat(transition.changed()).as("%s", late).isFalse();
            assertThat(transition.finishedAt()).isEqualTo(TimestampChange.KEEP);
        }
    }

    @Test
    void cancelOfAFinishedCampaignIsRefused() {
        assertThat(refusal(state(CampaignStatus.SUCCESS), CANCEL))
                .isEqualTo("cannot cancel a campaign in status success; it has already finished");
        assertThat(refusal(state(CampaignStatus.CANCELED), CANCEL))
                .startsWith("cannot cancel a campaign in status canceled");
        assertThat(refusal(state(CampaignStatus.FAIL), CANCEL))
                .startsWith("cannot cancel a campaign in status fail");
    }

    @Test
    void refusalsSayWhatIsAllowed() {
        assertThat(refusal(state(CampaignStatus.SUCCESS), PAUSE)).isEqualTo("cannot pause a campaign in status success;"
                + " only pending, ongoing or system-paused campaigns can be paused");
        assertThat(refusal(CampaignState.paused(PausedBy.USER), PAUSE))
                .isEqualTo("cannot pause a campaign that is already paused by the user");
        assertThat(refusal(state(CampaignStatus.ONGOING), resume(true)))
                .isEqualTo("cannot resume a campaign in status ongoing; only paused campaigns can be resumed");
        assertThat(refusal(state(CampaignStatus.ONGOING), PATCH))
                .isEqualTo("cannot edit a campaign in status ongoing;"
                        + " only draft, pending or paused campaigns can be edited");
    }

    @Test
    void patchIsAllowedOnlyInDraftPendingAndPaused() {
        for (CampaignStatus status : CampaignStatus.values()) {
            CampaignState state = status == CampaignStatus.PAUSED ? CampaignState.paused(PausedBy.USER) : state(status);
            StatusDecision decision = CampaignStatusMachine.decide(state, PATCH);
            boolean allowed = List.of(CampaignStatus.DRAFT, CampaignStatus.PENDING, CampaignStatus.PAUSED)
                    .contains(status);
            assertThat(decision).as("%s", status).isInstanceOf(allowed ? Transition.class : Refusal.class);
            if (allowed) {
                assertThat(((Transition) decision).changed()).isFalse();
            }
        }
    }

    @Test
    void aFatalErrorFailsEvenAPausedCampaign() {
        Transition failed = (Transition) CampaignStatusMachine.decide(CampaignState.paused(PausedBy.USER),
                new CampaignTrigger.FatalError());
        assertThat(failed.to()).isEqualTo(state(CampaignStatus.FAIL));
        assertThat(failed.pausedAt()).isEqualTo(TimestampChange.CLEAR);
        assertThat(failed.finishedAt()).isEqualTo(TimestampChange.SET);
    }

    @Test
    void theLastCallsEndingDuringAPauseFinishTheCampaign() {
        CampaignState end = run(state(CampaignStatus.ONGOING), PAUSE, DRAINED);
        assertThat(end).isEqualTo(state(CampaignStatus.SUCCESS));
    }
}
