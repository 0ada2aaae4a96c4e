package io.voxcampaigns.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.campaign.domain.TaskProgress.TaskChange;
import io.voxcampaigns.campaign.domain.TaskProgress.TaskState;

/**
 * A task with several attempts (docs/dispatch.md "Retries") under call events delivered at least once: copies, and
 * replays of everything from an earlier offset. Seeded: each round draws how many attempts the task gets and how the
 * last one ends, then applies the dispatcher's events (CallStarted, CallEnded with retry_scheduled on all but the
 * last) with redelivery; the task must end as its last attempt did, count every attempt once, and the counters it
 * moved must equal what its final row contributes.
 */
class TaskAttemptsTest {

    private record Event(int attempt, boolean end, boolean last, String status) {
    }

    @Test
    void redeliveredEventsOfManyAttemptsGiveTheLastAttemptsOutcomeOnce() {
        Random random = new Random(15);
        for (int round = 0; round < 2_000; round++) {
            int attempts = 1 + random.nextInt(5);
            String last = List.of("ended", "not_connected", "error").get(random.nextInt(3));
            List<Event> sent = new ArrayList<>();
            for (int n = 1; n <= attempts; n++) {
                boolean isLast = n == attempts;
                sent.add(new Event(n, false, isLast, null));
                sent.add(new Event(n, true, isLast, isLast ? last : "not_connected"));
            }
            List<Event> delivered = redelivered(sent, random);

            TaskState task = new TaskState(TaskStatus.QUEUED, 0, false);
            CallCounters counters = CallCounters.ZERO;
            for (Event event : delivered) {
                Optional<TaskChange> change = event.end()
                        ? TaskProgress.callEnded(task, event.attempt(), event.status(), true, !event.last())
                        : TaskProgress.callStarted(task, event.attempt());
                if (change.isPresent()) {
                    counters = counters.plus(change.get().counters());
                    task = new TaskState(change.get().to(), task.attempts() + change.get().attemptsAdded(), true);
                }
            }
            assertThat(task.status()).as("round %d: %s", round, delivered).isEqualTo(TaskProgress.outcome(last));
            assertThat(task.attempts()).as("round %d", round).isEqualTo(attempts);
            assertThat(counters).as("round %d", round).isEqualTo(CallCounters.of(task.status()));
        }
    }

    @Test
    void aRetriedAttemptQueuesTheTaskAgainWithoutCountingAFailure() {
        TaskState inProgress = new TaskState(TaskStatus.IN_PROGRESS, 1, true);
        TaskChange retried = TaskProgress.callEnded(inProgress, 1, "not_connected", true, true).orElseThrow();
        assertThat(retried.to()).isEqualTo(TaskStatus.QUEUED);
        assertThat(retried.counters()).isEqualTo(new CallCounters(0, 0, -1));

        TaskState queued = new TaskState(TaskStatus.QUEUED, 1, true);
        assertThat(TaskProgress.callStarted(queued, 1)).as("the retried attempt's late start").isEmpty();
        assertThat(TaskProgress.callEnded(queued, 1, "not_connected", true, true)).as("a copy").isEmpty();
        TaskChange second = TaskProgress.callStarted(queued, 2).orElseThrow();
        assertThat(second.attemptsAdded()).isEqualTo(1);
        assertThat(second.counters()).isEqualTo(new CallCounters(0, 0, 1));
    }

    @Test
    void exhaustionFailsAWaitingTaskOnceAndNeverAFinishedOne() {
        TaskChange expired = TaskProgress.exhausted(new TaskState(TaskStatus.QUEUED, 2, true)).orElseThrow();
        assertThat(expired.to()).isEqualTo(TaskStatus.FAILED);
        assertThat(expired.counters()).isEqualTo(new CallCounters(0, 1, 0));
        for (TaskStatus done : List.of(TaskStatus.COMPLETED, TaskStatus.FAILED, TaskStatus.CANCELED)) {
            assertThat(TaskProgress.exhausted(new TaskState(done, 2, true))).isEmpty();
        }
    }

    @Test
    void aTaskQueuedAgainLeavesItsCounterAndTakesItsNextAttemptOnly() {
        TaskChange completed = TaskProgress.requeued(new TaskState(TaskStatus.COMPLETED, 1, true), 2).orElseThrow();
        assertThat(completed.to()).isEqualTo(TaskStatus.QUEUED);
        assertThat(completed.counters()).isEqualTo(new CallCounters(-1, 0, 0));
        TaskChange failed = TaskProgress.requeued(new TaskState(TaskStatus.FAILED, 3, true), 4).orElseThrow();
        assertThat(failed.counters()).isEqualTo(new CallCounters(0, -1, 0));
        TaskChange neverDialled = TaskProgress.requeued(new TaskState(TaskStatus.FAILED, 0, false), 1).orElseThrow();
        assertThat(neverDialled.to()).isEqualTo(TaskStatus.QUEUED);
        assertThat(TaskProgress.requeued(new TaskState(TaskStatus.QUEUED, 1, true), 2).orElseThrow().counters())
                .as("a waiting task only gets a new due time").isEqualTo(new CallCounters(0, 0, 0));

        TaskState queued = new TaskState(TaskStatus.QUEUED, 1, true);
        assertThat(TaskProgress.callEnded(queued, 1, "ended", true, false)).as("the earlier attempt's copy").isEmpty();
        assertThat(TaskProgress.callStarted(queued, 2)).isPresent();
        assertThat(TaskProgress.requeued(new TaskState(TaskStatus.QUEUED, 2, true), 2))
                .as("the attempt it was queued for has started").isEmpty();
        assertThat(TaskProgress.requeued(new TaskState(TaskStatus.IN_PROGRESS, 1, true), 2)).isEmpty();
        assertThat(TaskProgress.requeued(new TaskState(TaskStatus.CANCELED, 1, true), 2)).isEmpty();
    }

    @Test
    void theCampaignsCancelStillTakesALaterAttemptTheDispatcherHadPlaced() {
        TaskState canceled = new TaskState(TaskStatus.CANCELED, 1, true);
        assertThat(TaskProgress.callEnded(canceled, 1, "not_connected", true, false)).isEmpty();
        TaskChange placed = TaskProgress.callStarted(canceled, 2).orElseThrow();
        assertThat(placed.to()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(placed.counters()).isEqualTo(new CallCounters(0, -1, 1));
        assertThat(TaskProgress.callEnded(canceled, 2, "not_connected", true, true).orElseThrow().to())
                .as("a retry the dispatcher scheduled before it learned of the cancel").isEqualTo(TaskStatus.CANCELED);
    }

    /** Every event at least once, in order, with copies and replays from an earlier position. */
    private static List<Event> redelivered(List<Event> sent, Random random) {
        List<Event> delivered = new ArrayList<>();
        int i = 0;
        while (i < sent.size()) {
            delivered.add(sent.get(i));
            if (random.nextInt(4) == 0) {
                delivered.add(sent.get(i));
            }
            if (random.nextInt(6) == 0) {
                i = random.nextInt(i + 1);
            } else {
                i++;
            }
        }
        return delivered;
    }
}
