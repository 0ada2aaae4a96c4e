package io.voxcampaigns.dispatcher.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.voxcampaigns.events.common.CampaignFailureReason;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.WeeklyWindow;

/** Campaign snapshots for decision tests: a running campaign inside an 08:00-20:00 Seoul window unless changed. */
final class SnapshotBuilder {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    boolean settingsKnown = true;
    DispatchStatus status = DispatchStatus.ONGOING;
    PauseOrigin pausedBy;
    boolean resumeOnOpen;
    boolean openAnnounced;
    boolean started = true;
    Instant scheduledAt;
    CallingHours window = new CallingHours(List.of(WeeklyWindow.everyDay(480, 1200)), SEOUL, true);
    int concurrency = 5;
    int inProgress;
    int stored = 100;
    int terminal;
    int total = 100;
    boolean drained;
    AgentState agent = AgentState.KNOWN;
    Instant settingsAt = Instant.parse("2026-01-01T00:00:00Z");
    CampaignFailureReason failureReason;
    boolean failureAnnounced;
    SystemPause systemPause;
    Instant runtimeRefusedSince;
    boolean requeuesPending;
    StartPace pace;

    CampaignSnapshot build() {
        return new CampaignSnapshot(settingsKnown, status, pausedBy, resumeOnOpen, openAnnounced, started,
                scheduledAt, window, concurrency, inProgress, stored, terminal, total, drained, agent, settingsAt,
                failureReason, failureAnnounced, systemPause, runtimeRefusedSince, requeuesPending, pace);
    }
}
