package io.voxcampaigns.platform.messaging;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.avro.specific.SpecificRecord;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.events.serde.EventDecodingException;

/**
 * Applies a consumed record at most once per consumer: decodes the single-object Avro bytes, then in one
 * transaction records the event id in processed_event and applies the handler only if it was new.
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
        SpecificRecord event;
        try {
            event = EventCodec.decode(payload);
        } catch (EventDecodingException e) {
            return Uni.createFrom().failure(e);
        }
        String eventId = EventCodec.eventId(event);
        return Panache.withTransaction(() -> processed.markProcessed(consumer, eventId)
                        .chain(first -> first ? handler.apply(event) : duplicate(consumer, eventId)))
                .onFailure(IdempotentConsumer::isTransient).invoke(failure ->
                        LOG.warnf("%s: applying event %s failed, will retry: %s", consumer, eventId, failure.getMessage()))
                .onFailure(IdempotentConsumer::isTransient).retry()
                .withBackOff(config.retryInitialBackoff(), config.retryMaxBackoff())
                .expireIn(config.retryFor().toMillis());
    }

    private static Uni<Void> duplicate(String consumer, String eventId) {
        LOG.debugf("%s: event %s already applied, skipped", consumer, eventId);
        return Uni.createFrom().voidItem();
    }

    static boolean isTransient(Throwable failure) {
        return !(failure instanceof EventDecodingException || failure instanceof UnprocessableEventException);
    }
}
