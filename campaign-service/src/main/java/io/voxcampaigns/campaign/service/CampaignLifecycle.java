package io.voxcampaigns.campaign.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.campaign.domain.CallCounters;
import io.voxcampaigns.campaign.domain.CampaignTrigger;
import io.voxcampaigns.campaign.domain.StatusDecision.Transition;
import io.voxcampaigns.campaign.domain.TaskStatus;
import io.voxcampaigns.campaign.events.CampaignStatusEvents;
import io.voxcampaigns.campaign.persistence.CallingHoursColumn;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.persistence.TaskRepository;
import io.voxcampaigns.platform.outbox.OutboxWriter;

/**
 * The pause, resume and cancel commands, each in its own transaction: the campaign locked, the status machine asked
 * (409 when refused), the new state stored and the command's event plus CampaignStatusChanged written.
 */
@ApplicationScoped
public class CampaignLifecycle {

    private final CampaignCommands commands;
    private final CampaignTransitions transitions;
    private final CallingHoursColumn windows;
    private final TaskRepository tasks;
    private final OutboxWriter outbox;
    private final AuditTrail audit;

    CampaignLifecycle(CampaignCommands commands, CampaignTransitions transitions, CallingHoursColumn windows,
                      TaskRepository tasks, OutboxWriter outbox, AuditTrail audit) {
        this.audit = audit;
        this.commands = commands;
        this.transitions = transitions;
        this.windows = windows;
        this.tasks = tasks;
        this.outbox = outbox;
    }

    /** User pause: no new call starts; calls in progress finish. */
    @WithTransaction
    public Uni<Campaign> pause(String organizationId, UUID id) {
        return run(organizationId, id, campaign -> new CampaignTrigger.Pause(), CampaignLifecycle::nothing,
                (campaign, at) -> CampaignStatusEvents.paused(campaign))
                .call(campaign -> recorded("pause", campaign));
    }

    /**
     * Resume: ongoing when a window is open now and the campaign has called before, pending when it never called,
     * paused by the system when no window is open (it starts at the next opening). CampaignResumed is written even
     * when a system pause stays, since it lifts the need for the resume API with auto_resume false.
     */
    @WithTransaction
    public Uni<Campaign> resume(String organizationId, UUID id) {
        return run(organizationId, id, this::resumeTrigger, CampaignLifecycle::nothing, CampaignStatusEvents::resumed)
                .call(campaign -> recorded("resume", campaign));
    }

    /**
     * Cancel: final at once; its queued tasks are canceled and counted in failed_calls in the same transaction (the
     * reply and the final counters already show them), the dispatcher stops dialling, calls in progress finish and
     * still count.
     */
    @WithTransaction
    public Uni<Campaign> cancel(String organizationId, UUID id) {
        return run(organizationId, id, campaign -> new CampaignTrigger.Cancel(), this::cancelQueued,
                (campaign, at) -> CampaignStatusEvents.canceled(campaign))
                .call(campaign -> recorded("cancel", campaign));
    }

    private Uni<Void> cancelQueued(Campaign campaign, Instant at) {
        return tasks.cancelQueued(campaign.id, at).invoke(canceled -> {
            CallCounters counters = CallCounters.of(TaskStatus.CANCELED, canceled);
            campaign.failedCalls += (int) counters.failed();
        }).replaceWithVoid();
    }

    private CampaignTrigger resumeTrigger(Campaign campaign) {
        boolean windowOpen = windows.effective(campaign).isOpen(transitions.now());
        return new CampaignTrigger.Resume(windowOpen, campaign.firstCallAt != null);
    }

    /** Locks, decides (409 when refused), applies the command's own effect, then the transition and its events. */
    private Uni<Campaign> run(String organizationId, UUID id, Function<Campaign, CampaignTrigger> trigger,
                              BiFunction<Campaign, Instant, Uni<Void>> effect,
                              BiFunction<Campaign, Instant, SpecificRecord> announcement) {
        return commands.lock(organizationId, id).chain(campaign -> {
            Transition transition = commands.decide(campaign, trigger.apply(campaign));
            Instant now = transitions.now();
            return effect.apply(campaign, now).chain(() -> {
                List<SpecificRecord> statusEvents = transitions.apply(campaign, transition, now);
                List<SpecificRecord> events = new ArrayList<>(statusEvents.size() + 1);
                events.add(announcement.apply(campaign, now));
                events.addAll(statusEvents);
                return outbox.appendAll(events).replaceWith(campaign);
            });
        });
    }

    private Uni<Void> recorded(String action, Campaign campaign) {
        return audit.record(action, campaign.id.toString(), List.of("status"));
    }

    private static Uni<Void> nothing(Campaign campaign, Instant at) {
        return Uni.createFrom().voidItem();
    }
}
