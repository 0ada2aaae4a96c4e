package io.voxcampaigns.dispatcher.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.voxcampaigns.dispatcher.placement.CallOutcome;

/** Outcomes waiting to be written, per campaign, so the calls that end together free their slots in one transaction. */
final class EndQueue {

    /** One reported outcome; {@code applied} completes with whether it ended the call (false: it already had ended). */
    record PendingEnd(CallOutcome outcome, long reportedAtNanos, CompletableFuture<Boolean> applied) {
    }

    private final ConcurrentHashMap<UUID, ArrayDeque<PendingEnd>> pending = new ConcurrentHashMap<>();

    void add(PendingEnd end) {
        pending.compute(end.outcome().campaignId(), (id, queue) -> {
            ArrayDeque<PendingEnd> ends = queue == null ? new ArrayDeque<>() : queue;
            ends.addLast(end);
            return ends;
        });
    }

    /** Removes and returns up to {@code max} of the campaign's outcomes, oldest first. */
    List<PendingEnd> take(UUID campaignId, int max) {
        List<PendingEnd> taken = new ArrayList<>();
        pending.computeIfPresent(campaignId, (id, queue) -> {
            while (taken.size() < max && !queue.isEmpty()) {
                taken.add(queue.removeFirst());
            }
            return queue.isEmpty() ? null : queue;
        });
        return taken;
    }

    /** Puts outcomes back in front, after a failed write. */
    void putBack(UUID campaignId, List<PendingEnd> ends) {
        pending.compute(campaignId, (id, queue) -> {
            ArrayDeque<PendingEnd> all = queue == null ? new ArrayDeque<>() : queue;
            for (int i = ends.size() - 1; i >= 0; i--) {
                all.addFirst(ends.get(i));
            }
            return all;
        });
    }

    boolean has(UUID campaignId) {
        return pending.containsKey(campaignId);
    }
}
