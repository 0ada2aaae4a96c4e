package io.voxcampaigns.agent.domain;

import java.util.regex.Pattern;

/** Which state of an agent a read asks for: {@code current}, {@code production} or a snapshot {@code v{n}}. */
public record VersionSelector(Kind kind, int number) {

    /** The three ways to name a version. */
    public enum Kind {
        CURRENT, PRODUCTION, NUMBERED
    }

    /** A snapshot label {@code v{n}}, as a regular expression. */
    public static final String LABEL_PATTERN = "^v[1-9][0-9]{0,8}$";
    /** Every value of {@code ?version=}, as a regular expression. */
    public static final String SELECTOR_PATTERN = "^(current|production|v[1-9][0-9]{0,8})$";

    private static final Pattern LABEL = Pattern.compile(LABEL_PATTERN);

    public static final VersionSelector CURRENT = new VersionSelector(Kind.CURRENT, 0);
    public static final VersionSelector PRODUCTION = new VersionSelector(Kind.PRODUCTION, 0);

    /** The selector for a query value (null means current), or null when the value names no version. */
    public static VersionSelector parse(String value) {
        if (value == null || value.equals("current")) {
            return CURRENT;
        }
        if (value.equals("production")) {
            return PRODUCTION;
        }
        int number = numberOf(value);
        return number > 0 ? new VersionSelector(Kind.NUMBERED, number) : null;
    }

    /** The n of a snapshot label {@code v{n}}, or 0 when {@code label} is not one. */
    public static int numberOf(String label) {
        return label != null && LABEL.matcher(label).matches() ? Integer.parseInt(label.substring(1)) : 0;
    }

    public static String label(int number) {
        return "v" + number;
    }
}
