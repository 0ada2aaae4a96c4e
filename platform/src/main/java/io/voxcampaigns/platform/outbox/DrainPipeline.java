package io.voxcampaigns.platform.outbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.outbox.OutboxRow.KeyOnTopic;

/**
 * The rounds of one drain that were started and are not settled yet, and the order rule between them.
 *
 * <p>A round's rows are handed to Kafka key by key (a record key on a topic: one partition), each key's rows in id
 * order and at once, but only while none of that key's earlier rows is waiting for its acknowledgement: a key has at
 * most one hand-over in flight ({@link KeyLane}); the rows later rounds read for it meanwhile wait and then go
 * together. A key whose rows failed is blocked for the rest of the drain. So no row of a key is delivered for the
 * first time before an earlier row of that key, whichever round fails, while rounds of different keys overlap.
 *
 * <p>After a failed send the drain stops: it reads no further round and hands over nothing more; what is in flight
 * settles, and the next drain reads every unsent row again in id order. A row refused up front
 * ({@link RelaySender#refusal}) blocks only its key: it will fail again until repaired, and the other keys go on.
 * Each round is marked sent key by key: the rows of the keys whose rows were all acknowledged.
 */
final class DrainPipeline {

    private static final Uni<Void> DONE = Uni.createFrom().voidItem();

    /** A started round (its Uni never fails), the messages and payload bytes it holds. */
    private record Round(Uni<Void> settled, int messages, long bytes) {
    }

    /** How one key's rows of a round ended: the ids acknowledged, or the failure. */
    private record KeyOutcome(List<Long> sentIds, Throwable failure) {
    }

    private final Function<OutboxRow, RuntimeException> refusal;
    private final Function<OutboxRow, Uni<Void>> send;
    private final Function<List<Long>, Uni<Void>> markSent;
    private final Map<KeyOnTopic, KeyLane> lanes = new HashMap<>();
    private final Deque<Round> rounds = new ArrayDeque<>();
    private int messages;
    private long bytes;
    /** The first failure of the drain (refusals included); the drain fails with it once settled. */
    private volatile Throwable failure;
    /** The first failure that stops the drain (a send or a mark that failed). */
    private volatile Throwable stop;

    /**
     * @param refusal why a row can never be handed to Kafka (null: it can), see {@link RelaySender#refusal}
     * @param send hands a row to Kafka when subscribed; completes when the broker acknowledged it
     * @param markSent records acknowledged rows as sent; completes when they are
     */
    DrainPipeline(Function<OutboxRow, RuntimeException> refusal, Function<OutboxRow, Uni<Void>> send,
            Function<List<Long>, Uni<Void>> markSent) {
        this.refusal = refusal;
        this.send = send;
        this.markSent = markSent;
    }

    /** Whether the drain must read no further round. */
    boolean stopped() {
        return stop != null;
    }

    /** Starts a round of rows in id order. */
    void start(List<OutboxRow> rows) {
        List<Uni<KeyOutcome>> outcomes = new ArrayList<>();
        for (Map.Entry<KeyOnTopic, List<OutboxRow>> key : byKey(rows).entrySet()) {
            List<OutboxRow> keyRows = key.getValue();
            Uni<Void> acknowledged = lanes.computeIfAbsent(key.getKey(), ignored -> new KeyLane(this::handOver))
                    .add(keyRows);
            outcomes.add(acknowledged.map(ignored -> new KeyOutcome(ids(keyRows), null))
                    .onFailure().recoverWithItem(failed -> new KeyOutcome(List.of(), failed)));
        }
        Uni<Void> settled = Uni.join().all(outcomes).andFailFast()
                .chain(this::markAcknowledged)
                .onFailure().invoke(this::stop).onFailure().recoverWithNull()
                .memoize().indefinitely();
        settled.subscribe().with(ignored -> { }, ignored -> { });
        long roundBytes = rows.stream().mapToLong(row -> row.payload().length).sum();
        rounds.addLast(new Round(settled, rows.size(), roundBytes));
        messages += rows.size();
        bytes += roundBytes;
    }

    /**
     * Waits for the oldest rounds until fewer than {@code maxRounds}, at most {@code maxBytes} and at most
     * {@code maxMessages} are in flight.
     */
    Uni<Void> awaitRoom(int maxRounds, long maxBytes, int maxMessages) {
        if (rounds.isEmpty() || (rounds.size() < maxRounds && bytes <= maxBytes && messages <= maxMessages)) {
            return DONE;
        }
        Round oldest = rounds.removeFirst();
        messages -= oldest.messages();
        bytes -= oldest.bytes();
        return oldest.settled().chain(() -> awaitRoom(maxRounds, maxBytes, maxMessages));
    }

    /** Waits for every round; fails with the drain's first failure, if any. */
    Uni<Void> settle() {
        return awaitRoom(1, -1, -1).chain(() -> failure == null ? DONE : Uni.createFrom().failure(failure));
    }

    /** Hands one key's rows to Kafka in id order, up to the first one refused up front. */
    private Uni<Void> handOver(List<OutboxRow> rows) {
        if (stopped()) {
            return Uni.createFrom().failure(stop);
        }
        List<Uni<Void>> sends = new ArrayList<>(rows.size());
        RuntimeException refused = null;
        for (OutboxRow row : rows) {
            refused = refusal.apply(row);
            if (refused != null) {
                record(refused);
                break;
            }
            sends.add(send.apply(row));
        }
        Uni<Void> sent = sends.isEmpty() ? DONE
                : Uni.join().all(sends).andCollectFailures().replaceWithVoid().onFailure().invoke(this::stop);
        if (refused == null) {
            return sent;
        }
        Throwable cause = refused;
        return sent.onItemOrFailure().transformToUni((ignored, sendFailure) -> Uni.createFrom().failure(cause));
    }

    /** Marks the rows of the keys acknowledged in full; records the round's failure, if any. */
    private Uni<Void> markAcknowledged(List<KeyOutcome> outcomes) {
        List<Long> sent = new ArrayList<>();
        for (KeyOutcome outcome : outcomes) {
            sent.addAll(outcome.sentIds());
            if (outcome.failure() != null) {
                record(outcome.failure());
            }
        }
        return sent.isEmpty() ? DONE : markSent.apply(sent);
    }

    private void stop(Throwable cause) {
        record(cause);
        if (stop == null) {
            stop = cause;
        }
    }

    private void record(Throwable cause) {
        if (failure == null) {
            failure = cause;
        }
    }

    private static Map<KeyOnTopic, List<OutboxRow>> byKey(List<OutboxRow> rows) {
        Map<KeyOnTopic, List<OutboxRow>> byKey = new LinkedHashMap<>();
        for (OutboxRow row : rows) {
            byKey.computeIfAbsent(row.keyOnTopic(), key -> new ArrayList<>()).add(row);
        }
        return byKey;
    }

    private static List<Long> ids(List<OutboxRow> rows) {
        return rows.stream().map(OutboxRow::id).toList();
    }
}
