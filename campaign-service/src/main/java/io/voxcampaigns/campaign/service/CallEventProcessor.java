package io.voxcampaigns.campaign.service;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.DomesticNumbers;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.persistence.CampaignRepository;
import io.voxcampaigns.campaign.persistence.TaskCallStates;
import io.voxcampaigns.campaign.persistence.TaskCallStates.TaskCallState;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.call.CampaignThrottled;
import io.voxcampaigns.events.call.NumberOptedOut;
import io.voxcampaigns.events.call.TaskExhausted;
import io.voxcampaigns.events.call.TaskHeld;
import io.voxcampaigns.events.call.TaskRequeued;
import io.voxcampaigns.events.call.TaskRetryScheduled;
import io.voxcampaigns.events.common.ThrottleReason;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.messaging.UnprocessableEventException;
import io.voxcampaigns.platform.outbox.OutboxWriter;

/**
 * Applies a poll's call.events in the caller's transaction: calls move tasks and counters, lifecycle facts move the
 * status, holds and throttles are stored for the tasks' waiting_reason, a recipient's refusal suppresses its number.
 * One statement each locks the batch's campaigns and reads and writes its tasks; the events apply in topic order and
 * the campaign events they imply go to the outbox. The refusals are applied after the rest of the batch (they touch
 * no task or campaign), under their organisations' suppression locks taken in one order.
 */
@ApplicationScoped
public class CallEventProcessor {

    private final CampaignRepository campaigns;
    private final TaskCallStates tasks;
    private final CallEventApplier calls;
    private final LifecycleFactApplier facts;
    private final Suppressions suppressions;
    private final OutboxWriter outbox;
    private final Clock clock;

    CallEventProcessor(CampaignRepository campaigns, TaskCallStates tasks, CallEventApplier calls,
                       LifecycleFactApplier facts, Suppressions suppressions, OutboxWriter outbox, Clock clock) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.calls = calls;
        this.facts = facts;
        this.suppressions = suppressions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A recipient's refusal: the organisation and the number, in domestic digits. */
    private record OptOut(String organizationId, String number) {
    }

    /** Applies the events in order; fails with {@link UnprocessableEventException} if any of them cannot apply. */
    public Uni<Void> apply(List<SpecificRecord> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Set<UUID> campaignIds = new LinkedHashSet<>();
        Set<UUID> taskIds = new LinkedHashSet<>();
        for (SpecificRecord event : events) {
            campaignIds.add(campaignId(event));
            if (event instanceof CallStarted started) {
                taskIds.add(taskId(started.getTaskId()));
            } else if (event instanceof CallEnded ended) {
                taskIds.add(taskId(ended.getTaskId()));
            } else if (event instanceof TaskRetryScheduled retry) {
                taskIds.add(taskId(retry.getTaskId()));
            } else if (event instanceof TaskExhausted exhausted) {
                taskIds.add(taskId(exhausted.getTaskId()));
            } else if (event instanceof TaskRequeued requeued) {
                taskIds.add(taskId(requeued.getTaskId()));
            } else if (event instanceof TaskHeld held) {
                taskIds.add(taskId(held.getTaskId()));
            }
        }
        return campaigns.lockAll(campaignIds).chain(locked -> tasks.read(taskIds).chain(found -> {
            Map<UUID, Campaign> byId = locked.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
            List<SpecificRecord> implied = new ArrayList<>();
            List<OptOut> optOuts = new ArrayList<>();
            for (SpecificRecord event : events) {
                Campaign campaign = campaignOf(byId, event);
                if (event instanceof NumberOptedOut optedOut) {
                    optOuts.add(new OptOut(campaign.organizationId, number(optedOut)));
                } else {
                    implied.addAll(apply(campaign, found, event));
                }
            }
            return tasks.writeChanged(found.values(), clock.instant().truncatedTo(ChronoUnit.MILLIS))
                    .chain(() -> outbox.appendAll(implied))
                    .chain(() -> suppress(optOuts));
        }));
    }

    /** Suppresses the refused numbers in topic order, the organisations locked in one order first. */
    private Uni<Void> suppress(List<OptOut> optOuts) {
        Uni<Void> done = Uni.createFrom().voidItem();
        for (String organizationId : optOuts.stream().map(OptOut::organizationId).distinct().sorted().toList()) {
            done = done.chain(() -> suppressions.lock(organizationId));
        }
        for (OptOut optOut : optOuts) {
            done = done.chain(() -> suppressions.optedOut(optOut.organizationId(), optOut.number()))
                    .chain(outbox::appendAll);
        }
        return done;
    }

    private static String number(NumberOptedOut event) {
        String number = DomesticNumbers.fromE164(event.getNumber());
        if (number == null) {
            throw new UnprocessableEventException("NumberOptedOut number " + event.getNumber()
                    + " is not a Korean number in E.164 or domestic digits");
        }
        return number;
    }

    private List<SpecificRecord> apply(Campaign campaign, Map<UUID, TaskCallState> tasks, SpecificRecord event) {
        if (event instanceof CallStarted started) {
            return calls.started(campaign, taskOf(tasks, campaign, started.getTaskId()), started);
        }
        if (event instanceof CallEnded ended) {
            calls.ended(campaign, taskOf(tasks, campaign, ended.getTaskId()), ended);
            return List.of();
        }
        if (event instanceof TaskRetryScheduled retry) {
            calls.retryScheduled(campaign, taskOf(tasks, campaign, retry.getTaskId()), retry);
            return List.of();
        }
        if (event instanceof TaskExhausted exhausted) {
            calls.exhausted(campaign, taskOf(tasks, campaign, exhausted.getTaskId()), exhausted);
            return List.of();
        }
        if (event instanceof TaskRequeued requeued) {
            return calls.requeued(campaign, taskOf(tasks, campaign, requeued.getTaskId()), requeued);
        }
        if (event instanceof TaskHeld held) {
            calls.held(taskOf(tasks, campaign, held.getTaskId()), held);
            return List.of();
        }
        if (event instanceof CampaignThrottled throttled) {
            ThrottleReason reason = throttled.getReason();
            campaign.throttleReason = reason == null || reason == ThrottleReason.unknown ? null : reason.name();
            return List.of();
        }
        return facts.apply(campaign, event);
    }

    private static Campaign campaignOf(Map<UUID, Campaign> campaigns, SpecificRecord event) {
        Campaign campaign = campaigns.get(campaignId(event));
        if (campaign == null || !campaign.organizationId.equals(EventCodec.organizationId(event))) {
            throw new UnprocessableEventException(EventCodec.eventType(event) + " names campaign "
                    + ((GenericRecord) event).get("campaign_id") + ", which this organisation does not have");
        }
        return campaign;
    }

    private static TaskCallState taskOf(Map<UUID, TaskCallState> tasks, Campaign campaign, String taskId) {
        TaskCallState task = tasks.get(taskId(taskId));
        if (task == null || !task.campaignId.equals(campaign.id)) {
            throw new UnprocessableEventException("task " + taskId + " is not a task of campaign " + campaign.id);
        }
        return task;
    }

    private static UUID campaignId(SpecificRecord event) {
        GenericRecord record = (GenericRecord) event;
        if (record.getSchema().getField("campaign_id") == null) {
            throw new UnprocessableEventException(EventCodec.eventType(event) + " does not belong on call.events");
        }
        try {
            return UUID.fromString(record.get("campaign_id").toString());
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException("campaign_id " + record.get("campaign_id") + " is not a UUID");
        }
    }

    private static UUID taskId(String taskId) {
        try {
            return UUID.fromString(taskId);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException("task_id " + taskId + " is not a UUID");
        }
    }
}
