package io.voxcampaigns.events.serde;

import io.voxcampaigns.events.EventCatalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/** Avro single-object encoding of the catalogued events: C3 01, CRC-64-AVRO fingerprint (LE), binary datum. */
public final class EventCodec {

    private static final Map<Class<?>, BinaryMessageEncoder<SpecificRecord>> ENCODERS = encoders();

    private EventCodec() {
    }

    private static Map<Class<?>, BinaryMessageEncoder<SpecificRecord>> encoders() {
        Map<Class<?>, BinaryMessageEncoder<SpecificRecord>> encoders = new HashMap<>();
        for (Class<? extends SpecificRecord> type : EventCatalog.all()) {
            SpecificData model = SpecificModels.forClass(type);
            encoders.put(type, new BinaryMessageEncoder<>(model, model.getSchema(type)));
        }
        return Map.copyOf(encoders);
    }

    /** Encodes a catalogued event; IllegalArgumentException for another class or an invalid record. */
    public static byte[] encode(SpecificRecord record) {
        Objects.requireNonNull(record, "record");
        BinaryMessageEncoder<SpecificRecord> encoder = ENCODERS.get(record.getClass());
        if (encoder == null) {
            throw new IllegalArgumentException(
                    record.getClass().getName() + " is not an event class listed in EventCatalog");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try {
            encoder.encode(record, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot encode " + eventType(record) + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Decodes any catalogued event written with its current or a released schema into its current class. */
    public static SpecificRecord decode(byte[] bytes) {
        return Defaults.DECODERS.decode(bytes);
    }

    /** Decodes an event of a known class; EventDecodingException when the bytes hold another event. */
    public static <T extends SpecificRecord> T decode(byte[] bytes, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return Defaults.DECODERS.decode(bytes, type);
    }

    /** The event's event_id. */
    public static String eventId(SpecificRecord record) {
        return Objects.toString(field(record, "event_id"), null);
    }

    /** The event's occurred_at. */
    public static Instant occurredAt(SpecificRecord record) {
        Object value = field(record, "occurred_at");
        return value instanceof Long millis ? Instant.ofEpochMilli(millis) : (Instant) value;
    }

    /** The event's organization_id. */
    public static String organizationId(SpecificRecord record) {
        return Objects.toString(field(record, "organization_id"), null);
    }

    /** The event's type: the Avro full name of its record, e.g. io.voxcampaigns.events.call.CallEnded. */
    public static String eventType(SpecificRecord record) {
        Objects.requireNonNull(record, "record");
        return record.getSchema().getFullName();
    }

    private static Object field(SpecificRecord record, String name) {
        Objects.requireNonNull(record, "record");
        Schema.Field field = record.getSchema().getField(name);
        if (field == null) {
            throw new IllegalArgumentException(eventType(record) + " has no field " + name);
        }
        return record.get(field.pos());
    }

    private static final class Defaults {
        static final EventDecoders DECODERS = new EventDecoders(SchemaHistory.released());
    }
}
