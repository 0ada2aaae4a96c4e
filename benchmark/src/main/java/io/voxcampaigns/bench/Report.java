package io.voxcampaigns.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one table the command prints: figure, target, verdict. */
final class Report {

    private record Row(String what, String figure, String target, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();

    void info(String what, String figure) {
        rows.add(new Row(what, figure, "-", "-"));
        System.out.printf(Locale.ROOT, "  %s: %s%n", what, figure);
    }

    void check(String what, String figure, String target, boolean met) {
        rows.add(new Row(what, figure, target, met ? "met" : "MISSED"));
        System.out.printf(Locale.ROOT, "  %s: %s (target %s: %s)%n", what, figure, target, met ? "met" : "MISSED");
    }

    void failed(String what, String reason) {
        rows.add(new Row(what, "not measured: " + reason, "-", "FAILED"));
        System.out.printf(Locale.ROOT, "  %s: not measured: %s%n", what, reason);
    }

    /** Markdown, so the table can go into the README as printed. */
    String table() {
        StringBuilder out = new StringBuilder("| what | figure | target | verdict |\n|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.what()).append(" | ").append(row.figure()).append(" | ")
                    .append(row.target()).append(" | ").append(row.verdict()).append(" |\n");
        }
        return out.toString();
    }
}
