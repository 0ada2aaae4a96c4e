package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.platform.schedule.ContactCap;

/**
 * Takes a campaign's retries that came due and its next queued tasks, a few at a time, with FOR UPDATE SKIP LOCKED:
 * each gets its attempt number, attempt id and call row in the same statement, so only the claimed tasks are ever in
 * memory. A claim becomes an attempt the owner sends; the tasks of a canceled or failed campaign (those waiting for a
 * retry too) become canceled outcomes (never dialled).
 */
@ApplicationScoped
public class TaskClaims {

    // %s: which tasks, in which order (first attempts in seq order; retries once due, earliest first)
    private static final String NEXT = """
            with claimed as (
                select task_id from dispatch_task
                where campaign_id = $1 and %s
                limit $2
                for update skip locked),
            marked as (
                update dispatch_task t
                set state = 'claimed', attempt_id = gen_random_uuid(), call_id = gen_random_uuid(),
                    attempts = t.attempts + 1
                from claimed where t.task_id = claimed.task_id
                returning t.task_id, t.call_id, t.attempt_id, t.call_to, t.dynamic_variables, t.metadata_json,
                          t.presentation_number, t.seq, t.due_at, t.attempts, t.night_consent)
            """;
    private static final String QUEUED = "state = 'queued' order by seq";
    private static final String QUEUED_NIGHT_CONSENT = "state = 'queued' and night_consent order by seq";
    // A purpose's contact cap (%1$s the purpose, %2$d the period in seconds, %3$d the attempts allowed): the task's
    // number has had fewer attempts within the period from the organisation's campaigns of that purpose, a canceled
    // outcome (never dialled) not counted. The values come from code, never from a client.
    private static final String UNDER_CAP = """
            (select count(*) from call c join dispatch_campaign dc on dc.campaign_id = c.campaign_id
             where c.organization_id = $3 and c.to_number = dispatch_task.call_to and dc.purpose = '%1$s'
               and c.created_at > cast($8 as timestamptz) - make_interval(secs => %2$d)
               and c.status <> 'canceled') < %3$d""";
    // Serialises the capped claims of one organisation, so two campaigns never both see a number below its cap.
    private static final String CAP_LOCK = "select pg_advisory_xact_lock(hashtextextended($1, 0))";
    private static final String DUE_RETRIES = "state = 'retry' and due_at <= $8 order by due_at, seq";
    private static final String WAITING_RETRIES = "state = 'retry' order by due_at, seq";
    // Never claimed: a task whose number is suppressed (the claims' conditions get this before their order).
    private static final String NOT_SUPPRESSED = " and not " + Suppressions.SUPPRESSED + " ";
    // The suppressed tasks among the next $2 a claim would look at (first attempts in order, due retries): canceled,
    // so a campaign's queue moves past them and it can drain. Only the head is looked at, each round.
    private static final String SUPPRESSED_AT_HEAD = """
            task_id in ((select task_id from dispatch_task where campaign_id = $1 and state = 'queued'
                         order by seq limit $2)
                        union all
                        (select task_id from dispatch_task where campaign_id = $1 and state = 'retry'
                         and due_at <= $8 order by due_at, seq limit $2))
            """ + " and " + Suppressions.SUPPRESSED + " order by seq";
    private static final String CLAIM = """
            insert into call (id, organization_id, campaign_id, task_id, attempt_id, to_number, from_number,
                              presentation_number, agent_id, agent_version, metadata, dynamic_variables, status,
                              phase, owner, next_request_at, created_at, attempt, night_consent)
            select m.call_id, $3, $1, m.task_id, m.attempt_id, m.call_to, $4, coalesce(m.presentation_number, $5),
                   $6, $7, m.metadata_json, m.dynamic_variables, 'queued', 'claimed', $9, $8, $8, m.attempts,
                   m.night_consent
            from marked m order by m.due_at nulls last, m.seq
            returning\s""" + AttemptRow.COLUMNS;
    private static final String CANCEL = """
            insert into call (id, organization_id, campaign_id, task_id, attempt_id, to_number, from_number,
                              presentation_number, agent_id, agent_version, metadata, dynamic_variables, status,
                              phase, end_at, created_at, attempt)
            select m.call_id, $3, $1, m.task_id, m.attempt_id, m.call_to, $4, coalesce(m.presentation_number, $5),
                   $6, $7, m.metadata_json, m.dynamic_variables, 'canceled', 'ended', $8, $8, m.attempts
            from marked m order by m.seq
            returning id, task_id, attempt_id, attempt
            """;

    /** A queued task (or one waiting for a retry) turned into a canceled outcome before it was dialled. */
    public record CanceledTask(UUID callId, UUID taskId, UUID attemptId, int attempt) {
    }

