package io.voxcampaigns.dispatcher.messaging;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.messaging.IdempotentConsumer;

/**
 * Applies a consumed record once (platform {@link IdempotentConsumer}) and, once its transaction committed, acts on
 * the id the handler touched: the engine must only see a change it can read.
 */
@ApplicationScoped
class ApplyOnce {

    private final IdempotentConsumer consumer;

    ApplyOnce(IdempotentConsumer consumer) {
        this.consumer = consumer;
    }

    /** {@code handler} answers the id it touched (null: none); {@code committed} gets it after the commit. */
    Uni<Void> apply(String name, byte[] payload, Function<SpecificRecord, Uni<UUID>> handler,
                    Consumer<UUID> committed) {
        AtomicReference<UUID> touched = new AtomicReference<>();
        return consumer.apply(name, payload, event -> handler.apply(event).invoke(touched::set).replaceWithVoid())
                .invoke(() -> {
                    if (touched.get() != null) {
                        committed.accept(touched.get());
                    }
                });
    }
}
