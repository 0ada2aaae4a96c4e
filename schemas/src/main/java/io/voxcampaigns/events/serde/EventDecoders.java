package io.voxcampaigns.events.serde;

import io.voxcampaigns.events.EventCatalog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/** One single-object decoder per catalogued event, knowing its current schema and a history of writer schemas. */
final class EventDecoders {

    /** Marker bytes of Avro single-object encoding, read only to pick the class before Avro decodes. */
    private static final byte MARKER_0 = (byte) 0xC3;
    private static final byte MARKER_1 = (byte) 0x01;
    private static final int HEADER_LENGTH = 10;

    private final Map<Class<?>, BinaryMessageDecoder<SpecificRecord>> decoderByClass;
    private final Map<Long, Class<? extends SpecificRecord>> classByFingerprint;

    /** Decoders for the current schema of every catalogued event plus the history's versions of it. */
    EventDecoders(SchemaHistory history) {
        Map<Class<?>, BinaryMessageDecoder<SpecificRecord>> decoders = new HashMap<>();
        Map<Long, Class<? extends SpecificRecord>> classes = new HashMap<>();
        for (Class<? extends SpecificRecord> type : EventCatalog.all()) {
            SpecificData model = SpecificModels.forClass(type);
            Schema current = model.getSchema(type);
            BinaryMessageDecoder<SpecificRecord> decoder = new BinaryMessageDecoder<>(model, current);
            register(classes, current, type);
            for (Schema writer : history.versionsOf(current.getFullName())) {
                if (register(classes, writer, type)) {
                    decoder.addSchema(writer);
                }
            }
            decoders.put(type, decoder);
        }
        this.decoderByClass = Map.copyOf(decoders);
        this.classByFingerprint = Map.copyOf(classes);
    }

    /**
     * Maps the writer's fingerprint to the class; false when it is already known (a version whose parsing canonical
     * form equals an earlier one, e.g. a doc-only change, keeps the earlier writer schema, the current one first).
     */
    private static boolean register(Map<Long, Class<? extends SpecificRecord>> classes, Schema writer,
            Class<? extends SpecificRecord> type) {
        Class<?> previous = classes.putIfAbsent(SchemaNormalization.parsingFingerprint64(writer), type);
        if (previous != null && previous != type) {
            throw new IllegalStateException(writer.getFullName() + " has the fingerprint of " + previous.getName());
        }
        return previous == null;
    }

    SpecificRecord decode(byte[] bytes) {
        long fingerprint = fingerprintOf(bytes);
        return read(bytes, fingerprint, typeOf(fingerprint));
    }

    <T extends SpecificRecord> T decode(byte[] bytes, Class<T> type) {
        if (!decoderByClass.containsKey(type)) {
            throw new IllegalArgumentException(type.getName() + " is not an event class listed in EventCatalog");
        }
        long fingerprint = fingerprintOf(bytes);
        Class<? extends SpecificRecord> actual = typeOf(fingerprint);
        if (actual != type) {
            throw new EventDecodingException("expected " + type.getName() + " but the bytes hold " + actual.getName()
                    + " (schema fingerprint " + hex(fingerprint) + ")");
        }
        return type.cast(read(bytes, fingerprint, type));
    }

    private Class<? extends SpecificRecord> typeOf(long fingerprint) {
        Class<? extends SpecificRecord> type = classByFingerprint.get(fingerprint);
        if (type == null) {
            throw new EventDecodingException("unknown schema fingerprint " + hex(fingerprint)
                    + ": no current or released event schema in this schemas jar has it"
                    + " (a producer on a newer schema? consumers must be upgraded first)");
        }
        return type;
    }

    private SpecificRecord read(byte[] bytes, long fingerprint, Class<?> type) {
        try {
            return decoderByClass.get(type).decode(bytes);
        } catch (IOException | RuntimeException e) {
            throw new EventDecodingException("truncated or corrupt " + type.getName() + " datum (schema fingerprint "
                    + hex(fingerprint) + "): " + describe(e), e);
        }
    }

    /** Checks the single-object header and returns its CRC-64-AVRO fingerprint (little-endian on the wire). */
    private static long fingerprintOf(byte[] bytes) {
        if (bytes == null) {
            throw new EventDecodingException("not Avro single-object encoded: no bytes (null)");
        }
        if (bytes.length == 0) {
            throw new EventDecodingException("not Avro single-object encoded: empty (0 bytes)");
        }
        if (bytes.length < 2 || bytes[0] != MARKER_0 || bytes[1] != MARKER_1) {
            throw new EventDecodingException("not Avro single-object encoded: missing C3 01 marker (starts with "
                    + firstBytes(bytes) + ")");
        }
        if (bytes.length < HEADER_LENGTH) {
            throw new EventDecodingException("not Avro single-object encoded: header truncated (" + bytes.length
                    + " of " + HEADER_LENGTH + " bytes)");
        }
        return ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    }

    private static String firstBytes(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(2, bytes.length); i++) {
            text.append(i == 0 ? "" : " ").append(String.format("%02X", bytes[i]));
        }
        return text.toString();
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            text.append(text.length() == 0 ? "" : "; caused by ").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }

    static String hex(long fingerprint) {
        return String.format("0x%016X", fingerprint);
    }
}
