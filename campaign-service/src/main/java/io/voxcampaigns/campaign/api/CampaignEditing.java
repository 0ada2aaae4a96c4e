package io.voxcampaigns.campaign.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.CampaignEdit;
import io.voxcampaigns.campaign.domain.CampaignTrigger;
import io.voxcampaigns.campaign.domain.StatusDecision.Transition;
import io.voxcampaigns.campaign.messaging.CampaignEvents;
import io.voxcampaigns.campaign.messaging.CampaignTransitions;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.outbox.OutboxWriter;
import io.voxcampaigns.platform.schedule.CallingHours;

/**
 * PATCH of a campaign's settings while draft, pending or paused: the request checked with the create rules, the
 * campaign locked, the merged settings stored and CampaignUpdated (complete settings) written in one transaction. A
 * new scheduled_at makes a draft or pending campaign draft (in the future) or pending, with CampaignStatusChanged.
 */
@ApplicationScoped
public class CampaignEditing {

    @Inject
    CampaignCommands commands;

    @Inject
    NumberCheck numberCheck;

    @Inject
    StoredJson stored;

    @Inject
    OutboxWriter outbox;

    @Inject
    ObjectMapper json;

    /** Call within a transaction. */
    public Uni<Campaign> edit(String organizationId, UUID id, ObjectNode body) throws JsonProcessingException {
        CampaignEdit edit = CampaignEditValidation.validate(body, typed(body));
        return commands.lock(organizationId, id).chain(campaign -> {
            Transition transition = transition(campaign, edit);
            return checkPresentation(organizationId, edit)
                    .chain(() -> outbox.appendAll(apply(campaign, edit, transition)))
                    .replaceWith(campaign);
        });
    }

    /** The body bound with the strict mapper: an unknown or mistyped field is a 400 naming it. */
    private PatchCampaignRequest typed(ObjectNode body) throws JsonProcessingException {
        if (body == null) {
            throw ApiException.invalidField("$", "a JSON object body is required");
        }
        return json.treeToValue(body, PatchCampaignRequest.class);
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
        boolean inFuture = edit.scheduledAt() != null && edit.scheduledAt().isAfter(Instant.now());
        return commands.decide(campaign, new CampaignTrigger.Reschedule(inFuture));
    }

    /** Stores the edit and returns its events: CampaignUpdated, then CampaignStatusChanged if the status moved. */
    private List<SpecificRecord> apply(Campaign campaign, CampaignEdit edit, Transition transition) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
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
        if (edit.callTimeWindow() != null) {
            campaign.callTimeWindow = stored.windowJson(edit.callTimeWindow());
        }
        campaign.updatedAt = now;
        List<SpecificRecord> statusEvents = CampaignTransitions.apply(campaign, transition, now);
        List<SpecificRecord> events = new ArrayList<>(statusEvents.size() + 1);
        events.add(CampaignEvents.updated(campaign, windowOf(campaign, edit)));
        events.addAll(statusEvents);
        return events;
    }

    private CallingHours windowOf(Campaign campaign, CampaignEdit edit) {
        return edit.callTimeWindow() != null ? edit.callTimeWindow() : stored.window(campaign);
    }
}
