package io.voxcampaigns.campaign.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.campaign.config.SuppressionsConfig;
import io.voxcampaigns.campaign.domain.SuppressionCsv;
import io.voxcampaigns.campaign.domain.SuppressionRules;
import io.voxcampaigns.campaign.events.SuppressionEvents;
import io.voxcampaigns.campaign.persistence.SuppressionRepository;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ErrorCode;
import io.voxcampaigns.platform.error.FieldError;
import io.voxcampaigns.platform.outbox.OutboxWriter;

/**
 * Imports a CSV of numbers into the organisation's suppression list in ONE transaction under the organisation's
 * lock, reading the rows a chunk at a time from a blocking source (on a worker thread) and storing each chunk with
 * one statement, so the body is never held whole. New numbers (and expired rows) are added, numbers in force are
 * duplicates, so an import sent again adds nothing. An invalid row makes it a 400 naming {@code body} and storing
 * nothing, unless invalid rows are skipped. Every SuppressionsChanged (at most 1,000 numbers each) goes to the
 * outbox in the same transaction.
 */
@ApplicationScoped
public class SuppressionImport {

    /** Rows stored per statement. */
    static final int CHUNK = 5_000;
    /** Invalid line numbers listed in the answer (all are counted). */
    public static final int MAX_LISTED_LINES = 1_000;
    /** The field an invalid row's 400 names. */
    public static final String BODY = "body";
    private static final int MAX_REPORTED_ERRORS = 100;

    private final SuppressionRepository rows;
    private final OutboxWriter outbox;
    private final SuppressionsConfig config;
    private final Clock clock;
    private final AuditTrail audit;

    SuppressionImport(SuppressionRepository rows, OutboxWriter outbox, SuppressionsConfig config, Clock clock,
                      AuditTrail audit) {
        this.audit = audit;
        this.rows = rows;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** The largest import body, in bytes (vox.suppressions.import-max-body-bytes). */
    public long maxBodyBytes() {
        return config.importMaxBodyBytes();
    }

    /** One line of the import, numbered from 1, parsed. */
    public record Line(long number, SuppressionCsv.Row row) {
    }

    /** Where the lines come from: a blocking reader of the request body. */
    public interface Lines {

        /** Up to {@code max} more lines (blank lines and the header left out); empty at the end. May block. */
        List<Line> next(int max);
    }

    /** What the import did: numbers added, already suppressed (or repeated in the file), invalid lines. */
    public record Summary(long added, long duplicates, long invalid, List<Long> invalidLines) {
    }

    /** The running totals of one import. */
    private static final class Totals {
        long added;
        long duplicates;
        long invalid;
        final List<Long> invalidLines = new ArrayList<>();
        final List<FieldError> errors = new ArrayList<>();

        Summary summary() {
            return new Summary(added, duplicates, invalid, List.copyOf(invalidLines));
        }
    }

    /**
     * Imports the lines for the organisation, each number suppressed until {@code expiresAt} (null: never). Call on
     * a Vert.x context; the lines are read on a worker thread.
     */
    public Uni<Summary> run(String organizationId, Lines lines, Instant expiresAt, boolean skipInvalid) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Totals totals = new Totals();
        return Panache.withTransaction(() -> {
            Context context = Vertx.currentContext();
            Executor onContext = task -> context.runOnContext(ignored -> task.run());
            return rows.lockOrganization(organizationId)
                    .chain(() -> chunks(organizationId, lines, onContext, totals, expiresAt, skipInvalid, now))
                    .call(() -> audit.record("import", null, List.of()))
                    .map(ignored -> {
                        if (!skipInvalid && totals.invalid > 0) {
                            throw invalid(totals);
                        }
                        return totals.summary();
                    });
        });
    }

    private Uni<Void> chunks(String organizationId, Lines lines, Executor onContext, Totals totals,
                             Instant expiresAt, boolean skipInvalid, Instant now) {
        return Uni.createFrom().item(() -> lines.next(CHUNK))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(onContext)
                .chain(chunk -> {
                    if (chunk.isEmpty()) {
                        return Uni.createFrom().voidItem();
                    }
                    return store(organizationId, chunk, totals, expiresAt, skipInvalid, now)
                            .chain(() -> chunks(organizationId, lines, onContext, totals, expiresAt, skipInvalid,
                                    now));
                });
    }

    private Uni<Void> store(String organizationId, List<Line> chunk, Totals totals, Instant expiresAt,
                            boolean skipInvalid, Instant now) {
        Map<String, String> fresh = new LinkedHashMap<>();
        for (Line line : chunk) {
            SuppressionCsv.Row row = line.row();
            if (!row.valid()) {
                totals.invalid++;
                if (totals.invalidLines.size() < MAX_LISTED_LINES) {
                    totals.invalidLines.add(line.number());
                }
                if (totals.errors.size() < MAX_REPORTED_ERRORS) {
                    totals.errors.add(new FieldError(BODY, "line " + line.number() + ": " + row.problem()));
                }
            } else if (fresh.containsKey(row.number())) {
                totals.duplicates++;
            } else {
                fresh.put(row.number(), row.reason());
            }
        }
        if (fresh.isEmpty() || !skipInvalid && totals.invalid > 0) {
            // Nothing will be kept once a row is invalid: the rest is only read for its invalid lines.
            return Uni.createFrom().voidItem();
        }
        return rows.insertChunk(organizationId, List.copyOf(fresh.keySet()), new ArrayList<>(fresh.values()),
                        SuppressionRules.SOURCE_IMPORT, expiresAt, now)
                .chain(added -> {
                    totals.added += added.size();
                    totals.duplicates += fresh.size() - added.size();
                    return outbox.appendAll(SuppressionEvents.added(organizationId, added, expiresAt, now));
                });
    }

    private static ApiException invalid(Totals totals) {
        ApiException listed = ApiException.validation(totals.errors, (int) Math.min(Integer.MAX_VALUE, totals.invalid));
        Map<String, Object> details = new LinkedHashMap<>(listed.details());
        details.put("invalid", totals.invalid);
        details.put("invalid_lines", totals.invalidLines);
        return new ApiException(ErrorCode.VALIDATION_ERROR, totals.invalid + " invalid line(s); nothing was imported "
                + "(skip_invalid=true imports the valid ones); see details.invalid_lines", details);
    }
}
