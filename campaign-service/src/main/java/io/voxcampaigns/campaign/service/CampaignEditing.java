package io.voxcampaigns.campaign.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.campaign.domain.CampaignEdit;
import io.voxcampaigns.campaign.domain.CampaignTrigger;
import io.voxcampaigns.campaign.domain.StatusDecision.Transition;
import io.voxcampaigns.campaign.events.CampaignEvents;
import io.voxcampaigns.campaign.persistence.CallingHoursColumn;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.outbox.OutboxWriter;
import io.voxcampaigns.platform.retry.PolicyJson;
import io.voxcampaigns.platform.schedule.CallingHours;

/**
 * PATCH of a campaign's settings while draft, pending or paused, in one transaction: the campaign locked, the merged
 * settings stored and CampaignUpdated (complete settings) written. A new scheduled_at makes a draft or pending
 * campaign draft (in the future) or pending, with CampaignStatusChanged.
 */
@ApplicationScoped
public class CampaignEditing {

    private final CampaignCommands commands;
    private final CampaignTransitions transitions;
    private final NumberCheck numberCheck;
    private final CallingHoursColumn windows;
    private final OutboxWriter outbox;
    private final AuditTrail audit;

    CampaignEditing(CampaignCommands commands, CampaignTransitions transitions, NumberCheck numberCheck,
                    CallingHoursColumn windows, OutboxWriter outbox, AuditTrail audit) {
        this.audit = audit;
        this.commands = commands;
        this.transitions = transitions;
        this.numberCheck = numberCheck;
        this.windows = windows;
        this.outbox = outbox;
    }

    /** Applies an edit that passed the request rules (CampaignEdit); 404, 409 or 400 for the database checks. */
    @WithTransaction
    public Uni<Campaign> edit(String organizationId, UUID id, CampaignEdit edit) {
        return commands.lock(organizationId, id).chain(campaign -> {
            Transition transition = transition(campaign, edit);
            checkLegalHours(campaign, edit);
            return checkPresentation(organizationId, edit)
                    .chain(() -> outbox.appendAll(apply(campaign, edit, transition)))
                    .chain(() -> audit.record("update", campaign.id.toString()))
                    .replaceWith(campaign);
        });
    }

    /** A new window must leave the campaign's purpose some legal minute (400 naming call_time_window). */
    private void checkLegalHours(Campaign campaign, CampaignEdit edit) {
        if (!edit.windows()) {
            return;
        }
        ValidationErrors errors = new ValidationErrors();
        CallingHours window = edit.callTimeWindow() == null ? CallingHours.defaults() : edit.callTimeWindow();
        campaign.purpose.checkWindow(window, transitions.now(), "call_time_window", errors);
        errors.throwIfAny();
    }

    private Uni<Void> checkPresentation(String organizationId, CampaignEdit edit) {
        if (!edit.presents() || edit.presentationNumber() == null) {
            return Uni.createFrom().voidItem();
        }
        ValidationErrors errors = new ValidationErrors();
        return numberCheck.checkPresentation(organizationId, edit.presentationNumber(), "presentation_number", errors)
                .invoke(errors::throwIfAny);
    }

    /** 409 unless draft, pending or paused; a new schedule may also move a draft or pending campaign. */
    private Transition transition(Campaign campaign, CampaignEdit edit) {
        if (!edit.schedules()) {
            return commands.decide(campaign, new CampaignTrigger.Patch());
        }
        boolean inFuture = edit.scheduledAt() != null && edit.scheduledAt().isAfter(transitions.now());
        return commands.decide(campaign, new CampaignTrigger.Reschedule(inFuture));
    }

    /** Stores the edit and returns its events: CampaignUpdated, then CampaignStatusChanged if the status moved. */
    private List<SpecificRecord> apply(Campaign campaign, CampaignEdit edit, Transition transition) {
        Instant now = transitions.now();
        if (edit.name() != null) {
            campaign.name = edit.name();
        }
        if (edit.schedules()) {
            campaign.scheduledAt = edit.scheduledAt();
        }
        if (edit.concurrency() != null) {
            campaign.concurrency = edit.concurrency();
        }
        if (edit.presents()) {
            campaign.presentationNumber = edit.presentationNumber();
        }
        if (edit.retries()) {
            campaign.retryPolicy = PolicyJson.of(edit.retryPolicy());
        }
        if (edit.voicemails()) {
            campaign.voicemailAction = PolicyJson.of(edit.voicemailAction());
        }
        if (edit.windows()) {
            campaign.callTimeWindow = windows.write(edit.callTimeWindow());
        }
        if (edit.paces()) {
            campaign.maxCallsPerSecond = edit.maxCallsPerSecond();
        }
        campaign.updatedAt = now;
        List<SpecificRecord> statusEvents = transitions.apply(campaign, transition, now);
        List<SpecificRecord> events = new ArrayList<>(statusEvents.size() + 1);
        // The event carries the window in effect (the default when none is set), as the dispatcher dials by it.
        events.add(CampaignEvents.updated(campaign, windows.read(campaign.callTimeWindow)));
        events.addAll(statusEvents);
        return events;
    }
}
