package io.voxcampaigns.events.serde;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;

/** Released writer schemas, read from a class-path directory listed by its index.txt. */
public final class SchemaHistory {

    /** The class-path directory of the released schemas in this jar. */
    public static final String RELEASED_DIRECTORY = "avro-history";

    private static final String INDEX = "index.txt";

    private final Map<String, Schema> byFile;

    private SchemaHistory(Map<String, Schema> byFile) {
        this.byFile = Collections.unmodifiableMap(byFile);
    }

    /** Every released schema version packaged in this jar under avro-history/. */
    public static SchemaHistory released() {
        return Released.HISTORY;
    }

    /** Loads {@code directory/index.txt} and every .avsc file it lists (self-contained schemas) from a class loader. */
    public static SchemaHistory load(ClassLoader loader, String directory) {
        Map<String, Schema> byFile = new LinkedHashMap<>();
        for (String file : index(loader, directory)) {
            byFile.put(file, parse(loader, directory + "/" + file));
        }
        return new SchemaHistory(byFile);
    }

    /** The schemas by file name, in index order. */
    public Map<String, Schema> byFile() {
        return byFile;
    }

    /** The historic schemas of one record, by Avro full name (e.g. io.voxcampaigns.events.call.CallEnded). */
    public List<Schema> versionsOf(String fullName) {
        return byFile.values().stream().filter(schema -> schema.getFullName().equals(fullName)).toList();
    }

    private static List<String> index(ClassLoader loader, String directory) {
        String path = directory + "/" + INDEX;
        try (InputStream in = open(loader, path);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static Schema parse(ClassLoader loader, String path) {
        try (InputStream in = open(loader, path)) {
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        } catch (SchemaParseException e) {
            throw new IllegalStateException("invalid schema in " + path + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(ClassLoader loader, String path) {
        InputStream in = loader.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the class path of " + loader);
        }
        return in;
    }

    private static final class Released {
        static final SchemaHistory HISTORY = load(SchemaHistory.class.getClassLoader(), RELEASED_DIRECTORY);
    }
}
