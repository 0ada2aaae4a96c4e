package io.voxcampaigns.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.AvroRuntimeException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/**
 * Every generated event class carries the schema its {@code .avsc} file says now. avro-maven-plugin regenerates an
 * event from its own file only, so after a change to a shared type in {@code common/} an incremental build keeps an
 * event class whose embedded schema lacks the change, and the field is silently dropped when the event is encoded.
 * This test fails then: build with {@code ./mvnw -pl schemas clean install}.
 */
class GeneratedSchemasTest {

    private static final Path AVRO = Path.of("src/main/avro");

    @Test
    void eachEventClassMatchesItsSchemaFile() throws IOException {
        Schema.Parser parser = commonTypes();
        for (Class<? extends SpecificRecord> type : EventCatalog.all()) {
            Schema generated = SpecificData.get().getSchema(type);
            Path file;
            try (Stream<Path> files = Files.walk(AVRO)) {
                file = files.filter(path -> path.getFileName().toString().equals(type.getSimpleName() + ".avsc"))
                        .findFirst().orElseThrow(() -> new AssertionError("no .avsc for " + type.getName()));
            }
            Schema parsed = new Schema.Parser().addTypes(parser.getTypes().values()).parse(file.toFile());
            assertThat(SchemaNormalization.parsingFingerprint64(generated))
                    .as("%s: the generated class's schema is not %s; run ./mvnw -pl schemas clean install",
                            type.getSimpleName(), file)
                    .isEqualTo(SchemaNormalization.parsingFingerprint64(parsed));
        }
    }

    /** The shared types of {@code common/}, parsed in an order that resolves their references to each other. */
    private static Schema.Parser commonTypes() throws IOException {
        List<Path> pending;
        try (Stream<Path> files = Files.list(AVRO.resolve("common"))) {
            pending = new ArrayList<>(files.sorted().toList());
        }
        Schema.Parser parser = new Schema.Parser();
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (Iterator<Path> it = pending.iterator(); it.hasNext();) {
                Path file = it.next();
                try {
                    Schema.Parser attempt = new Schema.Parser().addTypes(parser.getTypes().values());
                    attempt.parse(file.toFile());
                    parser.addTypes(attempt.getTypes().values());
                    it.remove();
                } catch (AvroRuntimeException unresolved) {
                    // refers to a type not parsed yet: tried again in the next pass
                }
            }
            assertThat(pending.size()).as("common types that refer to unknown types: %s", pending).isLessThan(before);
        }
        return parser;
    }
}
