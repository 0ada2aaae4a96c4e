package io.voxcampaigns.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the simulated placer's attempt log (call-dispatcher {@code AttemptLogFile}): {@code open <ms>} when a
 * dispatcher process opens it, {@code start|end <attempt> <campaign> <task> <call> <ms>} per placement and end.
 */
public final class AttemptLog {

    /** One placement or end. */
    public record Entry(boolean start, String attemptId, String campaignId, String taskId, String callId, long at) {
    }

    /** Marker of a process opening the log: the calls of the one before it died with it. */
    private record Open() {
    }

    private final List<Object> lines;

    private AttemptLog(List<Object> lines) {
        this.lines = lines;
    }

    public static AttemptLog read(Path file) {
        List<Object> lines = new ArrayList<>();
        if (!Files.exists(file)) {
            return new AttemptLog(lines);
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The dispatcher may be writing a line right now: a last line without its newline is not complete yet.
        String complete = text.substring(0, text.lastIndexOf('\n') + 1);
        for (String line : complete.lines().toList()) {
            String[] parts = line.split(" ");
            if (parts.length == 2 && parts[0].equals("open")) {
                lines.add(new Open());
            } else if (parts.length == 6 && (parts[0].equals("start") || parts[0].equals("end"))) {
                lines.add(new Entry(parts[0].equals("start"), parts[1], parts[2], parts[3], parts[4],
                        Long.parseLong(parts[5])));
            } else {
                throw new IllegalStateException("Malformed attempt log line in " + file + ": " + line);
            }
        }
        return new AttemptLog(lines);
    }

    private List<Entry> entries(String campaignId) {
        List<Entry> entries = new ArrayList<>();
        for (Object line : lines) {
            if (line instanceof Entry entry && entry.campaignId().equals(campaignId)) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /** Placements of the campaign. */
    public long starts(String campaignId) {
        return entries(campaignId).stream().filter(Entry::start).count();
    }

    /** Placements of the campaign at or after the time (unix ms). */
    public long startsSince(String campaignId, long unixMillis) {
        return entries(campaignId).stream().filter(e -> e.start() && e.at() >= unixMillis).count();
    }

    /** When the campaign's first call was placed (unix ms), if any was. */
    public OptionalLong firstStart(String campaignId) {
        return entries(campaignId).stream().filter(Entry::start).mapToLong(Entry::at).min();
    }

    /** Attempt ids placed more than once: a recipient dialled twice for one attempt. */
    public Set<String> duplicateAttempts(String campaignId) {
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new HashSet<>();
        for (Entry entry : entries(campaignId)) {
            if (entry.start() && !seen.add(entry.attemptId())) {
                duplicates.add(entry.attemptId());
            }
        }
        return duplicates;
    }

    /** Per task id, the attempt ids placed for it, in order. */
    public Map<String, List<String>> attemptsByTask(String campaignId) {
        Map<String, List<String>> byTask = new LinkedHashMap<>();
        entries(campaignId).stream().filter(Entry::start)
                .forEach(e -> byTask.computeIfAbsent(e.taskId(), task -> new ArrayList<>()).add(e.attemptId()));
        return byTask;
    }

    /** Call ids placed, once each. */
    public Set<String> placedCallIds(String campaignId) {
        Set<String> calls = new HashSet<>();
        entries(campaignId).stream().filter(Entry::start).forEach(e -> calls.add(e.callId()));
        return calls;
    }

    /** The most calls of the campaign in progress at once, replaying the log (a new process starts from zero). */
    public int maxOverlap(String campaignId) {
        Set<String> open = new HashSet<>();
        int max = 0;
        for (Object line : lines) {
            if (line instanceof Open) {
                open.clear();
            } else if (line instanceof Entry entry && entry.campaignId().equals(campaignId)) {
                if (entry.start()) {
                    open.add(entry.attemptId());
                    max = Math.max(max, open.size());
                } else {
                    open.remove(entry.attemptId());
                }
            }
        }
        return max;
    }
}
