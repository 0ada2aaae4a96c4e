package io.voxcampaigns.dispatcher.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.voxcampaigns.events.common.CallStatus;

/**
 * The dispatcher's side of the model: one campaign's queue, attempts and slots, changed only through
 * {@link AttemptLifecycle} (the rules under test) exactly as a dispatch round changes them, and the requests in
 * flight (at most one per attempt: the engine never re-sends before the answer came).
 */
final class ModelDispatcher {

    private static final Duration LEASE = Duration.ofSeconds(4);
    private static final Duration MARGIN = Duration.ofSeconds(2);

    /** One attempt: its task, its idempotency key, its state. */
    private static final class Slot {
        final int task;
        final UUID key = UUID.randomUUID();
        Attempt attempt;

        Slot(int task, Attempt attempt) {
            this.task = task;
            this.attempt = attempt;
        }
    }

    private final int tasks;
    private final int concurrency;
    private final ModelRuntime runtime;
    private final Deque<Integer> queue = new ArrayDeque<>();
    private final Map<UUID, Slot> attempts = new LinkedHashMap<>();
    /** Requests in flight: call id -> the fate chosen when it was sent. */
    private final Map<UUID, Integer> inFlight = new LinkedHashMap<>();
    private Instant now;
    private boolean mayPlace = true;

    ModelDispatcher(int tasks, int concurrency, int invalidTask, Instant start) {
        this.tasks = tasks;
        this.concurrency = concurrency;
        this.runtime = new ModelRuntime(invalidTask);
        this.now = start;
        for (int task = 0; task < tasks; task++) {
            queue.addLast(task);
        }
    }

    void run(ModelStep step) {
        switch (step.kind()) {
            case CLAIM -> claim();
            case GATE -> gate(step.pick(), step.fate());
            case ANSWER -> answer(step.pick());
            case RUNTIME_PROGRESS -> runtime.progress(step.pick(), step.fate(), step.pick() % 3 == 0);
            case WEBHOOK -> deliver(step.pick());
            case CRASH -> crash(step.pick());
            case TOGGLE_PLACE -> mayPlace = !mayPlace;
            case TOGGLE_RUNTIME -> runtime.toggleRefusing();
            case SWEEP -> sweep();
            case TICK -> now = now.plusMillis(step.pick() * 20L);
        }
    }

    private void claim() {
        if (mayPlace && !queue.isEmpty() && holdingSlots() < concurrency) {
            Slot slot = new Slot(queue.removeFirst(), Attempt.claimed(now));
            attempts.put(UUID.randomUUID(), slot);
        }
    }

    private void gate(int pick, int fate) {
        List<UUID> candidates = attempts.entrySet().stream()
                .filter(e -> e.getValue().attempt.phase().unsettled() && !inFlight.containsKey(e.getKey()))
                .map(Map.Entry::getKey).toList();
        if (candidates.isEmpty()) {
            return;
        }
        UUID callId = candidates.get(pick % candidates.size());
        Slot slot = attempts.get(callId);
        switch (AttemptLifecycle.gate(slot.attempt, mayPlace, now)) {
            case SEND -> {
                slot.attempt = slot.attempt.sending(now, now.plus(LEASE), now.plus(callDeadline()));
                inFlight.put(callId, fate);
            }
            case RELEASE -> {
                assertThat(runtime.call(slot.key)).as("a claim given back to the queue was at the runtime").isNull();
                attempts.remove(callId);
                queue.addFirst(slot.task);
            }
            case HOLD -> {
                // waits: not due, or the runtime may hold it while the campaign may not place
            }
        }
    }

    private static Duration callDeadline() {
        return AttemptLifecyclePropertyTest.POLICY.callDeadline();
    }

    private void answer(int pick) {
        if (inFlight.isEmpty()) {
            return;
        }
        UUID callId = List.copyOf(inFlight.keySet()).get(pick % inFlight.size());
        Slot slot = attempts.get(callId);
        PlacementAnswer answer = runtime.receive(slot.key, slot.task, inFlight.remove(callId));
        apply(callId, new AttemptUpdate.Answered(answer, now));
    }

    private void deliver(int pick) {
        ModelRuntime.Webhook webhook = runtime.nextWebhook(pick);
        if (webhook == null) {
            return;
        }
        UUID callId = callIdOf(webhook.key());
        assertThat(callId).as("a webhook for an attempt the dispatcher no longer has").isNotNull();
        apply(callId, webhook.ends()
                ? new AttemptUpdate.RuntimeEnded(webhook.runtimeId(), webhook.status(), webhook.reason(), now, 0)
                : new AttemptUpdate.RuntimeStarted(webhook.runtimeId(), now));
    }

