package io.voxcampaigns.platform.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.events.common.DisconnectionReason;
import io.voxcampaigns.platform.schedule.CallingHours;

/**
 * Random campaigns run through the scheduler: each task answers with its own random script of outcomes, each attempt
 * lasts a random time and starts when the scheduler says. After every attempt: it started inside the window, not
 * past the deadline, no sooner than the asked wait after the previous one, and no task had more than max_attempts.
 * After the run: the counters (completed, failed as exhausted or expired) add up to the tasks and equal what the
 * attempt logs say, and without a deadline each task had exactly the attempts its script earns.
 */
class RetryCampaignModelTest {

    private static final long SEED = 4_151_204L;
    private static final int CAMPAIGNS = 150;
    private static final int MAX_TASKS = 60;

    @Test
    void countersEqualTheTaskOutcomesAndNoAttemptBreaksARule() {
        Counters all = new Counters();
        int retries = 0;
        for (int c = 0; c < CAMPAIGNS; c++) {
            RandomCases random = new RandomCases(SEED + c);
            RandomCases.Setting setting = random.setting();
            CallingHours hours = setting.hours();
            Instant launch = setting.clock();
            RetryPolicy policy = setting.policy();
            VoicemailAction voicemail = setting.voicemail();
            RetryScheduler scheduler = setting.scheduler();
            String campaign = setting.toString();

            Counters counters = new Counters();
            int tasks = random.between(1, MAX_TASKS);
            for (int t = 0; t < tasks; t++) {
                List<AttemptOutcome> script = script(random);
                TaskRun run = run(scheduler, policy, hours, random.taskId(), launch, script, random, campaign);
                counters.count(run.last());
                all.count(run.last());
                retries += Math.max(0, run.attempts().size() - 1);
                assertThat(run.attempts()).as("%s, task %d", campaign, t).hasSizeLessThanOrEqualTo(
                        policy.maxAttempts());
                boolean connected = run.attempts().stream().anyMatch(AttemptOutcome::connected);
                assertThat(run.last() instanceof RetryDecision.Completed).as("%s, task %d", campaign, t)
                        .isEqualTo(connected);
                if (policy.deadline() == null) {
                    assertThat(run.attempts()).as("%s, task %d: %s", campaign, t, script)
                            .hasSize(attemptsEarned(script, policy, voicemail));
                } else if (run.attempts().size() < attemptsEarned(script, policy, voicemail)) {
                    assertThat(run.last()).as("%s, task %d", campaign, t).isInstanceOf(RetryDecision.Expired.class);
                }
                counters.countLog(connected);
            }
            assertThat(counters.completed + counters.exhausted + counters.expired).as(campaign).isEqualTo(tasks);
            assertThat(counters.completed).as(campaign).isEqualTo(counters.connectedLogs);
        }
        // The campaigns reach every ending, with many retries on the way.
        assertThat(all.completed).isGreaterThan(CAMPAIGNS);
        assertThat(all.exhausted).isGreaterThan(CAMPAIGNS);
        assertThat(all.expired).isGreaterThan(CAMPAIGNS / 2);
        assertThat(retries).isGreaterThan(CAMPAIGNS * 10);
    }

    /** One task from its first attempt to its final decision, checking each attempt's start. */
    private static TaskRun run(RetryScheduler scheduler, RetryPolicy policy, CallingHours hours, UUID task,
            Instant launch, List<AttemptOutcome> script, RandomCases random, String campaign) {
        List<AttemptOutcome> attempts = new ArrayList<>();
        Optional<Instant> first = scheduler.startAt(launch);
        if (first.isEmpty()) {
            return new TaskRun(attempts, new RetryDecision.Expired(launch));
        }
        Instant start = first.get();
        Instant previousEnd = null;
        for (int attempt = 1; ; attempt++) {
            String context = campaign + ", task " + task + ", attempt " + attempt + " at " + start;
            assertThat(hours.isOpen(start)).as(context).isTrue();
            assertThat(policy.allowsStartAt(start)).as(context).isTrue();
            assertThat(attempt).as(context).isLessThanOrEqualTo(policy.maxAttempts());
            if (previousEnd != null) {
                assertThat(start).as(context).isAfterOrEqualTo(previousEnd.plus(policy.spacing()
                        .askedAfter(attempt - 1)));
            }
            AttemptOutcome outcome = script.get(attempt - 1);
            attempts.add(outcome);
            Instant end = start.plusSeconds(random.between(5, 900));
            RetryDecision decision = scheduler.afterAttempt(task, attempt, outcome, end);
            if (!(decision instanceof RetryDecision.RetryAt retry)) {
                return new TaskRun(attempts, decision);
            }
            assertThat(retry.attempt()).as(context).isEqualTo(attempt + 1);
            previousEnd = end;
            start = retry.at();
        }
    }

    /**
     * How many attempts a script earns, time aside: up to the first that connects or is not retried, at most
     * max_attempts.
     */
    private static int attemptsEarned(List<AttemptOutcome> script, RetryPolicy policy, VoicemailAction voicemail) {
        for (int i = 0; i < policy.maxAttempts(); i++) {
            AttemptOutcome outcome = script.get(i);
            Optional<DisconnectionReason> asked = voicemail.retriedAs(outcome.reason());
            if (outcome.connected() || asked.isEmpty() || !policy.retryOn().contains(asked.get())) {
                return i + 1;
            }
        }
        return policy.maxAttempts();
    }

    /** A script long enough for every attempt: mostly unanswered calls, so retries happen. */
    private static List<AttemptOutcome> script(RandomCases random) {
        List<AttemptOutcome> script = new ArrayList<>();
        for (int i = 0; i < RetryPolicy.MAX_ATTEMPTS; i++) {
            script.add(random.chance(60) ? AttemptOutcome.notConnected(random.oneOf(List.of(
                    DisconnectionReason.dial_no_answer, DisconnectionReason.dial_busy,
                    DisconnectionReason.voicemail_reached))) : random.outcome());
        }
        return script;
    }

    private record TaskRun(List<AttemptOutcome> attempts, RetryDecision last) {
    }

    private static final class Counters {
        int completed;
        int exhausted;
        int expired;
        int connectedLogs;

        void count(RetryDecision last) {
            if (last instanceof RetryDecision.Completed) {
                completed++;
            } else if (last instanceof RetryDecision.Exhausted) {
                exhausted++;
            } else if (last instanceof RetryDecision.Expired) {
                expired++;
            } else {
                throw new AssertionError("a task ended with a retry due: " + last);
            }
        }

        void countLog(boolean connected) {
            if (connected) {
                connectedLogs++;
            }
        }
    }
}
