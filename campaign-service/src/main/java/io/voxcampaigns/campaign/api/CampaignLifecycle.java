package io.voxcampaigns.campaign.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.CampaignTrigger;
import io.voxcampaigns.campaign.domain.StatusDecision.Transition;
import io.voxcampaigns.campaign.messaging.CampaignStatusEvents;
import io.voxcampaigns.campaign.messaging.CampaignTransitions;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.platform.outbox.OutboxWriter;

/**
 * The pause, resume and cancel commands: each locks the campaign, asks the status machine (409 when refused), stores
 * the new state and writes the command's event plus CampaignStatusChanged in the same transaction.
 */
@ApplicationScoped
public class CampaignLifecycle {

    @Inject
    CampaignCommands commands;

    @Inject
    StoredJson stored;

    @Inject
    OutboxWriter outbox;

    /** User pause: no new call starts; calls in progress finish. */
    public Uni<Campaign> pause(String organizationId, UUID id) {
        return run(organizationId, id, campaign -> new CampaignTrigger.Pause(),
                (campaign, at) -> CampaignStatusEvents.paused(campaign));
    }

    /**
     * Resume: ongoing when a window is open now and the campaign has called before, pending when it never called,
     * paused by the system when no window is open (it starts at the next opening). CampaignResumed is written even
     * when a system pause stays, since it lifts the need for the resume API with auto_resume false.
     */
    public Uni<Campaign> resume(String organizationId, UUID id) {
        return run(organizationId, id, this::resumeTrigger, CampaignStatusEvents::resumed);
    }

    /** Cancel: final at once; the dispatcher cancels queued tasks, calls in progress finish and still count. */
    public Uni<Campaign> cancel(String organizationId, UUID id) {
        return run(organizationId, id, campaign -> new CampaignTrigger.Cancel(),
                (campaign, at) -> CampaignStatusEvents.canceled(campaign));
    }

    private CampaignTrigger resumeTrigger(Campaign campaign) {
        boolean windowOpen = stored.window(campaign).isOpen(Instant.now());
        return new CampaignTrigger.Resume(windowOpen, campaign.firstCallAt != null);
    }

    private Uni<Campaign> run(String organizationId, UUID id, Function<Campaign, CampaignTrigger> trigger,
                              BiFunction<Campaign, Instant, SpecificRecord> announcement) {
        return commands.lock(organizationId, id).chain(campaign -> {
            Transition transition = commands.decide(campaign, trigger.apply(campaign));
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            List<SpecificRecord> statusEvents = CampaignTransitions.apply(campaign, transition, now);
            List<SpecificRecord> events = new ArrayList<>(statusEvents.size() + 1);
            events.add(announcement.apply(campaign, now));
            events.addAll(statusEvents);
            return outbox.appendAll(events).replaceWith(campaign);
        });
    }
}
