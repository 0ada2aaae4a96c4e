package io.voxcampaigns.docs;

/** The comments of a Java source: the same text with everything outside comments blanked, lines kept. */
final class JavaComments {

    private JavaComments() {
    }

    static String of(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            if (source.startsWith("//", i)) {
                int end = indexOrEnd(source, "\n", i);
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("/*", i)) {
                int end = Math.min(n, indexOrEnd(source, "*/", i + 2) + 2);
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                i = blank(source, i, Math.min(n, indexOrEnd(source, "\"\"\"", i + 3) + 3), out);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                i = blank(source, i, literalEnd(source, i), out);
            } else {
                i = blank(source, i, i + 1, out);
            }
        }
        return out.toString();
    }

    private static int literalEnd(String source, int start) {
        char quote = source.charAt(start);
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote && source.charAt(i) != '\n') {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(source.length(), i + 1);
    }

    private static int blank(String source, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            out.append(source.charAt(i) == '\n' ? '\n' : ' ');
        }
        return to;
    }

    private static int indexOrEnd(String source, String token, int from) {
        int at = source.indexOf(token, from);
        return at < 0 ? source.length() : at;
    }
}
