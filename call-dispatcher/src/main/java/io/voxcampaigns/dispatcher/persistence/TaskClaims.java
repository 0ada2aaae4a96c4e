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
    // A number's attempts within a cap's period from the organisation's campaigns (%1$d the period in seconds, %2$s
    // a purpose filter or nothing), a canceled outcome (never dialled) not counted; %3$s the organisation's and %4$s
    // the current time's parameter. The values come from code, never from a client.
    private static final String COUNTED = """
            from call c join dispatch_campaign dc on dc.campaign_id = c.campaign_id
             where c.organization_id = %3$s and c.to_number = dispatch_task.call_to %2$s
               and c.created_at > cast(%4$s as timestamptz) - make_interval(secs => %1$d)
               and c.status <> 'canceled'""";
    // The tasks at the head of the queue ($2 of them, not held already) over a cap, held until the latest instant one
    // of their number's counted attempts leaves its period (%s: the caps' instants; null under a cap).
    private static final String HOLD = """
            with head as (
                select task_id, greatest(%s) as until from dispatch_task
                where campaign_id = $1 and state = 'queued' and (held_until is null or held_until <= $4)
                order by seq limit $2)
            update dispatch_task t set held_until = h.until from head h
            where t.task_id = h.task_id and h.until is not null
            returning t.task_id, h.until
            """;
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

    /** A task passed over until {@code until}: its number reached a contact cap. */
    public record HeldTask(UUID taskId, Instant until) {
    }

    /** The attempts a claim took, and the tasks at the head of the queue it passed over for a contact cap. */
    public record Claimed(List<AttemptRow> attempts, List<HeldTask> held) {
    }

    /**
     * Claims up to {@code max} tasks as attempts owned by {@code owner}, due now: retries that came due first
     * (earliest first), then queued tasks in order; each claim is the task's next attempt (a new call row, a new
     * attempt id). The caller takes their slots in the same transaction. When only night-consent tasks may start
     * ({@link CampaignRow#nightConsentOnly}), only they are claimed, and no retry. Under a contact cap (the campaign
     * purpose's, the organisation's {@code frequencyCap}; null: none) a task over it is passed over.
     */
    public Uni<Claimed> claim(SqlConnection connection, CampaignRow campaign, int max, Instant now, UUID owner,
                              ContactCap frequencyCap) {
        boolean nightConsentOnly = campaign.nightConsentOnly(now);
        String queued = nightConsentOnly ? QUEUED_NIGHT_CONSENT : QUEUED;
        boolean retriesToo = !nightConsentOnly && campaign.mayHaveRetries();
        List<Cap> caps = caps(campaign, frequencyCap);
        if (!caps.isEmpty()) {
            return claimCapped(connection, campaign, max, now, owner, queued, retriesToo, caps);
        }
        Uni<List<AttemptRow>> retries = retriesToo
                ? claim(connection, DUE_RETRIES, campaign, max, now, owner) : Uni.createFrom().item(List.of());
        return retries.chain(due -> due.size() >= max ? Uni.createFrom().item(due)
                : claim(connection, queued, campaign, max - due.size(), now, owner).map(fresh -> {
                    List<AttemptRow> all = new ArrayList<>(due);
                    all.addAll(fresh);
                    return all;
                })).map(attempts -> new Claimed(attempts, List.of()));
    }

    /** A contact cap on a campaign's claims, counted over the organisation's campaigns of a purpose, or all. */
    private record Cap(ContactCap cap, String purposeFilter) {

        /** The task's number is under the cap. */
        String under(String organization, String now) {
            return "(select count(*) " + COUNTED.formatted(cap.period().toSeconds(), purposeFilter, organization, now)
                    + ") < " + cap.maxContacts();
        }

        /** When the task's number is under the cap again; null when it is now. */
        String until(String organization, String now) {
            return "(select c.created_at + make_interval(secs => " + cap.period().toSeconds() + ") "
                    + COUNTED.formatted(cap.period().toSeconds(), purposeFilter, organization, now)
                    + " order by c.created_at desc offset " + (cap.maxContacts() - 1) + " limit 1)";
        }
    }

    /** The contact caps on the campaign's claims: its purpose's, the organisation's (none: no cap). */
    private static List<Cap> caps(CampaignRow campaign, ContactCap frequencyCap) {
        List<Cap> caps = new ArrayList<>(2);
        ContactCap purposeCap = campaign.contactCap();
        if (purposeCap != null) {
            caps.add(new Cap(purposeCap, "and dc.purpose = '" + campaign.purpose().value() + "'"));
        }
        if (frequencyCap != null) {
            caps.add(new Cap(frequencyCap, ""));
        }
        return caps;
    }

    /**
     * Claims under contact caps: under the organisation's lock, one task at a time, so each count sees the attempts
     * claimed before it (two tasks of one number in a batch included). A task over a cap stays where it is, marked
     * held until its number is under every cap again (TaskHeld) when it is at the head of the queue; the claims pass
     * over it until then.
     */
    private Uni<Claimed> claimCapped(SqlConnection connection, CampaignRow campaign, int max, Instant now,
                                     UUID owner, String queuedOrder, boolean retriesToo, List<Cap> caps) {
        String underCaps = " and (held_until is null or held_until <= $8) and "
                + String.join(" and ", caps.stream().map(cap -> cap.under("$3", "$8")).toList());
        String retries = DUE_RETRIES.replace(" order by ", underCaps + " order by ");
        String queued = queuedOrder.replace(" order by ", underCaps + " order by ");
        List<AttemptRow> claimed = new ArrayList<>();
        return connection.preparedQuery(CAP_LOCK).execute(Tuple.of("contact-cap:" + campaign.organizationId()))
                .chain(() -> retriesToo ? claimOneByOne(connection, retries, campaign, max, now, owner,
                        claimed) : Uni.createFrom().item(claimed))
                .chain(afterRetries -> claimOneByOne(connection, queued, campaign, max, now, owner, afterRetries))
                .chain(attempts -> attempts.size() >= max ? Uni.createFrom().item(new Claimed(attempts, List.of()))
                        : hold(connection, campaign, max - attempts.size(), now, caps)
                                .map(held -> new Claimed(attempts, held)));
    }

    /**
     * Marks the tasks at the head of the queue (up to {@code max}, not held already) that are over a cap, held until
     * the latest instant one of their number's counted attempts leaves its period.
     */
    private Uni<List<HeldTask>> hold(SqlConnection connection, CampaignRow campaign, int max, Instant now,
                                     List<Cap> caps) {
        String untils = String.join(", ", caps.stream().map(cap -> cap.until("$3", "$4")).toList());
        return connection.preparedQuery(HOLD.formatted(untils))
                .execute(Tuple.of(campaign.campaignId(), max, campaign.organizationId(), SqlTime.of(now)))
                .map(rows -> {
                    List<HeldTask> held = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        held.add(new HeldTask(row.getUUID("task_id"),
                                SqlTime.instant(row.getOffsetDateTime("until"))));
                    }
                    return held;
                });
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
