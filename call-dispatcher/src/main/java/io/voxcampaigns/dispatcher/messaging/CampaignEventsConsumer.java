package io.voxcampaigns.dispatcher.messaging;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.domain.DispatchStatus;
import io.voxcampaigns.dispatcher.engine.Engines;
import io.voxcampaigns.dispatcher.persistence.DispatchCampaignWriter;
import io.voxcampaigns.dispatcher.persistence.AttemptPolicies;
import io.voxcampaigns.events.campaign.CampaignCanceled;
import io.voxcampaigns.events.campaign.CampaignCreated;
import io.voxcampaigns.events.campaign.CampaignPaused;
import io.voxcampaigns.events.campaign.CampaignResumed;
import io.voxcampaigns.events.campaign.CampaignStatusChanged;
import io.voxcampaigns.events.campaign.CampaignUpdated;
import io.voxcampaigns.events.common.CampaignSettings;
import io.voxcampaigns.events.common.CampaignStatus;
import io.voxcampaigns.events.common.PausedBy;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.messaging.UnprocessableEventException;
import io.voxcampaigns.platform.schedule.CallPurpose;
import io.voxcampaigns.platform.schedule.CallRate;
import io.voxcampaigns.platform.schedule.HolidayCalendars;
import io.voxcampaigns.platform.schedule.WindowEvents;
import io.voxcampaigns.platform.tracing.TraceParents;

/**
 * Applies campaign.events to the dispatcher's campaign view, each event once, then wakes the campaign so the change
 * (pause, resume, cancel, new concurrency or window) takes effect at its next start decision.
 */
@ApplicationScoped
public class CampaignEventsConsumer {

    static final String CONSUMER = "call-dispatcher.campaign-events";

    private final ApplyOnce applyOnce;
    private final DispatchCampaignWriter campaigns;
    private final Engines engines;
    private final Clock clock;
    private final HolidayCalendars calendars;

    CampaignEventsConsumer(ApplyOnce applyOnce, DispatchCampaignWriter campaigns, Engines engines, Clock clock,
                           HolidayCalendars calendars) {
        this.applyOnce = applyOnce;
        this.campaigns = campaigns;
        this.engines = engines;
        this.clock = clock;
        this.calendars = calendars;
    }

    @Incoming("campaign-events")
    public Uni<Void> onRecord(ConsumerRecord<String, byte[]> record) {
        String traceParent = TraceParents.of(record.headers());
        return applyOnce.apply(CONSUMER, record.value(), event -> apply(event, traceParent), engines.main()::wake);
    }

    /** Applies the event (carrying trace {@code traceParent}, null: none); answers the campaign it changed. */
    Uni<UUID> apply(SpecificRecord event, String traceParent) {
        Instant at = EventCodec.occurredAt(event);
        if (event instanceof CampaignCreated created) {
            return settings(created.getCampaignId(), event, created.getSettings(), created.getStatus(), at,
                    traceParent);
        }
        if (event instanceof CampaignUpdated updated) {
            return settings(updated.getCampaignId(), event, updated.getSettings(), updated.getStatus(), at,
                    traceParent);
        }
        if (event instanceof CampaignPaused paused) {
            // A system pause is campaign-service applying the dispatcher's own window fact: already in the row.
            UUID id = id(paused.getCampaignId());
            return paused.getPausedBy() == PausedBy.user ? changed(id, campaigns.userPaused(id, at)) : none();
        }
        if (event instanceof CampaignResumed resumed) {
            UUID id = id(resumed.getCampaignId());
            DispatchStatus status = status(resumed.getStatus());
            return status == null ? none() : changed(id, campaigns.resumed(id, status, at));
        }
        if (event instanceof CampaignCanceled canceled) {
            UUID id = id(canceled.getCampaignId());
            return changed(id, campaigns.status(id, DispatchStatus.CANCELED, at));
        }
        if (event instanceof CampaignStatusChanged changed) {
            return statusChanged(changed, at);
        }
        // CampaignCountersChanged and later additions carry nothing the dispatcher acts on.
        return none();
    }

    private Uni<UUID> settings(String campaignId, SpecificRecord event, CampaignSettings settings,
                               CampaignStatus status, Instant at, String traceParent) {
        DispatchStatus known = status(status);
        if (known == null) {
            throw new UnprocessableEventException("unknown campaign status " + status);
        }
        check(settings);
        AttemptPolicies policies = policies(settings);
        UUID id = id(campaignId);
        return changed(id, campaigns.settings(EventCodec.organizationId(event), id, settings, policies, known, at,
                clock.instant(), traceParent));
    }

    private Uni<UUID> statusChanged(CampaignStatusChanged event, Instant at) {
        UUID id = id(event.getCampaignId());
        DispatchStatus status = status(event.getStatus());
        if (status == DispatchStatus.PAUSED && event.getPausedBy() == PausedBy.user) {
            return changed(id, campaigns.userPaused(id, at));
        }
        // success is the dispatcher's own (it drained): the echo of an earlier drain must not end a campaign that
        // runs again for recipients appended since.
        if (status == DispatchStatus.DRAFT || status != null && status.isTerminal() && status != DispatchStatus.SUCCESS) {
            return changed(id, campaigns.status(id, status, at));
        }
        return none();
    }

    private void check(CampaignSettings settings) {
        EventFields.uuid(settings.getAgentId(), "settings.agent_id");
        EventFields.phoneNumber(settings.getFromNumber(), "settings.from_number");
        EventFields.phoneNumber(settings.getPresentationNumber(), "settings.presentation_number");
        if (settings.getConcurrency() < 1) {
            throw new UnprocessableEventException("settings.concurrency must be at least 1");
        }
        Double perSecond = settings.getMaxCallsPerSecond();
        if (!CallRate.allowed(perSecond)) {
            throw new UnprocessableEventException("settings.max_calls_per_second " + CallRate.rule() + ", got "
                    + perSecond);
        }
        if (CallPurpose.parse(settings.getPurpose().name()).isEmpty()) {
            throw new UnprocessableEventException("settings.purpose is not one this dispatcher knows: "
                    + settings.getPurpose());
        }
        try {
            WindowEvents.fromEvent(settings.getCallTimeWindow(), calendars);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new UnprocessableEventException("settings.call_time_window is invalid: " + e.getMessage());
        }
    }

    private static AttemptPolicies policies(CampaignSettings settings) {
        try {
            return AttemptPolicies.of(settings);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException("settings.retry_policy or voicemail_action is invalid: "
                    + e.getMessage());
        }
    }

    private static UUID id(String campaignId) {
        return EventFields.uuid(campaignId, "campaign_id");
    }

    private static Uni<UUID> changed(UUID campaignId, Uni<Void> write) {
        return write.replaceWith(campaignId);
    }

    private static DispatchStatus status(CampaignStatus status) {
        return status == null || status == CampaignStatus.unknown ? null : DispatchStatus.of(status.name());
    }

    private static Uni<UUID> none() {
        return Uni.createFrom().nullItem();
    }
}
