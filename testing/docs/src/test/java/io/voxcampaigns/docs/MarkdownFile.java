package io.voxcampaigns.docs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Markdown document split into prose lines and fenced code, with its headings and their GitHub anchors. */
final class MarkdownFile {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    private final List<String> lines;
    private final boolean[] code;
    private final Set<String> headings = new LinkedHashSet<>();
    private final Set<String> anchors = new LinkedHashSet<>();

    MarkdownFile(String text) {
        this.lines = List.of(text.split("\n", -1));
        this.code = new boolean[lines.size()];
        Map<String, Integer> seen = new HashMap<>();
        String fence = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher f = FENCE.matcher(line);
            if (fence == null && f.find()) {
                fence = f.group(1);
                code[i] = true;
            } else if (fence != null) {
                code[i] = true;
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
            } else {
                Matcher h = HEADING.matcher(line);
                if (h.matches()) {
                    headings.add(h.group(2));
                    anchors.add(uniqueAnchor(anchor(h.group(2)), seen));
                }
            }
        }
    }

    List<String> lines() {
        return lines;
    }

    /** Whether the line (0-based) is inside a fenced code block or is one of its fences. */
    boolean inCode(int line) {
        return code[line];
    }

    Set<String> headings() {
        return headings;
    }

    Set<String> anchors() {
        return anchors;
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchor(String heading) {
        String text = heading.replaceAll("`", "").replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1");
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static String uniqueAnchor(String base, Map<String, Integer> seen) {
        int count = seen.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + "-" + (count - 1);
    }

    /** The inline code spans of a prose line, in order. */
    static List<String> codeSpans(String line) {
        List<String> spans = new ArrayList<>();
        Matcher m = Pattern.compile("(`+)(.+?)\\1").matcher(line);
        while (m.find()) {
            spans.add(m.group(2).strip());
        }
        return spans;
    }
}
