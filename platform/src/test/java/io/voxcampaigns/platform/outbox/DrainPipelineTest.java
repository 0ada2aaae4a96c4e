package io.voxcampaigns.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/** The order rule between a drain's rounds, against a broker the test acknowledges row by row. */
class DrainPipelineTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final List<Long> handedOver = new CopyOnWriteArrayList<>();
    private final Map<Long, CompletableFuture<Void>> acks = new ConcurrentHashMap<>();
    private final List<Long> marked = new CopyOnWriteArrayList<>();
    private final Set<Long> refused = ConcurrentHashMap.newKeySet();
    private final DrainPipeline pipeline = new DrainPipeline(
            row -> refused.contains(row.id()) ? new RecordTooLargeException("row " + row.id()) : null,
            row -> Uni.createFrom().completionStage(() -> {
                handedOver.add(row.id());
                return ack(row.id());
            }),
            ids -> Uni.createFrom().item(ids).invoke(marked::addAll).replaceWithVoid());

    @Test
    void aKeysRowsWaitForItsRowsOfEarlierRoundsToBeAcknowledged() {
        pipeline.start(List.of(row(1, "a"), row(2, "b")));
        pipeline.start(List.of(row(3, "a"), row(4, "c")));

        assertThat(handedOver).containsExactly(1L, 2L, 4L);
        ack(1).complete(null);
        assertThat(handedOver).containsExactly(1L, 2L, 4L, 3L);
    }

    @Test
    void aKeysRowsOfSeveralRoundsWaitingForItGoTogether() {
        pipeline.start(List.of(row(1, "a")));
        pipeline.start(List.of(row(2, "a"), row(3, "b")));
        pipeline.start(List.of(row(4, "a")));

        assertThat(handedOver).containsExactly(1L, 3L);
        ack(1).complete(null);
        assertThat(handedOver).containsExactly(1L, 3L, 2L, 4L);
        ack(2).complete(null);
        ack(3).complete(null);
        assertThat(marked).as("rows that went together are acknowledged together").containsExactly(1L);
        ack(4).complete(null);
        assertThat(marked).containsExactlyInAnyOrder(1L, 3L, 2L, 4L);
    }

    @Test
    void aKeysRowsOfOneRoundGoTogetherInIdOrder() {
        pipeline.start(List.of(row(1, "a"), row(2, "b"), row(3, "a"), row(4, "a")));

        assertThat(handedOver).containsExactly(1L, 3L, 4L, 2L);
    }

    @Test
    void aFailedSendBlocksItsKeyAndStopsTheDrain() {
        pipeline.start(List.of(row(1, "a"), row(2, "b")));
        pipeline.start(List.of(row(3, "a"), row(4, "b")));
        ack(1).completeExceptionally(new IllegalStateException("broker unavailable"));
        ack(2).complete(null);

        assertThat(handedOver).containsExactly(1L, 2L);
        assertThat(pipeline.stopped()).isTrue();
        assertThatThrownBy(() -> pipeline.settle().await().atMost(WAIT)).hasMessageContaining("broker unavailable");
        assertThat(marked).containsExactly(2L);
    }

    @Test
    void aRefusedRowBlocksOnlyItsKeyAndTheDrainGoesOn() {
        refused.add(2L);
        pipeline.start(List.of(row(1, "a"), row(2, "a"), row(3, "b"), row(4, "a")));
        ack(1).complete(null);
        ack(3).complete(null);
        pipeline.start(List.of(row(5, "a"), row(6, "b")));
        ack(6).complete(null);

        assertThat(handedOver).containsExactly(1L, 3L, 6L);
        assertThat(pipeline.stopped()).isFalse();
        assertThatThrownBy(() -> pipeline.settle().await().atMost(WAIT)).isInstanceOf(RecordTooLargeException.class);
        assertThat(marked).as("a key is marked when all its rows of the round were acknowledged")
                .containsExactlyInAnyOrder(3L, 6L);
    }

    @Test
    void roundsAreMarkedAsTheyAreAcknowledged() {
        pipeline.start(List.of(row(1, "a"), row(2, "b"), row(3, "a")));
        pipeline.start(List.of(row(4, "c")));
        ack(4).complete(null);
        ack(1).complete(null);
        ack(3).complete(null);

        assertThat(marked).containsExactly(4L);
        ack(2).complete(null);
        pipeline.settle().await().atMost(WAIT);
        assertThat(marked).containsExactlyInAnyOrder(4L, 1L, 3L, 2L);
    }

    @Test
    void awaitingRoomWaitsForTheOldestRounds() {
        pipeline.start(List.of(row(1, "a")));
        pipeline.start(List.of(row(2, "b")));
        List<String> events = new ArrayList<>();
        pipeline.awaitRoom(2, Long.MAX_VALUE, Integer.MAX_VALUE).subscribe().with(ignored -> events.add("room"));

        assertThat(events).isEmpty();
        ack(2).complete(null);
        assertThat(events).isEmpty();
        ack(1).complete(null);
        assertThat(events).containsExactly("room");
    }

    private CompletableFuture<Void> ack(long id) {
        return acks.computeIfAbsent(id, ignored -> new CompletableFuture<>());
    }

    private static OutboxRow row(long id, String key) {
        return new OutboxRow(id, UUID.randomUUID(), "topic", key, "Event", new byte[10], null);
    }
}
