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
    private static final CampaignTrigger DRAINED = new CampaignTrigger.Drained(true);
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

    private static CampaignState state(CampaignPhase status) {
        return CampaignState.of(status);
    }

    @Test
    void aCampaignIsDraftOnlyWhenScheduledInTheFuture() {
        assertThat(CampaignStatusMachine.initial(true)).isEqualTo(state(CampaignPhase.DRAFT));
        assertThat(CampaignStatusMachine.initial(false)).isEqualTo(state(CampaignPhase.PENDING));
    }

    @Test
    void aScheduledCampaignRunsToSuccess() {
        CampaignState end = run(CampaignStatusMachine.initial(true), SCHEDULE_REACHED, CALL_STARTED, CALL_STARTED,
                DRAINED);
        assertThat(end).isEqualTo(state(CampaignPhase.SUCCESS));
    }

    @Test
    void aPendingCampaignWhoseWindowClosesWaitsPausedBySystemThenPendingAgain() {
        // docs/dispatch.md "Lifecycle facts": the dispatcher treats it as system-paused; without auto_resume only the
        // resume API lifts it.
        CampaignState night = run(state(CampaignPhase.PENDING), WINDOW_CLOSED);
        assertThat(night).isEqualTo(CampaignState.paused(Pauser.SYSTEM));
        CampaignState morning = run(night, new CampaignTrigger.WindowOpened(true, false, true));
        assertThat(morning).isEqualTo(state(CampaignPhase.PENDING));
        assertThat(run(morning, CALL_STARTED)).isEqualTo(state(CampaignPhase.ONGOING));
        assertThat(run(night, new CampaignTrigger.WindowOpened(false, false, true))).isEqualTo(night);
    }

    @Test
    void aNewScheduleMakesADraftOrAPendingCampaignWaitOrGo() {
        CampaignTrigger later = new CampaignTrigger.Reschedule(true);
        CampaignTrigger now = new CampaignTrigger.Reschedule(false);
        assertThat(run(state(CampaignPhase.PENDING), later)).isEqualTo(state(CampaignPhase.DRAFT));
        assertThat(run(state(CampaignPhase.DRAFT), now)).isEqualTo(state(CampaignPhase.PENDING));
        assertThat(run(CampaignState.paused(Pauser.USER), later)).isEqualTo(CampaignState.paused(Pauser.USER));
        assertThat(refusal(state(CampaignPhase.ONGOING), later))
                .startsWith("cannot edit a campaign in status ongoing");
        assertThat(refusal(state(CampaignPhase.SUCCESS), now)).startsWith("cannot edit a campaign in status success");
    }

    @Test
    void theWindowPausesAndResumesARunningCampaignWithAutoResume() {
        CampaignState night = run(state(CampaignPhase.ONGOING), WINDOW_CLOSED);
        assertThat(night).isEqualTo(CampaignState.paused(Pauser.SYSTEM));
        assertThat(run(night, windowOpened(true))).isEqualTo(state(CampaignPhase.ONGOING));
    }

    @Test
    void withoutAutoResumeItStaysPausedUntilTheResumeApi() {
        CampaignState night = run(state(CampaignPhase.ONGOING), WINDOW_CLOSED, windowOpened(false),
                WINDOW_CLOSED, windowOpened(false));
        assertThat(night).isEqualTo(CampaignState.paused(Pauser.SYSTEM));
        assertThat(run(night, resume(true))).isEqualTo(state(CampaignPhase.ONGOING));
    }

    @Test
    void aUserPauseIsNeverLiftedByTheSystem() {
        CampaignState paused = run(state(CampaignPhase.ONGOING), PAUSE);
        CampaignState later = run(paused, WINDOW_CLOSED, windowOpened(true), CALL_STARTED, SCHEDULE_REACHED,
                windowOpened(true));
        assertThat(later).isEqualTo(CampaignState.paused(Pauser.USER));
    }

    @Test
    void aUserPauseOverridesASystemPause() {
        CampaignState paused = run(state(CampaignPhase.ONGOING), WINDOW_CLOSED, PAUSE, windowOpened(true));
        assertThat(paused).isEqualTo(CampaignState.paused(Pauser.USER));
    }

    @Test
    void resumeOutsideEveryWindowHandsThePauseToTheSystem() {
        CampaignState resumed = run(state(CampaignPhase.ONGOING), PAUSE, resume(false));
        assertThat(resumed).isEqualTo(CampaignState.paused(Pauser.SYSTEM));
        assertThat(run(resumed, windowOpened(true))).isEqualTo(state(CampaignPhase.ONGOING));
        // With auto_resume false the dispatcher still honours the user's resume; its first call says so.
        assertThat(run(resumed, windowOpened(false), CALL_STARTED)).isEqualTo(state(CampaignPhase.ONGOING));
    }

    @Test
    void resumingACampaignThatNeverCalledGoesBackToPending() {
        CampaignState resumed = run(state(CampaignPhase.PENDING), PAUSE, new CampaignTrigger.Resume(true, false));
        assertThat(resumed).isEqualTo(state(CampaignPhase.PENDING));
    }

    @Test
    void aPauseKeepsItsTimeUntilThePauserChanges() {
        Transition userPause = (Transition) CampaignStatusMachine.decide(CampaignState.paused(Pauser.SYSTEM), PAUSE);
        assertThat(userPause.pausedAt()).isEqualTo(TimestampChange.SET);
        Transition again = (Transition) CampaignStatusMachine.decide(CampaignState.paused(Pauser.SYSTEM),
                resume(false));
        assertThat(again.pausedAt()).isEqualTo(TimestampChange.KEEP);
        assertThat(again.changed()).isFalse();
    }

    @Test
    void cancelFinishesAndLateFactsChangeNothing() {
        CampaignState canceled = run(state(CampaignPhase.ONGOING), CANCEL);
        assertThat(canceled).isEqualTo(state(CampaignPhase.CANCELED));
        for (CampaignTrigger late : List.of(CALL_STARTED, DRAINED, WINDOW_CLOSED, windowOpened(true),
                SCHEDULE_REACHED, new CampaignTrigger.FatalError())) {
            Transition transition = (Transition) CampaignStatusMachine.decide(canceled, late);
            assertThat(transition.changed()).as("%s", late).isFalse();
            assertThat(transition.finishedAt()).isEqualTo(TimestampChange.KEEP);
        }
    }

    @Test
    void cancelOfAFinishedCampaignIsRefused() {
        assertThat(refusal(state(CampaignPhase.SUCCESS), CANCEL))
                .isEqualTo("cannot cancel a campaign in status success; it has already finished");
        assertThat(refusal(state(CampaignPhase.CANCELED), CANCEL))
                .startsWith("cannot cancel a campaign in status canceled");
        assertThat(refusal(state(CampaignPhase.FAIL), CANCEL))
                .startsWith("cannot cancel a campaign in status fail");
    }

    @Test
    void refusalsSayWhatIsAllowed() {
        assertThat(refusal(state(CampaignPhase.SUCCESS), PAUSE)).isEqualTo("cannot pause a campaign in status success;"
                + " only pending, ongoing or system-paused campaigns can be paused");
        assertThat(refusal(CampaignState.paused(Pauser.USER), PAUSE))
                .isEqualTo("cannot pause a campaign that is already paused by the user");
        assertThat(refusal(state(CampaignPhase.ONGOING), resume(true)))
                .isEqualTo("cannot resume a campaign in status ongoing; only paused campaigns can be resumed");
        assertThat(refusal(state(CampaignPhase.ONGOING), PATCH))
                .isEqualTo("cannot edit a campaign in status ongoing;"
                        + " only draft, pending or paused campaigns can be edited");
    }

    @Test
    void patchIsAllowedOnlyInDraftPendingAndPaused() {
        for (CampaignPhase status : CampaignPhase.values()) {
            CampaignState state = status == CampaignPhase.PAUSED ? CampaignState.paused(Pauser.USER) : state(status);
            StatusDecision decision = CampaignStatusMachine.decide(state, PATCH);
            boolean allowed = List.of(CampaignPhase.DRAFT, CampaignPhase.PENDING, CampaignPhase.PAUSED)
                    .contains(status);
            assertThat(decision).as("%s", status).isInstanceOf(allowed ? Transition.class : Refusal.class);
            if (allowed) {
                assertThat(((Transition) decision).changed()).isFalse();
            }
        }
    }

    @Test
    void aFatalErrorFailsEvenAPausedCampaign() {
        Transition failed = (Transition) CampaignStatusMachine.decide(CampaignState.paused(Pauser.USER),
                new CampaignTrigger.FatalError());
        assertThat(failed.to()).isEqualTo(state(CampaignPhase.FAIL));
        assertThat(failed.pausedAt()).isEqualTo(TimestampChange.CLEAR);
        assertThat(failed.finishedAt()).isEqualTo(TimestampChange.SET);
    }

    @Test
    void theLastCallsEndingDuringAPauseFinishTheCampaign() {
        CampaignState end = run(state(CampaignPhase.ONGOING), PAUSE, DRAINED);
        assertThat(end).isEqualTo(state(CampaignPhase.SUCCESS));
    }
}