    /** Requests in flight reach the runtime or not; their answers are lost; another replica adopts everything. */
    private void crash(int pick) {
        int i = 0;
        for (Map.Entry<UUID, Integer> request : inFlight.entrySet()) {
            Slot slot = attempts.get(request.getKey());
            runtime.receiveUnanswered(slot.key, slot.task, ((pick >> i++) & 1) == 1);
        }
        inFlight.clear();
        attempts.values().stream().filter(slot -> slot.attempt.phase().unsettled())
                .forEach(slot -> slot.attempt = slot.attempt.adopted(now));
    }

    private void sweep() {
        for (Map.Entry<UUID, Slot> entry : Map.copyOf(attempts).entrySet()) {
            Attempt attempt = entry.getValue().attempt;
            if (attempt.phase() != AttemptPhase.PLACED || attempt.deadlineAt().isAfter(now)) {
                continue;
            }
            ModelRuntime.Call call = runtime.call(entry.getValue().key);
            AttemptUpdate update = call == null ? new AttemptUpdate.RuntimeLost(now)
                    : call.live ? new AttemptUpdate.StillLive(now.plus(MARGIN), now)
                    : new AttemptUpdate.RuntimeEnded(call.id, call.outcome, call.reason, now, 0);
            apply(entry.getKey(), update);
        }
    }

    private void apply(UUID callId, AttemptUpdate update) {
        Slot slot = attempts.get(callId);
        Attempt before = slot.attempt;
        AttemptStep step = AttemptLifecycle.apply(callId, before, update, AttemptLifecyclePropertyTest.POLICY);
        slot.attempt = step.attempt();
        if (step.freesSlot()) {
            assertThat(before.phase()).isNotEqualTo(AttemptPhase.ENDED);
            assertThat(step.attempt().phase()).isEqualTo(AttemptPhase.ENDED);
        }
    }

    /** Faults stop: the runtime answers, the campaign may place, time runs until every task ended. */
    void drain() {
        mayPlace = true;
        runtime.stopRefusing();
        for (int round = 0; round < 10_000 && !allEnded(); round++) {
            now = now.plus(callDeadline());
            while (!inFlight.isEmpty()) {
                UUID callId = inFlight.keySet().iterator().next();
                inFlight.put(callId, 3);
                answer(0);
            }
            claim();
            for (int i = 0; i < attempts.size(); i++) {
                gate(i, 3);
            }
            runtime.endAll();
            while (runtime.owesWebhooks()) {
                deliver(0);
            }
            sweep();
            checkSafety();
        }
    }

    /** The invariants that hold after every step. */
    void checkSafety() {
        assertThat(holdingSlots()).as("attempts holding a slot").isLessThanOrEqualTo(concurrency);
        for (int task = 0; task < tasks; task++) {
            assertThat(runtime.dials(task)).as("recipient %d dialled by distinct attempts", task).isLessThanOrEqualTo(1);
        }
        for (Slot slot : attempts.values()) {
            if (slot.attempt.phase() != AttemptPhase.ENDED) {
                continue;
            }
            ModelRuntime.Call call = runtime.call(slot.key);
            assertThat(call != null || runtime.rejected(slot.key))
                    .as("attempt of task %d ended without ever reaching the runtime", slot.task).isTrue();
            if (call != null) {
                assertThat(call.live).as("slot of task %d freed while the runtime holds its call", slot.task)
                        .isFalse();
            }
        }
    }

    /** Every task ended once, with the outcome the runtime recorded for its call. */
    void checkEveryTaskEndedAsTheRuntimeRecorded() {
        assertThat(queue).as("tasks still queued").isEmpty();
        assertThat(allEnded()).as("every attempt ended").isTrue();
        assertThat(attempts.values().stream().map(slot -> slot.task).distinct().count()).isEqualTo(tasks);
        assertThat(runtime.holdsLive()).isFalse();
        long completed = 0;
        for (Slot slot : attempts.values()) {
            ModelRuntime.Call call = runtime.call(slot.key);
            if (call == null) {
                assertThat(slot.attempt.outcome()).isEqualTo(CallStatus.error);
                continue;
            }
            assertThat(slot.attempt.outcome()).as("outcome of task %d", slot.task).isEqualTo(call.outcome);
            assertThat(slot.attempt.reason()).isEqualTo(call.reason);
            completed += call.outcome == CallStatus.ended ? 1 : 0;
        }
        assertThat(completed).as("completed calls = the runtime's connected calls").isEqualTo(runtime.connected());
    }

    long endedAttempts() {
        return attempts.values().stream().filter(slot -> slot.attempt.phase() == AttemptPhase.ENDED).count();
    }

    private boolean allEnded() {
        return queue.isEmpty() && attempts.values().stream().allMatch(s -> s.attempt.phase() == AttemptPhase.ENDED);
    }

    private long holdingSlots() {
        return attempts.values().stream().filter(slot -> slot.attempt.phase() != AttemptPhase.ENDED).count();
    }

    private UUID callIdOf(UUID key) {
        return attempts.entrySet().stream().filter(e -> e.getValue().key.equals(key)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
