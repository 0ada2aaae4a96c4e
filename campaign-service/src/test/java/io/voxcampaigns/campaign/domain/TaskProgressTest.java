package io.voxcampaigns.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.campaign.domain.TaskProgress.TaskChange;
import io.voxcampaigns.campaign.domain.TaskProgress.TaskState;

/** One task's life under call events in any order and any number of copies, and what it does to the counters. */
class TaskProgressTest {

    @Test
    void startedThenEndedCountsOneAttemptAndMovesTheCounters() {
        TaskChange started = TaskProgress.callStarted(first(TaskStatus.QUEUED, false), 1).orElseThrow();
        assertThat(started.to()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(started.attemptsAdded()).isEqualTo(1);
        assertThat(started.counters()).isEqualTo(new CallCounters(0, 0, 1));

        TaskChange ended = TaskProgress.callEnded(first(TaskStatus.IN_PROGRESS, true), 1, "ended", true, false)
                .orElseThrow();
        assertThat(ended.to()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(ended.attemptsAdded()).isZero();
        assertThat(ended.counters()).isEqualTo(new CallCounters(1, 0, -1));
    }

    @Test
    void everyCallStatusEndsInItsTaskStatus() {
        assertThat(TaskProgress.outcome("ended")).isEqualTo(TaskStatus.COMPLETED);
        assertThat(TaskProgress.outcome("not_connected")).isEqualTo(TaskStatus.FAILED);
        assertThat(TaskProgress.outcome("error")).isEqualTo(TaskStatus.FAILED);
        assertThat(TaskProgress.outcome("canceled")).isEqualTo(TaskStatus.CANCELED);
        assertThat(TaskProgress.outcome("unknown")).isEqualTo(TaskStatus.FAILED);
    }

    @Test
    void anEndBeforeItsStartIsFinalAndTheLateStartChangesNothing() {
        TaskChange ended = TaskProgress.callEnded(first(TaskStatus.QUEUED, false), 1, "not_connected", true, false)
                .orElseThrow();
        assertThat(ended.to()).isEqualTo(TaskStatus.FAILED);
        assertThat(ended.attemptsAdded()).isEqualTo(1);
        assertThat(ended.counters()).isEqualTo(new CallCounters(0, 1, 0));
        assertThat(TaskProgress.callStarted(first(TaskStatus.FAILED, true), 1)).isEmpty();
    }

    @Test
    void aTaskCanceledBeforeDiallingHasNoAttempt() {
        TaskChange canceled = TaskProgress.callEnded(first(TaskStatus.QUEUED, false), 1, "canceled", false, false)
                .orElseThrow();
        assertThat(canceled.to()).isEqualTo(TaskStatus.CANCELED);
        assertThat(canceled.attemptsAdded()).isZero();
        assertThat(canceled.counters()).isEqualTo(new CallCounters(0, 1, 0));
    }

    @Test
    void terminalTasksIgnoreEveryLaterEvent() {
        for (TaskStatus terminal : List.of(TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELED)) {
            assertThat(TaskProgress.callStarted(first(terminal, true), 1)).isEmpty();
            assertThat(TaskProgress.callEnded(first(terminal, true), 1, "ended", true, false)).isEmpty();
        }
        assertThat(TaskProgress.callStarted(first(TaskStatus.IN_PROGRESS, true), 1)).isEmpty();
    }

    /** Any order and any duplication of a task's two events gives one terminal state, one attempt, counters = row. */
    @Test
    void shuffledAndDuplicatedEventsAlwaysAgreeWithTheRow() {
        Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            String outcome = List.of("ended", "not_connected", "error").get(random.nextInt(3));
            List<String> events = new ArrayList<>();
            for (int copies = 1 + random.nextInt(3); copies > 0; copies--) {
                events.add("started");
                events.add("ended");
            }
            Collections.shuffle(events, random);
            TaskStatus status = TaskStatus.QUEUED;
            int attempts = 0;
            CallCounters counters = CallCounters.ZERO;
            for (String event : events) {
                boolean reported = status != TaskStatus.QUEUED;
                var change = event.equals("started") ? TaskProgress.callStarted(first(status, reported), 1)
                        : TaskProgress.callEnded(first(status, reported), 1, outcome, true, false);
                if (change.isPresent()) {
                    status = change.get().to();
                    attempts += change.get().attemptsAdded();
                    counters = counters.plus(change.get().counters());
                }
            }
            assertThat(status).isEqualTo(TaskProgress.outcome(outcome));
            assertThat(attempts).isEqualTo(1);
            assertThat(counters).isEqualTo(CallCounters.of(status));
        }
    }

    /** Issue #18 item 7: the campaign's cancel counted a queued task canceled before the dispatcher reported. */
    @Test
    void aTaskCanceledByTheCampaignStillTakesTheDispatchersReport() {
        TaskChange report = TaskProgress.callEnded(first(TaskStatus.CANCELED, false), 1, "canceled", false, false)
                .orElseThrow();
        assertThat(report.to()).isEqualTo(TaskStatus.CANCELED);
        assertThat(report.attemptsAdded()).isZero();
        assertThat(report.counters()).isEqualTo(CallCounters.ZERO);

        // the dispatcher had placed its call already: it is in progress after all, then counts as what it became
        TaskChange started = TaskProgress.callStarted(first(TaskStatus.CANCELED, false), 1).orElseThrow();
        assertThat(started.to()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(started.attemptsAdded()).isEqualTo(1);
        assertThat(started.counters()).isEqualTo(new CallCounters(0, -1, 1));
        TaskChange endedFirst = TaskProgress.callEnded(first(TaskStatus.CANCELED, false), 1, "ended", true, false)
                .orElseThrow();
        assertThat(endedFirst.to()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(endedFirst.attemptsAdded()).isEqualTo(1);
        assertThat(endedFirst.counters()).isEqualTo(new CallCounters(1, -1, 0));

        // once the dispatcher reported, it is final like any terminal task
        assertThat(TaskProgress.callStarted(first(TaskStatus.CANCELED, true), 1)).isEmpty();
        assertThat(TaskProgress.callEnded(first(TaskStatus.CANCELED, true), 1, "ended", true, false)).isEmpty();
    }

    @Test
    void countersOfManyTasksAreTheSumOfTheirRows() {
        CallCounters sum = CallCounters.ZERO;
        for (TaskStatus status : TaskStatus.values()) {
            sum = sum.plus(CallCounters.of(status, 3));
        }
        assertThat(sum).isEqualTo(new CallCounters(3, 6, 3));
    }

    /** A task before its first attempt's event: attempt 1 reported (and dialled) or nothing reported yet. */
    private static TaskState first(TaskStatus status, boolean reported) {
        return new TaskState(status, reported ? 1 : 0, reported);
    }
}
