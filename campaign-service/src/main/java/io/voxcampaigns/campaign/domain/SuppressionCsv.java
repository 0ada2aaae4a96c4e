package io.voxcampaigns.campaign.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a suppression import (text/csv): {@code number} or {@code number,reason}; the reason may be quoted
 * (RFC 4180, {@code ""} for a quote inside). Fields are trimmed. The first line may be the header {@code number} (or
 * {@code number,reason}). A line is parsed alone: a quoted field cannot span lines.
 */
public final class SuppressionCsv {

    private static final String HEADER = "number";

    private SuppressionCsv() {
    }

    /** A parsed line: the number and its reason (the line's own, else the import's), or why the line is invalid. */
    public record Row(String number, String reason, String problem) {

        public boolean valid() {
            return problem == null;
        }
    }

    /** Whether the line is the optional header. */
    public static boolean isHeader(String line) {
        List<String> fields = fields(line);
        return fields != null && !fields.isEmpty() && HEADER.equalsIgnoreCase(fields.get(0));
    }

    /** The line as a row; {@code defaultReason} applies when the line has no reason of its own. */
    public static Row parse(String line, String defaultReason) {
        List<String> fields = fields(line);
        if (fields == null) {
            return invalid("has an unterminated quoted field");
        }
        if (fields.size() > 2) {
            return invalid("has " + fields.size() + " columns; send number or number,reason");
        }
        String number = fields.get(0);
        String problem = DomesticNumbers.problem(number);
        if (problem != null) {
            return invalid("number " + problem);
        }
        String reason = fields.size() == 2 && !fields.get(1).isEmpty() ? fields.get(1) : defaultReason;
        String reasonProblem = SuppressionRules.reasonProblem(reason);
        return reasonProblem == null ? new Row(number, reason, null) : invalid("reason " + reasonProblem);
    }

    private static Row invalid(String problem) {
        return new Row(null, null, problem);
    }

    /** The line's fields, trimmed; null when a quoted field does not end. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>(2);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString().trim());
        return fields;
    }
}
