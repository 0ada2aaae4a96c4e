package io.voxcampaigns.campaign.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.AttemptResult;
import io.voxcampaigns.campaign.domain.TaskProgress.TaskState;
import io.voxcampaigns.campaign.domain.TaskStatus;

/**
 * The call columns of tasks (status, attempts, latest call, next attempt, attempt outcomes, cancel reason, hold),
 * read and written for a whole batch of call.events in
 * one statement each, without an entity per task. Call inside the transaction that holds the tasks' campaigns
 * locked.
 */
@ApplicationScoped
public class TaskCallStates {

    private static final String SELECT = """
            select id, campaign_id, status, attempts, last_call_id, last_outcome, last_disconnection_reason,
                   next_attempt_at, attempt_outcomes, exhausted_cause, cancel_reason, held_reason, held_until
            from campaign_task where id = any(cast(:ids as uuid[]))
            """;

    private static final String UPDATE = """
            update campaign_task t
            set status = u.status, attempts = u.attempts, last_call_id = u.last_call_id,
                last_outcome = u.last_outcome, last_disconnection_reason = u.last_disconnection_reason,
                next_attempt_at = cast(u.next_attempt_at as timestamptz), attempt_outcomes = u.attempt_outcomes,
                exhausted_cause = u.exhausted_cause, cancel_reason = u.cancel_reason, held_reason = u.held_reason,
                held_until = cast(u.held_until as timestamptz), updated_at = :at
            from unnest(cast(:ids as uuid[]), cast(:statuses as text[]), cast(:attempts as int[]),
                        cast(:callIds as text[]), cast(:outcomes as text[]), cast(:reasons as text[]),
                        cast(:nextAttempts as text[]), cast(:attemptOutcomes as text[]), cast(:causes as text[]),
                        cast(:cancelReasons as text[]), cast(:heldReasons as text[]), cast(:heldUntils as text[]))
                as u(id, status, attempts, last_call_id, last_outcome, last_disconnection_reason, next_attempt_at,
                     attempt_outcomes, exhausted_cause, cancel_reason, held_reason, held_until)
            where t.id = u.id
            """;

    /** cancel_reason of a task canceled because its campaign was canceled or failed. */
    public static final String CAMPAIGN_ENDED = "campaign_ended";

    /** A task's call columns, changed in memory by the events of a batch and written back if changed. */
    public static final class TaskCallState {

        public final UUID id;
        public final UUID campaignId;
        public TaskStatus status;
        public int attempts;
        public String lastCallId;
        public String lastOutcome;
        public String lastDisconnectionReason;
        /** When the next attempt is due (a scheduled retry); null when none waits. */
        public Instant nextAttemptAt;
        /** Why the task got no further attempt (TaskExhausted's cause); null otherwise. */
        public String exhaustedCause;
        /** Why a canceled task was canceled (campaign_ended, suppressed); null otherwise. */
        public String cancelReason;
        /** Why the dispatcher passes over the queued task (TaskHeld), until heldUntil; null when it does not. */
        public String heldReason;
        public Instant heldUntil;
        private final List<AttemptResult> results;
        boolean changed;

        TaskCallState(Object[] row) {
            id = (UUID) row[0];
            campaignId = (UUID) row[1];
            status = TaskStatus.valueOf((String) row[2]);
            attempts = ((Number) row[3]).intValue();
            lastCallId = (String) row[4];
            lastOutcome = (String) row[5];
            lastDisconnectionReason = (String) row[6];
            nextAttemptAt = row[7] == null ? null : instant(row[7]);
            results = new ArrayList<>(AttemptResults.read((String) row[8]));
            exhaustedCause = (String) row[9];
            cancelReason = (String) row[10];
            heldReason = (String) row[11];
            heldUntil = row[12] == null ? null : instant(row[12]);
        }

        /** The task as far as its progress goes. */
        public TaskState state() {
            return new TaskState(status, attempts, lastCallId != null);
        }

        /** Adds how an attempt ended, once per attempt number. */
        public void recordResult(AttemptResult result) {
            if (results.stream().noneMatch(known -> known.attempt() == result.attempt())) {
                results.add(result);
                results.sort(Comparator.comparingInt(AttemptResult::attempt));
            }
        }

        /** How each attempt ended, oldest first. */
        public List<AttemptResult> results() {
            return List.copyOf(results);
        }

        /** Marks the task to be written back. */
        public void changed() {
            changed = true;
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof Instant at ? at : ((java.sql.Timestamp) value).toInstant();
    }

    /** The tasks with these ids, whatever their campaign; absent ids are left out. */
    public Uni<Map<UUID, TaskCallState>> read(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(SELECT, Object[].class)
                .setParameter("ids", ids.toArray(UUID[]::new))
                .getResultList()
                .map(rows -> {
                    Map<UUID, TaskCallState> tasks = new HashMap<>(rows.size() * 2);
                    rows.forEach(row -> {
                        TaskCallState task = new TaskCallState(row);
                        tasks.put(task.id, task);
                    });
                    return tasks;
                }));
    }

    /** Writes back the tasks marked changed, in one statement, dated {@code at}. */
    public Uni<Void> writeChanged(Collection<TaskCallState> tasks, Instant at) {
        List<TaskCallState> changed = tasks.stream().filter(task -> task.changed).toList();
        if (changed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int size = changed.size();
        UUID[] ids = new UUID[size];
        String[] statuses = new String[size];
        Integer[] attempts = new Integer[size];
        String[] callIds = new String[size];
        String[] outcomes = new String[size];
        String[] reasons = new String[size];
        String[] nextAttempts = new String[size];
        String[] results = new String[size];
        String[] causes = new String[size];
        String[] cancelReasons = new String[size];
        String[] heldReasons = new String[size];
        String[] heldUntils = new String[size];
        for (int i = 0; i < size; i++) {
            TaskCallState task = changed.get(i);
            ids[i] = task.id;
            statuses[i] = task.status.name();
            attempts[i] = task.attempts;
            callIds[i] = task.lastCallId;
            outcomes[i] = task.lastOutcome;
            reasons[i] = task.lastDisconnectionReason;
            nextAttempts[i] = task.nextAttemptAt == null ? null : task.nextAttemptAt.toString();
            results[i] = AttemptResults.write(task.results);
            causes[i] = task.exhaustedCause;
            cancelReasons[i] = task.cancelReason;
            heldReasons[i] = task.heldReason;
            heldUntils[i] = task.heldUntil == null ? null : task.heldUntil.toString();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(UPDATE)
                .setParameter("ids", ids)
                .setParameter("statuses", statuses)
                .setParameter("attempts", attempts)
                .setParameter("callIds", callIds)
                .setParameter("outcomes", outcomes)
                .setParameter("reasons", reasons)
                .setParameter("nextAttempts", nextAttempts)
                .setParameter("attemptOutcomes", results)
                .setParameter("causes", causes)
                .setParameter("cancelReasons", cancelReasons)
                .setParameter("heldReasons", heldReasons)
                .setParameter("heldUntils", heldUntils)
                .setParameter("at", at)
                .executeUpdate()
                .replaceWithVoid());
    }
}
