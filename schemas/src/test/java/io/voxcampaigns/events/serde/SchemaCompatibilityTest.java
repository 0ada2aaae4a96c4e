package io.voxcampaigns.events.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.voxcampaigns.events.EventCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityResult;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaCompatibilityTest {

    private static final Path HISTORY_SOURCES = Path.of("src/main/resources", SchemaHistory.RELEASED_DIRECTORY);
    private static final Pattern FILE_NAME = Pattern.compile("([A-Za-z0-9]+)-v([1-9][0-9]*)\\.avsc");

    static Stream<Named<Schema>> releasedSchemas() {
        return SchemaHistory.released().byFile().entrySet().stream()
                .map(entry -> Named.of(entry.getKey(), entry.getValue()));
    }

    private static Map<String, Schema> currentSchemas() {
        return EventCatalog.all().stream().collect(Collectors.toMap(
                type -> current(type).getFullName(), SchemaCompatibilityTest::current));
    }

    private static Schema current(Class<? extends SpecificRecord> type) {
        return SpecificData.getForClass(type).getSchema(type);
    }

    @ParameterizedTest
    @MethodSource("releasedSchemas")
    void currentSchemaReadsTheReleasedWriter(Schema released) {
        Schema current = currentSchemas().get(released.getFullName());

        assertCompatible("backward: current " + released.getFullName() + " cannot read data written with the released"
                + " version", current, released);
    }

    @ParameterizedTest
    @MethodSource("releasedSchemas")
    void releasedSchemaReadsTheCurrentWriter(Schema released) {
        Schema current = currentSchemas().get(released.getFullName());

        assertCompatible("forward: the released version of " + released.getFullName() + " cannot read data written"
                + " with the current schema", released, current);
    }

    @Test
    void everyCataloguedEventHasAReleasedSchema() {
        Set<String> released = SchemaHistory.released().byFile().values().stream()
                .map(Schema::getFullName).collect(Collectors.toSet());

        assertThat(currentSchemas().keySet()).allSatisfy(name -> assertThat(released)
                .as("no file in avro-history/ holds a released version of " + name).contains(name));
    }

    @Test
    void everyReleasedSchemaBelongsToACataloguedEvent() {
        Map<String, Schema> current = currentSchemas();

        assertThat(SchemaHistory.released().byFile()).allSatisfy((file, schema) -> assertThat(current)
                .as(file + " holds " + schema.getFullName() + ", which is not an event in EventCatalog")
                .containsKey(schema.getFullName()));
    }

    @Test
    void filesAreNamedAfterTheirRecordWithVersionsOneToN() {
        Map<String, Set<Integer>> versionsByRecord = new TreeMap<>();
        SchemaHistory.released().byFile().forEach((file, schema) -> {
            Matcher name = FILE_NAME.matcher(file);
            assertThat(name.matches()).as(file + " is not named <RecordName>-v<N>.avsc").isTrue();
            assertThat(name.group(1)).as(file).isEqualTo(schema.getName());
            versionsByRecord.computeIfAbsent(schema.getFullName(), key -> new TreeSet<>())
                    .add(Integer.parseInt(name.group(2)));
        });

        versionsByRecord.forEach((record, versions) -> assertThat(versions).as("versions of " + record)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, versions.size()).boxed().toList()));
    }

    @Test
    void indexListsExactlyTheFilesInTheDirectory() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(HISTORY_SOURCES)) {
            files = listing.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".avsc")).toList();
        }

        assertThat(SchemaHistory.released().byFile().keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    private static void assertCompatible(String description, Schema reader, Schema writer) {
        assertThat(reader).as(description + ": no current schema has this name").isNotNull();
        SchemaCompatibilityResult result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getResult();

        assertThat(result.getCompatibility()).as(() -> description + ": " + describe(result))
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    private static String describe(SchemaCompatibilityResult result) {
        return result.getIncompatibilities().stream()
                .map(incompatibility -> incompatibility.getType() + " at " + incompatibility.getLocation() + ": "
                        + incompatibility.getMessage())
                .collect(Collectors.joining("; "));
    }
}
