package io.voxcampaigns.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import io.voxcampaigns.campaign.api.TaskResponse;
import io.voxcampaigns.platform.holidays.KoreanHolidays;
import io.voxcampaigns.platform.schedule.CallPurpose;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.ClosedDates;
import io.voxcampaigns.platform.schedule.WeeklyWindow;

/** The rules of a task's waiting_reason, and its OpenAPI enumeration kept equal to them. */
class WaitReasonTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** 08:00-20:00 every day in Seoul, skipping Korean holidays, with 10 February 2027 a blackout date. */
    private static final CallingHours HOURS = new CallingHours(List.of(WeeklyWindow.everyDay(480, 1200)), SEOUL, true,
            new ClosedDates(new TreeSet<>(List.of(LocalDate.of(2027, 2, 10))), new KoreanHolidays(List.of())));
    /** Thursday 11 February 2027, 10:00 in Seoul: open. */
    private static final Instant OPEN = at(2027, 2, 11, 10);

    @Test
    void theCampaignsCallingHoursNameTheRuleThatClosesThem() {
        assertThat(running(OPEN)).isNull();
        assertThat(running(at(2027, 2, 8, 10))).as("Seollal").isEqualTo(WaitReason.HOLIDAY);
        assertThat(running(at(2027, 2, 9, 10))).as("Seollal's substitute holiday").isEqualTo(WaitReason.HOLIDAY);
        assertThat(running(at(2027, 2, 10, 10))).isEqualTo(WaitReason.BLACKOUT_DATE);
        assertThat(running(at(2027, 2, 11, 21))).isEqualTo(WaitReason.CALL_TIME_WINDOW);
    }

    @Test
    void theCampaignsStatusComesBeforeItsHours() {
        Instant holiday = at(2027, 2, 8, 10);
        assertThat(WaitReason.ofCampaign(CampaignPhase.DRAFT, null, null, HOURS, holiday))
                .isEqualTo(WaitReason.SCHEDULED);
        assertThat(WaitReason.ofCampaign(CampaignPhase.PAUSED, Pauser.USER, PauseReason.USER, HOURS, holiday))
                .isEqualTo(WaitReason.CAMPAIGN_PAUSED);
        assertThat(WaitReason.ofCampaign(CampaignPhase.PAUSED, Pauser.SYSTEM, PauseReason.VOICE_RUNTIME_UNAVAILABLE,
                HOURS, OPEN)).isEqualTo(WaitReason.VOICE_RUNTIME_UNAVAILABLE);
        assertThat(WaitReason.ofCampaign(CampaignPhase.PAUSED, Pauser.SYSTEM, PauseReason.CALL_TIME_WINDOW, HOURS,
                holiday)).as("a window pause is explained by the hours now").isEqualTo(WaitReason.HOLIDAY);
        for (CampaignPhase finished : List.of(CampaignPhase.SUCCESS, CampaignPhase.FAIL, CampaignPhase.CANCELED)) {
            assertThat(WaitReason.ofCampaign(finished, null, null, HOURS, holiday)).isNull();
        }
    }

    @Test
    void onlyQueuedTasksWaitAndAnAttemptDueLaterWaitsForItsTime() {
        Instant later = OPEN.plusSeconds(600);
        assertThat(WaitReason.ofTask(null, TaskStatus.QUEUED, null, false, OPEN)).isNull();
        assertThat(WaitReason.ofTask(null, TaskStatus.QUEUED, OPEN, false, OPEN)).as("due now").isNull();
        assertThat(WaitReason.ofTask(null, TaskStatus.QUEUED, later, false, OPEN)).isEqualTo(WaitReason.NOT_DUE);
        assertThat(WaitReason.ofTask(WaitReason.HOLIDAY, TaskStatus.QUEUED, later, false, OPEN))
                .isEqualTo(WaitReason.HOLIDAY);
        for (TaskStatus other : List.of(TaskStatus.IN_PROGRESS, TaskStatus.COMPLETED, TaskStatus.FAILED,
                TaskStatus.CANCELED)) {
            assertThat(WaitReason.ofTask(WaitReason.HOLIDAY, other, later, false, OPEN)).isNull();
        }
    }

    @Test
    void legalHoursHoldTasksBackUnlessTheyMayBeCalledAtNight() {
        CallingHours debtCollection = HOURS.forPurpose(CallPurpose.DEBT_COLLECTION);
        // 21:30 on an ordinary Thursday: the window (08:00-20:00) is closed first; with 07:00-23:00 the law closes it.
        CallingHours late = new CallingHours(List.of(WeeklyWindow.everyDay(420, 1380)), SEOUL, true)
                .forPurpose(CallPurpose.ADVERTISING);
        Instant night = at(2027, 2, 11, 21).plusSeconds(1800);
        assertThat(WaitReason.ofCampaign(CampaignPhase.ONGOING, null, null, debtCollection, night))
                .isEqualTo(WaitReason.CALL_TIME_WINDOW);
        WaitReason held = WaitReason.ofCampaign(CampaignPhase.ONGOING, null, null, late, night);
        assertThat(held).isEqualTo(WaitReason.LEGAL_HOURS);
        assertThat(WaitReason.ofTask(held, TaskStatus.QUEUED, null, false, night)).isEqualTo(WaitReason.LEGAL_HOURS);
        assertThat(WaitReason.ofTask(held, TaskStatus.QUEUED, null, true, night)).as("night consent").isNull();
        assertThat(WaitReason.ofTask(WaitReason.CALL_TIME_WINDOW, TaskStatus.QUEUED, null, true, night))
                .as("night consent lifts only the legal hours").isEqualTo(WaitReason.CALL_TIME_WINDOW);
    }

    @Test
    void aSuppressedNumberComesFirstThenTheCampaignThenTheTasksOwnTimesThenAThrottle() {
        Instant later = OPEN.plusSeconds(600);
        Instant earlier = OPEN.minusSeconds(600);
        assertThat(task(WaitReason.HOLIDAY, WaitReason.PACING, true, later, later))
                .isEqualTo(WaitReason.SUPPRESSED);
        assertThat(task(WaitReason.HOLIDAY, WaitReason.PACING, false, later, later)).isEqualTo(WaitReason.HOLIDAY);
        assertThat(task(null, WaitReason.PACING, false, later, later)).isEqualTo(WaitReason.NOT_DUE);
        assertThat(task(null, WaitReason.PACING, false, null, later)).isEqualTo(WaitReason.FREQUENCY_CAP);
        assertThat(task(null, WaitReason.ORG_POOL_FULL, false, null, earlier)).as("a hold that passed")
                .isEqualTo(WaitReason.ORG_POOL_FULL);
        assertThat(task(null, null, false, null, earlier)).isNull();
        assertThat(WaitReason.ofTask(null, WaitReason.PACING, new WaitReason.TaskWait(TaskStatus.CANCELED, null,
                false, true, later), OPEN)).as("only queued tasks wait").isNull();
    }

    @Test
    void theStoredThrottleReasonsAreNamed() {
        assertThat(WaitReason.throttle("org_pool_full")).isEqualTo(WaitReason.ORG_POOL_FULL);
        assertThat(WaitReason.throttle("pacing")).isEqualTo(WaitReason.PACING);
        assertThat(WaitReason.throttle(null)).isNull();
    }

    @Test
    void theOpenApiEnumerationListsEveryReason() throws NoSuchFieldException {
        Schema schema = TaskResponse.class.getDeclaredField("waitingReason").getAnnotation(Schema.class);
        assertThat(schema).isNotNull();
        assertThat(Arrays.asList(schema.enumeration())).containsExactlyElementsOf(ApiValue.values(WaitReason.values()));
    }

    private static WaitReason task(WaitReason campaign, WaitReason throttle, boolean suppressed, Instant next,
                                   Instant heldUntil) {
        return WaitReason.ofTask(campaign, throttle, new WaitReason.TaskWait(TaskStatus.QUEUED, next, false,
                suppressed, heldUntil), OPEN);
    }

    private static WaitReason running(Instant now) {
        return WaitReason.ofCampaign(CampaignPhase.ONGOING, null, null, HOURS, now);
    }

    private static Instant at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, SEOUL).toInstant();
    }
}
