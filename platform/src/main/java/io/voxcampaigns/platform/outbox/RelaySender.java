package io.voxcampaigns.platform.outbox;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.voxcampaigns.platform.tracing.TraceParents;

/**
 * Hands outbox rows to the relay's Kafka channel, and refuses up front a row its producer would refuse for its size.
 *
 * <p>The producer refuses such a record on its own and goes on with the records sent after it, also those of the
 * same key: handed over, a too-large row would let the later rows of its key overtake it once it is repaired.
 */
@ApplicationScoped
class RelaySender {

    /** Messages the emitter holds before the connector takes them; more in flight would fail the sends. */
    static final int EMITTER_BUFFER = 8192;
    /** Room for the headers the connector adds (traceparent, tracestate) to what the size check sees. */
    private static final int CONNECTOR_HEADERS_BYTES = 256;

    private final MutinyEmitter<byte[]> emitter;
    private final KafkaClientService kafka;
    private volatile int maxRecordBytes;

    RelaySender(@Channel(OutboxRelay.CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = EMITTER_BUFFER)
            MutinyEmitter<byte[]> emitter, KafkaClientService kafka) {
        this.emitter = emitter;
        this.kafka = kafka;
    }

    /** Why the row can never be handed to the producer (null: it can). */
    RuntimeException refusal(OutboxRow row) {
        int size = AbstractRecords.estimateSizeInBytesUpperBound(RecordBatch.CURRENT_MAGIC_VALUE, CompressionType.NONE,
                row.recordKey().getBytes(StandardCharsets.UTF_8), row.payload(), row.headers().toArray())
                + CONNECTOR_HEADERS_BYTES;
        if (size <= maxRecordBytes()) {
            return null;
        }
        return new RecordTooLargeException("outbox row " + row.id() + " (event " + row.eventId() + ") is about " + size
                + " bytes as a record, above the relay producer's " + ProducerConfig.MAX_REQUEST_SIZE_CONFIG + " of "
                + maxRecordBytes() + "; it blocks key " + row.recordKey() + " on " + row.topic() + " until repaired");
    }

    /** Hands the row to Kafka when subscribed; completes when the broker acknowledged it. */
    Uni<Void> send(OutboxRow row) {
        RecordHeaders headers = row.headers();
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic())
                .withKey(row.recordKey())
                .withHeaders(headers)
                .build();
        Message<byte[]> message = Message.of(row.payload()).addMetadata(metadata);
        if (row.traceParent() != null) {
            // The connector's producer span becomes a child of the writer's span and goes out as the traceparent header.
            message = message.addMetadata(TracingMetadata.withCurrent(TraceParents.context(row.traceParent())));
        }
        return emitter.sendMessage(message);
    }

    /** The producer's max.request.size, read once from the producer the connector made. */
    private int maxRecordBytes() {
        if (maxRecordBytes == 0) {
            Object configured = kafka.getProducer(OutboxRelay.CHANNEL).configuration()
                    .get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
            maxRecordBytes = configured != null ? Integer.parseInt(configured.toString())
                    : (Integer) ProducerConfig.configDef().defaultValues().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        }
        return maxRecordBytes;
    }
}
