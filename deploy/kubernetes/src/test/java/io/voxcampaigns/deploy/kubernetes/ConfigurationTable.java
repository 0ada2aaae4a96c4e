package io.voxcampaigns.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table under {@code ## Configuration} of a service's README.md: one row per property,
 * {@code | description | `ENV_VAR` | `property` | `default` or – |}.
 */
final class ConfigurationTable {

    static final String HEADING = "## Configuration";
    static final String NONE = "–";

    private ConfigurationTable() {
    }

    record Row(String description, String environmentVariable, String property, String defaultValue) {

        /** The row as it should be written. */
        static String format(String description, String property, String defaultValue) {
            return "| " + description + " | `" + ServiceConfiguration.environmentName(property) + "` | `" + property
                    + "` | " + (defaultValue == null ? NONE : "`" + defaultValue + "`") + " |";
        }
    }

    /** Rows by property, in file order; empty when the README or the section is missing. */
    static Map<String, Row> read(Path readme) {
        Map<String, Row> rows = new LinkedHashMap<>();
        if (!Files.isRegularFile(readme)) {
            return rows;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(readme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inSection = line.trim().equals(HEADING);
                continue;
            }
            if (!inSection || !line.startsWith("|") || line.startsWith("|---") || line.startsWith("| description")) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            if (cells.length != 6) {
                throw new AssertionError(readme + ": a configuration row needs 4 cells: " + line);
            }
            String property = unquote(cells[3]);
            String defaultValue = unquote(cells[4]);
            rows.put(property, new Row(cells[1].trim(), unquote(cells[2]), property,
                    NONE.equals(defaultValue) ? null : defaultValue));
        }
        return rows;
    }

    private static String unquote(String cell) {
        String trimmed = cell.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("`") && trimmed.endsWith("`")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
