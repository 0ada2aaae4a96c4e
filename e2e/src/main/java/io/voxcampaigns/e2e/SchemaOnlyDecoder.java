package io.voxcampaigns.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;

/**
 * Decodes event records as an outside subscriber would: with nothing but the published {@code .avsc} files and
 * Avro's generic reader (single-object encoding: {@code C3 01}, the writer schema's CRC-64-AVRO fingerprint little
 * endian, the binary datum). No generated class and no project code.
 */
public final class SchemaOnlyDecoder {

    private final Map<Long, Schema> byFingerprint = new HashMap<>();

    /** Parses every .avsc under the directory (named types may come from any file, so unresolved ones are retried). */
    public static SchemaOnlyDecoder fromDirectory(Path avroDirectory) {
        List<Path> pending;
        try (Stream<Path> files = Files.walk(avroDirectory)) {
            pending = new ArrayList<>(files.filter(p -> p.toString().endsWith(".avsc")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // each file with a fresh parser that knows the named types parsed so far, so a failed attempt leaves nothing
        Map<String, Schema> known = new HashMap<>();
        SchemaOnlyDecoder decoder = new SchemaOnlyDecoder();
        while (!pending.isEmpty()) {
            List<Path> retry = new ArrayList<>();
            for (Path file : pending) {
                Schema.Parser parser = new Schema.Parser().addTypes(known.values());
                try {
                    Schema schema = parser.parse(Files.readString(file));
                    known.putAll(parser.getTypes());
                    decoder.byFingerprint.put(SchemaNormalization.parsingFingerprint64(schema), schema);
                } catch (AvroRuntimeException e) {
                    retry.add(file); // refers to a type of a file not parsed yet
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (retry.size() == pending.size()) {
                throw new IllegalStateException("Cannot resolve the named types of " + retry);
            }
            pending = retry;
        }
        return decoder;
    }

    /** The record, or null when the bytes are not a single-object encoded record of a known schema. */
    public GenericRecord decode(byte[] bytes) {
        if (bytes == null || bytes.length < 10 || (bytes[0] & 0xff) != 0xC3 || bytes[1] != 0x01) {
            return null;
        }
        long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        Schema schema = byFingerprint.get(fingerprint);
        if (schema == null) {
            return null;
        }
        try {
            return new GenericDatumReader<GenericRecord>(schema)
                    .read(null, DecoderFactory.get().binaryDecoder(bytes, 10, bytes.length - 10, null));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public int schemas() {
        return byFingerprint.size();
    }
}
