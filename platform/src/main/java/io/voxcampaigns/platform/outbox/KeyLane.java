package io.voxcampaigns.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;

/**
 * One record key's rows in a drain: at most one hand-over to Kafka in flight; the rows that later rounds read for the
 * key meanwhile wait, and go together once it is acknowledged. A hot key (rows in every round) thus sends what
 * several rounds read in one go instead of a round at a time. Once its rows failed, the key's later rows are not
 * handed over: they fail with the same cause.
 */
final class KeyLane {

    /** Rows handed over together, and their acknowledgement. */
    private static final class Batch {

        private final List<OutboxRow> rows = new ArrayList<>();
        private final CompletableFuture<Void> acknowledged = new CompletableFuture<>();
    }

    private final Function<List<OutboxRow>, Uni<Void>> handOver;
    private boolean sending;
    private Batch waiting;
    private Throwable failure;

    /** {@code handOver} sends rows in id order; its Uni completes when they are acknowledged. */
    KeyLane(Function<List<OutboxRow>, Uni<Void>> handOver) {
        this.handOver = handOver;
    }

    /** Adds the key's next rows in id order; the Uni completes when they are acknowledged. */
    Uni<Void> add(List<OutboxRow> rows) {
        Batch batch;
        boolean launch;
        synchronized (this) {
            if (failure != null) {
                return Uni.createFrom().failure(failure);
            }
            if (waiting == null) {
                waiting = new Batch();
            }
            batch = waiting;
            batch.rows.addAll(rows);
            launch = !sending;
            if (launch) {
                sending = true;
                waiting = null;
            }
        }
        if (launch) {
            launch(batch);
        }
        return Uni.createFrom().completionStage(batch.acknowledged);
    }

    private void launch(Batch batch) {
        handOver.apply(batch.rows).subscribe().with(ignored -> settled(batch, null), failed -> settled(batch, failed));
    }

    /** Completes a hand-over (outside the lock: the completion runs the rounds' marking) and starts the waiting one. */
    private void settled(Batch batch, Throwable failed) {
        Batch next;
        Throwable blocked;
        synchronized (this) {
            if (failed != null && failure == null) {
                failure = failed;
            }
            blocked = failure;
            next = waiting;
            waiting = null;
            sending = next != null && blocked == null;
        }
        if (failed == null) {
            batch.acknowledged.complete(null);
        } else {
            batch.acknowledged.completeExceptionally(failed);
        }
        if (next != null && blocked != null) {
            next.acknowledged.completeExceptionally(blocked);
        } else if (next != null) {
            launch(next);
        }
    }
}
