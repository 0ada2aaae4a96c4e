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
 * <p>Only undecodable ({@link EventDecodingException}) or invalid ({@link UnprocessableEventException}) records fail,
 * so that the channel's dead-letter strategy moves them (with their original bytes) to the dead-letter topic. Every
 * other failure (database down, ...) is transient: the record is retried with exponential backoff between
 * {@link ConsumerConfig#retryInitialBackoff()} and {@link ConsumerConfig#retryMaxBackoff()} for as long as it fails,
 * so an outage delays work and never moves a valid record away. Meanwhile its Uni does not complete, so the channel
 * requests no further record and its partitions make no progress; {@link RetryingConsumers} tells the metrics and
 * readiness.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final ProcessedEvents processed;
    private final ConsumerConfig config;
    private final RetryingConsumers retrying;

    IdempotentConsumer(ProcessedEvents processed, ConsumerConfig config, RetryingConsumers retrying) {
        this.processed = processed;
        this.config = config;
        this.retrying = retrying;
    }

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
     * decoded go to the dead-letter topic alone. A batch failing transiently is retried as a whole; one failing with
     * {@link UnprocessableEventException} (an invalid event among them) is split until the records that fail on their
     * own are found, and only those are dead-lettered. Acknowledges the batch once every record is settled.
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
     * Applies the events in one transaction; if that fails for an invalid event (transient failures are retried
     * within), applies each half the same way, in order, down to single events, which go to the dead-letter topic when
     * they fail alone: one poison record costs about twice log2(n) extra transactions, not n.
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
        return untilNotTransient(consumer, what, () -> Panache.withTransaction(() ->
                processed.markAllProcessed(consumer, ids).chain(fresh -> handler.apply(newOnes(events, fresh)))));
    }

    /**
     * Runs {@code work} again after every transient failure, without a time limit. Should a transient failure still
     * come out (the retry's own scheduling refused while the application stops), the Uni never completes instead:
     * failing it would dead-letter a valid record, while a record left unacknowledged is consumed again after the
     * restart.
     */
    private Uni<Void> untilNotTransient(String consumer, String what, Supplier<Uni<Void>> work) {
        retrying.register(consumer);
        return Uni.createFrom().<Void>deferred(work::get)
                .onFailure(IdempotentConsumer::isTransient).invoke(failure -> {
                    retrying.failed(consumer, failure);
                    LOG.warnf("%s: applying %s failed, will retry: %s", consumer, what,
                            RetryingConsumers.describe(failure));
                })
                .onFailure(IdempotentConsumer::isTransient).retry()
                .withBackOff(config.retryInitialBackoff(), config.retryMaxBackoff()).indefinitely()
                .onTermination().invoke(() -> retrying.settled(consumer))
                .onFailure(IdempotentConsumer::isTransient).recoverWithUni(failure -> {
                    LOG.errorf("%s: retrying %s stopped (%s); it stays unacknowledged and is consumed again after a "
                            + "restart", consumer, what, RetryingConsumers.describe(failure));
                    return Uni.createFrom().nothing();
                });
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

    /** Whether retrying may help: anything but an undecodable or invalid record (also when wrapped). */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EventDecodingException || cause instanceof UnprocessableEventException) {
                return false;
            }
        }
        return true;
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
