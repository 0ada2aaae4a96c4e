package io.voxcampaigns.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the references in the repository's Markdown, Java comments, build and configuration files and schema docs that do not resolve inside the
 * repository. A reference resolves against the referring file's folder or one of its parents up to the root.
 */
final class ReferenceCheck {

    private static final Pattern URL = Pattern.compile("\\b[a-z][a-z0-9+.-]*://\\S+");
    private static final Pattern MD_MENTION = Pattern.compile("(?<![\\w./<>*-])([\\w.][\\w./-]*\\.md)(?![\\w-])");
    private static final Pattern CITATION = Pattern.compile(
            "(?<![\\w./<>*-])([\\w.][\\w./-]*\\.md)(?:#[\\w-]+)?\\)?,?[\\s*/]+\"([^\"\\n]+)\"");
    private static final Pattern LINK = Pattern.compile("!?\\[[^]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern PATH = Pattern.compile("^[\\w.-]+(/[\\w.-]+)+/?$");
    private static final Pattern FILE_EXTENSION = Pattern.compile(
            "\\.(md|java|properties|avsc|ya?ml|xml|sql|json|sh|txt)$");
    private static final Pattern TYPE = Pattern.compile(
            "^([A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+)(?:[.#][A-Za-z_]\\w*(?:\\([^)]*\\))?)*$");
    /** Folders a running stack or build creates: paths in them are examples, not repository files. */
    private static final Set<String> GENERATED = Set.of("target", ".local-stack");

    private final RepositoryFiles repository;
    private final Set<String> types;
    private final Map<Path, MarkdownFile> markdown = new HashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    ReferenceCheck(RepositoryFiles repository) {
        this.repository = repository;
        this.types = repository.typeNames();
    }

    /** Every dangling reference, as {@code file:line -> what is missing}. */
    List<String> run() {
        for (Path md : repository.withSuffix(".md")) {
            checkMarkdown(md);
        }
        for (Path java : repository.withSuffix(".java")) {
            checkMentions(java, JavaComments.of(RepositoryFiles.read(java)));
        }
        for (Path build : repository.withSuffix("pom.xml")) {
            checkMentions(build, RepositoryFiles.read(build));
        }
        for (String suffix : List.of(".properties", ".yaml", ".yml")) {
            for (Path file : repository.withSuffix(suffix)) {
                checkMentions(file, RepositoryFiles.read(file));
            }
        }
        for (Path schema : repository.withSuffix(".avsc")) {
            // Released copies under avro-history never change; the current schemas' docs must resolve.
            if (repository.relative(schema).startsWith("schemas/src/main/avro/")) {
                checkMentions(schema, RepositoryFiles.read(schema));
            }
        }
        return problems.stream()
                .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
                .map(Problem::toString)
                .toList();
    }

    private void checkMarkdown(Path file) {
        MarkdownFile doc = markdown(file);
        checkMentions(file, String.join("\n", doc.lines()));
        String name = repository.relative(file);
        boolean typesChecked = name.startsWith("docs/") || name.equals("README.md");
        for (int i = 0; i < doc.lines().size(); i++) {
            if (doc.inCode(i)) {
                continue;
            }
            String line = doc.lines().get(i);
            checkLinks(file, i + 1, line.replaceAll("`[^`]*`", " "));
            boolean tableRow = line.stripLeading().startsWith("|") && name.endsWith("README.md");
            for (String span : MarkdownFile.codeSpans(line)) {
                checkPath(file, i + 1, span);
                if (typesChecked || tableRow) {
                    checkType(file, i + 1, span);
                }
            }
        }
    }

    private void checkLinks(Path file, int line, String prose) {
        Matcher m = LINK.matcher(prose);
        while (m.find()) {
            String target = m.group(1);
            if (SCHEME.matcher(target).find()) {
                continue;
            }
            int hash = target.indexOf('#');
            String path = hash < 0 ? target : target.substring(0, hash);
            Path resolved = path.isEmpty() ? file : file.getParent().resolve(path);
            if (!repository.exists(resolved)) {
                report(file, line, "link " + target + ": no file " + path);
            } else if (hash >= 0 && resolved.toString().endsWith(".md")) {
                String anchor = target.substring(hash + 1);
                if (!markdown(resolved).anchors().contains(anchor)) {
                    report(file, line, "link " + target + ": no heading with anchor #" + anchor + " in "
                            + repository.relative(resolved.normalize()));
                }
            }
        }
    }

    private void checkPath(Path file, int line, String span) {
        if (!PATH.matcher(span).matches()) {
            return;
        }
        String[] segments = span.split("/");
        for (String segment : segments) {
            if (GENERATED.contains(segment)) {
                return;
            }
        }
        boolean repositoryPath = FILE_EXTENSION.matcher(span).find()
                || Files.exists(repository.root().resolve(segments[0]))
                || Files.exists(file.getParent().resolve(segments[0]));
        if (repositoryPath && resolve(file, span).isEmpty()) {
            report(file, line, "path `" + span + "`: no such file or folder");
        }
    }

    private void checkType(Path file, int line, String span) {
        Matcher m = TYPE.matcher(span);
        if (m.matches() && !types.contains(m.group(1))) {
            report(file, line, "`" + span + "`: no Java type or Avro schema named " + m.group(1));
        }
    }

    private void checkMentions(Path file, String text) {
        String withoutUrls = blankUrls(text);
        Matcher mention = MD_MENTION.matcher(withoutUrls);
        while (mention.find()) {
            if (resolve(file, mention.group(1)).isEmpty()) {
                report(file, lineOf(withoutUrls, mention.start()), mention.group(1) + ": no such file in the repository");
            }
        }
        Matcher citation = CITATION.matcher(withoutUrls);
        while (citation.find()) {
            Optional<Path> cited = resolve(file, citation.group(1));
            String heading = citation.group(2).strip();
            if (cited.isPresent() && !hasHeading(markdown(cited.get()), heading)) {
                report(file, lineOf(withoutUrls, citation.start()),
                        citation.group(1) + " \"" + heading + "\": no such heading in "
                                + repository.relative(cited.get()));
            }
        }
    }

    /** The heading itself, or a heading it abbreviates: "Before you apply" for "Before you apply: two Secrets". */
    private static boolean hasHeading(MarkdownFile doc, String cited) {
        return doc.headings().stream().anyMatch(h -> h.equals(cited)
                || h.startsWith(cited) && !Character.isLetterOrDigit(h.charAt(cited.length())));
    }

    /** The path against the file's folder, then each parent folder up to the repository root. */
    private Optional<Path> resolve(Path file, String path) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(repository.root()); dir = dir.getParent()) {
            Path candidate = dir.resolve(path).normalize();
            if (repository.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private MarkdownFile markdown(Path file) {
        return markdown.computeIfAbsent(file.normalize(), f -> new MarkdownFile(RepositoryFiles.read(f)));
    }

    private static String blankUrls(String text) {
        Matcher m = URL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, " ".repeat(m.group().length()));
        }
        return m.appendTail(out).toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private void report(Path file, int line, String what) {
        problems.add(new Problem(repository.relative(file), line, what));
    }

    private record Problem(String file, int line, String what) {

        @Override
        public String toString() {
            return file + ":" + line + " -> " + what;
        }
    }
}
