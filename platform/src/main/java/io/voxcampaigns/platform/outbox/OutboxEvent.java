package io.voxcampaigns.platform.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.apache.avro.specific.SpecificRecord;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voxcampaigns.events.EventCatalog;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.platform.tracing.TraceParents;

/** One event waiting in the outbox: written in the state change's transaction, relayed to Kafka after commit. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "record_key", nullable = false, updatable = false)
    public String recordKey;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public byte[] payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** W3C traceparent of the span that wrote the event; null without tracing. */
    @Column(name = "trace_parent", updatable = false)
    public String traceParent;

    static OutboxEvent of(SpecificRecord event, Instant createdAt) {
        return of(event, TraceParents.current(), createdAt);
    }

    static OutboxEvent of(SpecificRecord event, String traceParent, Instant createdAt) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString(EventCodec.eventId(event));
        row.topic = EventCatalog.topicOf(event.getClass());
        row.recordKey = EventKeys.of(event);
        row.eventType = EventCodec.eventType(event);
        row.payload = EventCodec.encode(event);
        row.createdAt = createdAt;
        row.traceParent = traceParent;
        return row;
    }
}
