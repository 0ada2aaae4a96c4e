package io.voxcampaigns.dispatcher.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.voxcampaigns.dispatcher.domain.PoolShare;
import io.voxcampaigns.dispatcher.domain.PoolShare.Demand;
import io.voxcampaigns.dispatcher.domain.StartPace;
import io.voxcampaigns.dispatcher.persistence.CampaignRow;
import io.voxcampaigns.dispatcher.persistence.OrganizationLimits;
import io.voxcampaigns.dispatcher.persistence.OrganizationLimitsRepository;
import io.voxcampaigns.dispatcher.persistence.OrganizationUsage;
import io.voxcampaigns.dispatcher.persistence.OrganizationUsage.CampaignUse;
import io.voxcampaigns.events.common.ThrottleReason;
import io.voxcampaigns.platform.schedule.ContactCap;

/**
 * The organisation's limits on a round's new calls: its concurrency pool (less the inbound reserve), shared between
 * its running campaigns in proportion to their concurrency ({@link PoolShare}), and the start rates of the
 * organisation and of the campaign's outbound number ({@link StartPace}, one start per round once due). Read, under
 * the organisation's lock, in the round's transaction, so replicas count one after the other; the limits themselves
 * are read every time, so a change applies from the next round.
 */
@ApplicationScoped
public class OrganizationLimiter {

    private final OrganizationLimitsRepository limits;
    private final OrganizationUsage usage;

    OrganizationLimiter(OrganizationLimitsRepository limits, OrganizationUsage usage) {
        this.limits = limits;
        this.usage = usage;
    }

    /**
     * How many of {@code wanted} new calls may start: {@code calls}; {@code reason} what held it below (null: nothing);
     * {@code wakeAt} when a start rate allows the next (null: not held by one); the schedules to move on by the calls
     * that do start, whether the organisation has a pool, and its contact-frequency cap on the claims (null: none).
     */
    record Allowance(int calls, ThrottleReason reason, Instant wakeAt, List<Schedule> schedules, boolean pooled,
                     ContactCap frequencyCap) {

        static Allowance all(int wanted, ContactCap frequencyCap) {
            return new Allowance(wanted, null, null, List.of(), false, frequencyCap);
        }
    }

    /** A start-rate schedule of the organisation or of one of its numbers. */
    record Schedule(String key, StartPace pace) {
    }

    Uni<Allowance> allow(SqlConnection connection, CampaignRow campaign, int wanted, Instant now) {
        String organization = campaign.organizationId();
        return limits.read(connection, organization).chain(set -> {
            ContactCap frequencyCap = set.frequencyCap() == null ? null
                    : new ContactCap(set.frequencyCap().maxAttempts(), set.frequencyCap().period());
            if (set.maxConcurrentCalls() == null && set.maxCallsPerSecond() == null
                    && set.numberMaxCallsPerSecond() == null) {
                return Uni.createFrom().item(Allowance.all(wanted, frequencyCap));
            }
            return usage.lock(connection, organization)
                    .chain(() -> poolAllows(connection, campaign, set, wanted))
                    .chain(byPool -> schedules(connection, campaign, set).map(schedules -> {
                        int byRate = wanted;
                        Instant wakeAt = null;
                        for (Schedule schedule : schedules) {
                            byRate = Math.min(byRate, schedule.pace().allowance(now, wanted));
                            if (schedule.pace().dueAt().isAfter(now)
                                    && (wakeAt == null || schedule.pace().dueAt().isAfter(wakeAt))) {
                                wakeAt = schedule.pace().dueAt();
                            }
                        }
                        int calls = Math.min(wanted, Math.min(byPool, byRate));
                        ThrottleReason reason = calls >= wanted ? null
                                : byPool <= byRate ? ThrottleReason.org_pool_full : ThrottleReason.pacing;
                        return new Allowance(calls, reason, byRate < wanted ? wakeAt : null, schedules,
                                set.maxConcurrentCalls() != null, frequencyCap);
                    }));
        });
    }

    /** Moves the organisation's and the number's schedules on by the calls the round started. */
    Uni<Void> started(SqlConnection connection, Allowance allowance, int started, Instant now) {
        Uni<Void> done = Uni.createFrom().voidItem();
        if (started == 0) {
            return done;
        }
        for (Schedule schedule : allowance.schedules()) {
            done = done.chain(() -> usage.paced(connection, schedule.key(), schedule.pace().after(now, started)
                    .nextAt()));
        }
        return done;
    }

    /** The calls the campaign may add to the pool now: its share, less what it holds, within what is free. */
    private Uni<Integer> poolAllows(SqlConnection connection, CampaignRow campaign, OrganizationLimits set,
                                    int wanted) {
        if (set.maxConcurrentCalls() == null) {
            return Uni.createFrom().item(wanted);
        }
        int pool = set.maxConcurrentCalls() - set.inboundReserve();
        return usage.campaigns(connection, campaign.organizationId()).map(uses -> {
            // this campaign as this round sees it (attempts ended in it are not committed yet)
            int own = campaign.inProgress();
            List<Demand> demands = new ArrayList<>();
            int inUse = own;
            for (CampaignUse use : uses) {
                if (!use.demand().campaignId().equals(campaign.campaignId())) {
                    demands.add(use.demand());
                    inUse += use.inProgress();
                }
            }
            demands.add(new Demand(campaign.campaignId(), campaign.concurrency(), own + wanted));
            Map<UUID, Integer> shares = PoolShare.shares(pool, demands);
            int share = shares.get(campaign.campaignId());
            return Math.max(0, Math.min(pool - inUse, share - own));
        });
    }

    private Uni<List<Schedule>> schedules(SqlConnection connection, CampaignRow campaign, OrganizationLimits set) {
        List<Uni<Schedule>> reads = new ArrayList<>();
        if (set.maxCallsPerSecond() != null) {
            reads.add(schedule(connection, OrganizationUsage.organizationPace(campaign.organizationId()),
                    set.maxCallsPerSecond()));
        }
        if (set.numberMaxCallsPerSecond() != null && campaign.fromNumber() != null) {
            reads.add(schedule(connection, OrganizationUsage.numberPace(campaign.organizationId(),
                    campaign.fromNumber()), set.numberMaxCallsPerSecond()));
        }
        if (reads.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // one after the other: a connection runs one query at a time
        Uni<List<Schedule>> all = Uni.createFrom().item(new ArrayList<>());
        for (Uni<Schedule> read : reads) {
            all = all.chain(list -> read.map(schedule -> {
                list.add(schedule);
                return list;
            }));
        }
        return all;
    }

    private Uni<Schedule> schedule(SqlConnection connection, String key, double perSecond) {
        return usage.pace(connection, key).map(nextAt -> new Schedule(key, new StartPace(perSecond, nextAt)));
    }
}
