package io.voxcampaigns.platform.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.events.serde.EventDecodingException;

/**
 * Applies consumed records at most once per consumer: decodes the single-object Avro bytes, then in one
 * transaction records the event ids in processed_event and applies the handler to the ones that were new.
 *
 * <p>Undecodable or unprocessable records fail at once, so the channel's dead-letter strategy moves them (with
 * their original bytes) to the dead-letter topic. Other failures (database down, ...) are retried with backoff
 * for {@link ConsumerConfig#retryFor()} before giving up, so an outage delays work instead of losing it.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    ConsumerConfig config;

    /** Decodes {@code payload} and applies it once for {@code consumer}; the returned Uni acks or nacks the record. */
    public Uni<Void> apply(String consumer, byte[] payload, Function<SpecificRecord, Uni<Void>> handler) {
        Decoded decoded;
        try {
            decoded = Decoded.of(payload);
        } catch (UnprocessableEventException | EventDecodingException e) {
            return Uni.createFrom().failure(e);
        }
        return applyTogether(consumer, List.of(decoded),
                events -> events.isEmpty() ? duplicate(consumer, decoded.eventId()) : handler.apply(events.get(0)));
    }

    /**
     * Applies a poll's records in one transaction: {@code handler} gets the new events in topic order (ids already
     * applied, and copies within the batch, left out) and must apply them all or fail. Records that cannot be
     * decoded go to the dead-letter topic alone. If the batch fails as a whole (an unprocessable event among them,
     * or a transient failure that outlived the retries), it is split until the records that fail on their own are
     * found, and only those are dead-lettered. Acknowledges the batch once every record is settled.
     */
    public <K> Uni<Void> applyBatch(String consumer, KafkaRecordBatch<K, byte[]> batch,
            Function<List<SpecificRecord>, Uni<Void>> handler) {
        Map<UUID, Decoded> events = new LinkedHashMap<>();
        List<Uni<Void>> rejections = new ArrayList<>();
        for (KafkaRecord<K, byte[]> record : batch.getRecords()) {
            try {
                Decoded decoded = Decoded.of(record.getPayload());
                events.putIfAbsent(decoded.eventId(), decoded.from(record));
            } catch (UnprocessableEventException | EventDecodingException e) {
                rejections.add(nack(record, e));
            }
        }
        // Dead-lettering completes on the producer's context, where the session cannot be used: it comes last.
        return applyOrSplit(consumer, List.copyOf(events.values()), handler, rejections)
                .chain(() -> sequentially(rejections))
                .chain(() -> Uni.createFrom().completionStage(batch::ack));
    }

    /**
     * Applies the events in one transaction; if that fails, applies each half the same way, in order, down to single
     * events, which go to the dead-letter topic when they fail alone: one poison record costs about twice log2(n)
     * extra transactions, not n.
     */
    private Uni<Void> applyOrSplit(String consumer, List<Decoded> events,
            Function<List<SpecificRecord>, Uni<Void>> handler, List<Uni<Void>> rejections) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return applyTogether(consumer, events, handler).onFailure().recoverWithUni(failure -> {
            if (events.size() == 1) {
                rejections.add(nack(events.get(0).record(), failure));
                return Uni.createFrom().voidItem();
            }
            LOG.infof("%s: %d events failed together (%s); splitting them", consumer, events.size(),
                    failure.getMessage());
            int half = events.size() / 2;
            return applyOrSplit(consumer, events.subList(0, half), handler, rejections)
                    .chain(() -> applyOrSplit(consumer, events.subList(half, events.size()), handler, rejections));
        });
    }

    private Uni<Void> applyTogether(String consumer, List<Decoded> events,
            Function<List<SpecificRecord>, Uni<Void>> handler) {
        List<UUID> ids = events.stream().map(Decoded::eventId).toList();
        String what = events.size() == 1 ? "event " + ids.get(0) : events.size() + " events";
        return retryingTransient(consumer, what, () -> Panache.withTransaction(() ->
                processed.markAllProcessed(consumer, ids).chain(fresh -> handler.apply(newOnes(events, fresh)))));
    }

    private Uni<Void> retryingTransient(String consumer, String what, Supplier<Uni<Void>> work) {
        return Uni.createFrom().<Void>deferred(work::get)
                .onFailure(IdempotentConsumer::isTransient).invoke(failure ->
                        LOG.warnf("%s: applying %s failed, will retry: %s", consumer, what, failure.getMessage()))
                .onFailure(IdempotentConsumer::isTransient).retry()
                .withBackOff(config.retryInitialBackoff(), config.retryMaxBackoff())
                .expireIn(config.retryFor().toMillis());
    }

    private static List<SpecificRecord> newOnes(List<Decoded> events, Set<UUID> fresh) {
        return events.stream().filter(e -> fresh.contains(e.eventId())).map(Decoded::event).toList();
    }

    private static Uni<Void> nack(KafkaRecord<?, byte[]> record, Throwable failure) {
        return Uni.createFrom().completionStage(() -> record.nack(failure));
    }

    private static Uni<Void> sequentially(List<Uni<Void>> steps) {
        if (steps.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(steps).onItem().transformToUniAndConcatenate(step -> step)
                .collect().last().replaceWithVoid();
    }

    private static Uni<Void> duplicate(String consumer, UUID eventId) {
        LOG.debugf("%s: event %s already applied, skipped", consumer, eventId);
        return Uni.createFrom().voidItem();
    }

    static boolean isTransient(Throwable failure) {
        return !(failure instanceof EventDecodingException || failure instanceof UnprocessableEventException);
    }

    /** A decoded event, its id, and the record it came from (null when consumed one record at a time). */
    private record Decoded(SpecificRecord event, UUID eventId, KafkaRecord<?, byte[]> record) {

        static Decoded of(byte[] payload) {
            SpecificRecord event = EventCodec.decode(payload);
            String id = EventCodec.eventId(event);
            if (id == null) {
                throw new UnprocessableEventException(EventCodec.eventType(event) + " has no event_id");
            }
            try {
                return new Decoded(event, UUID.fromString(id), null);
            } catch (IllegalArgumentException e) {
                throw new UnprocessableEventException("event_id " + id + " is not a UUID");
            }
        }

        Decoded from(KafkaRecord<?, byte[]> kafkaRecord) {
            return new Decoded(event, eventId, kafkaRecord);
        }
    }
}