    /**
     * Claims up to {@code max} tasks as attempts owned by {@code owner}, due now: retries that came due first
     * (earliest first), then queued tasks in order; each claim is the task's next attempt (a new call row, a new
     * attempt id). The caller takes their slots in the same transaction. When only night-consent tasks may start
     * ({@link CampaignRow#nightConsentOnly}), only they are claimed, and no retry.
     */
    public Uni<List<AttemptRow>> claim(SqlConnection connection, CampaignRow campaign, int max, Instant now,
                                       UUID owner) {
        if (campaign.nightConsentOnly(now)) {
            return claim(connection, QUEUED_NIGHT_CONSENT, campaign, max, now, owner);
        }
        if (campaign.contactCap() != null) {
            return claimCapped(connection, campaign, max, now, owner);
        }
        Uni<List<AttemptRow>> retries = campaign.mayHaveRetries()
                ? claim(connection, DUE_RETRIES, campaign, max, now, owner) : Uni.createFrom().item(List.of());
        return retries.chain(due -> due.size() >= max ? Uni.createFrom().item(due)
                : claim(connection, QUEUED, campaign, max - due.size(), now, owner).map(fresh -> {
                    List<AttemptRow> all = new ArrayList<>(due);
                    all.addAll(fresh);
                    return all;
                }));
    }

    /**
     * Claims under the campaign's contact cap: under the organisation's lock, one task at a time, so each count sees
     * the attempts claimed before it (two tasks of one number in a batch included). A task over the cap stays where it
     * is and is tried again at a later round.
     */
    private Uni<List<AttemptRow>> claimCapped(SqlConnection connection, CampaignRow campaign, int max, Instant now,
                                              UUID owner) {
        ContactCap cap = campaign.contactCap();
        String underCap = UNDER_CAP.formatted(campaign.purpose().value(), cap.period().toSeconds(),
                cap.maxContacts());
        String retries = "state = 'retry' and due_at <= $8 and " + underCap + " order by due_at, seq";
        String queued = "state = 'queued' and " + underCap + " order by seq";
        List<AttemptRow> claimed = new ArrayList<>();
        return connection.preparedQuery(CAP_LOCK).execute(Tuple.of("contact-cap:" + campaign.organizationId()))
                .chain(() -> campaign.mayHaveRetries() ? claimOneByOne(connection, retries, campaign, max, now, owner,
                        claimed) : Uni.createFrom().item(claimed))
                .chain(afterRetries -> claimOneByOne(connection, queued, campaign, max, now, owner, afterRetries));
    }

    private Uni<List<AttemptRow>> claimOneByOne(SqlConnection connection, String which, CampaignRow campaign, int max,
                                                Instant now, UUID owner, List<AttemptRow> claimed) {
        if (claimed.size() >= max) {
            return Uni.createFrom().item(claimed);
        }
        return claim(connection, which, campaign, 1, now, owner).chain(one -> {
            if (one.isEmpty()) {
                return Uni.createFrom().item(claimed);
            }
            claimed.addAll(one);
            return claimOneByOne(connection, which, campaign, max, now, owner, claimed);
        });
    }

    private Uni<List<AttemptRow>> claim(SqlConnection connection, String which, CampaignRow campaign, int max,
                                        Instant now, UUID owner) {
        return connection.preparedQuery(NEXT.formatted(notSuppressed(which)) + CLAIM)
                .execute(params(campaign, max, now).addValue(owner)).map(Attempts::rows);
    }

    /** The claim condition {@code which} ("condition order by ...") with suppressed numbers left out. */
    private static String notSuppressed(String which) {
        int order = which.lastIndexOf(" order by ");
        return which.substring(0, order) + NOT_SUPPRESSED + which.substring(order + 1);
    }

    /**
     * Turns the suppressed tasks among the next {@code max} a claim would look at into canceled calls (never
     * dialled), each as the task's next attempt.
     */
    public Uni<List<CanceledTask>> cancelSuppressed(SqlConnection connection, CampaignRow campaign, int max,
                                                    Instant now) {
        return cancel(connection, SUPPRESSED_AT_HEAD, campaign, max, now);
    }

    /**
     * Turns up to {@code max} queued tasks, and tasks waiting for a retry, into canceled calls (never dialled),
     * each as the task's next attempt.
     */
    public Uni<List<CanceledTask>> cancel(SqlConnection connection, CampaignRow campaign, int max, Instant now) {
        Uni<List<CanceledTask>> retries = cancel(connection, WAITING_RETRIES, campaign, max, now);
        return retries.chain(waiting -> waiting.size() >= max ? Uni.createFrom().item(waiting)
                : cancel(connection, QUEUED, campaign, max - waiting.size(), now).map(queued -> {
                    List<CanceledTask> all = new ArrayList<>(waiting);
                    all.addAll(queued);
                    return all;
                }));
    }

    private Uni<List<CanceledTask>> cancel(SqlConnection connection, String which, CampaignRow campaign, int max,
                                           Instant now) {
        return connection.preparedQuery(NEXT.formatted(which) + CANCEL).execute(params(campaign, max, now))
                .map(rows -> {
                    List<CanceledTask> canceled = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        canceled.add(new CanceledTask(row.getUUID("id"), row.getUUID("task_id"),
                                row.getUUID("attempt_id"), row.getInteger("attempt")));
                    }
                    return canceled;
                });
    }

    private static Tuple params(CampaignRow campaign, int max, Instant now) {
        return Tuple.tuple().addValue(campaign.campaignId()).addValue(max).addValue(campaign.organizationId())
                .addValue(campaign.fromNumber()).addValue(campaign.presentationNumber()).addValue(campaign.agentId())
                .addValue(campaign.agentVersion()).addValue(SqlTime.of(now));
    }
}
