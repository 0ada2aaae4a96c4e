package io.voxcampaigns.campaign.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.campaign.domain.CampaignStatusMachine;
import io.voxcampaigns.campaign.domain.NewCampaign;
import io.voxcampaigns.campaign.events.CampaignEvents;
import io.voxcampaigns.campaign.persistence.CallingHoursColumn;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.persistence.SuppressionRepository;
import io.voxcampaigns.campaign.persistence.TaskInserter;
import io.voxcampaigns.events.task.TaskBatch;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.outbox.OutboxWriter;
import io.voxcampaigns.platform.retry.PolicyJson;

/**
 * Creates a campaign: every rule checked first (one 400 naming every problem), then the campaign, its tasks and
 * its events (CampaignCreated, then the TaskBatch records) written in one transaction, or nothing at all.
 */
@ApplicationScoped
public class CampaignCreation {

    private final NumberCheck numberCheck;
    private final AgentCheck agentCheck;
    private final TaskInserter tasks;
    private final OutboxWriter outbox;
    private final CallingHoursColumn windows;
    private final CampaignTransitions transitions;
    private final SuppressionRepository suppressions;
    private final AuditTrail audit;

    CampaignCreation(NumberCheck numberCheck, AgentCheck agentCheck, TaskInserter tasks, OutboxWriter outbox,
                     CallingHoursColumn windows, CampaignTransitions transitions, SuppressionRepository suppressions,
                     AuditTrail audit) {
        this.audit = audit;
        this.numberCheck = numberCheck;
        this.agentCheck = agentCheck;
        this.tasks = tasks;
        this.outbox = outbox;
        this.windows = windows;
        this.transitions = transitions;
        this.suppressions = suppressions;
    }

    /** The created campaign and how many of its tasks have a number suppressed now. */
    public record Created(Campaign campaign, long suppressedTasks) {
    }

    /**
     * Creates the campaign the request rules let through; {@code errors} holds their problems so far (the invalid
     * parts are left out of {@code request}), to which the database checks add theirs before one 400 names them all.
     * The checks read in a session; the writes get their own transaction.
     */
    @WithSession
    public Uni<Created> create(String organizationId, NewCampaign request, ValidationErrors errors,
                                String authorization) {
        return numberCheck.check(organizationId, request, errors)
                .chain(() -> resolveAgent(organizationId, request, authorization, errors))
                .chain(resolved -> {
                    errors.throwIfAny();
                    Campaign campaign = campaign(organizationId, request, resolved);
                    return Panache.withTransaction(() -> store(campaign, request));
                });
    }

    private Uni<String> resolveAgent(String organizationId, NewCampaign request, String authorization,
                                     ValidationErrors errors) {
        if (request.agentId() == null || request.agentVersion() == null) {
            return Uni.createFrom().nullItem();
        }
        return agentCheck.resolve(organizationId, request.agentId(), request.agentVersion(), authorization, errors);
    }

    private Uni<Created> store(Campaign campaign, NewCampaign request) {
        return campaign.persist()
                .chain(() -> Panache.getSession().chain(session -> session.flush()))
                .chain(() -> tasks.insert(campaign.id, campaign.organizationId, campaign.createdAt, request.tasks()))
                .chain(() -> outbox.append(CampaignEvents.created(campaign, windows.read(campaign.callTimeWindow))))
                .chain(() -> {
                    List<TaskBatch> batches = CampaignEvents.batches(campaign, request.tasks(), campaign.createdAt);
                    campaign.taskBatches = batches.size();
                    return outbox.appendAll(batches);
                })
                .chain(() -> audit.record("create", campaign.id.toString()))
                .chain(() -> suppressions.countSuppressedQueued(campaign.id, campaign.createdAt))
                .map(suppressed -> new Created(campaign, suppressed));
    }

    private Campaign campaign(String organizationId, NewCampaign request, String resolvedVersion) {
        Instant now = transitions.now();
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.organizationId = organizationId;
        campaign.name = request.name();
        boolean scheduledInFuture = request.scheduledAt() != null && request.scheduledAt().isAfter(now);
        campaign.status = CampaignStatusMachine.initial(scheduledInFuture).status();
        campaign.agentId = request.agentId();
        campaign.agentVersion = request.agentVersion().label();
        campaign.resolvedAgentVersion = resolvedVersion;
        campaign.fromNumber = request.fromNumber();
        campaign.presentationNumber = request.presentationNumber();
        campaign.concurrency = request.concurrency();
        campaign.scheduledAt = request.scheduledAt();
        campaign.callTimeWindow = windows.write(request.callTimeWindow());
        campaign.purpose = request.purpose();
        campaign.maxCallsPerSecond = request.maxCallsPerSecond();
        campaign.retryPolicy = PolicyJson.of(request.retryPolicy());
        campaign.voicemailAction = PolicyJson.of(request.voicemailAction());
        campaign.totalCalls = request.tasks().size();
        campaign.createdAt = now;
        campaign.updatedAt = now;
        return campaign;
    }
}
