package io.voxcampaigns.dispatcher.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.voxcampaigns.dispatcher.domain.AttemptUpdate;

/**
 * What was learned about attempts and waits for its campaign's next round, per campaign, so that the answers and
 * outcomes that arrive together are applied (and the slots they free refilled) in one transaction.
 */
final class UpdateQueue {

    /**
     * One update; {@code applied} completes with whether it changed its attempt (false: unknown, or already known).
     *
     * @param reportedAtNanos  System.nanoTime() when it arrived (the slot-refill latency starts there)
     */
    record Pending(UUID campaignId, UUID callId, AttemptUpdate update, long reportedAtNanos,
                   CompletableFuture<Boolean> applied) {
    }

    private final ConcurrentHashMap<UUID, ArrayDeque<Pending>> pending = new ConcurrentHashMap<>();

    void add(Pending update) {
        pending.compute(update.campaignId(), (id, queue) -> {
            ArrayDeque<Pending> updates = queue == null ? new ArrayDeque<>() : queue;
            updates.addLast(update);
            return updates;
        });
    }

    /** Removes and returns up to {@code max} of the campaign's updates, oldest first. */
    List<Pending> take(UUID campaignId, int max) {
        List<Pending> taken = new ArrayList<>();
        pending.computeIfPresent(campaignId, (id, queue) -> {
            while (taken.size() < max && !queue.isEmpty()) {
                taken.add(queue.removeFirst());
            }
            return queue.isEmpty() ? null : queue;
        });
        return taken;
    }

    /** Puts updates back in front, after a failed round. */
    void putBack(UUID campaignId, List<Pending> updates) {
        pending.compute(campaignId, (id, queue) -> {
            ArrayDeque<Pending> all = queue == null ? new ArrayDeque<>() : queue;
            for (int i = updates.size() - 1; i >= 0; i--) {
                all.addFirst(updates.get(i));
            }
            return all;
        });
    }

    boolean has(UUID campaignId) {
        return pending.containsKey(campaignId);
    }
}
