package io.voxcampaigns.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;

/** The dispatcher's heap after a full GC, once the queued campaigns' tasks all reached its backlog. */
final class DispatcherHeap {

    private final StackApi api;
    private final Report report;

    DispatcherHeap(StackApi api, Report report) {
        this.api = api;
        this.report = report;
    }

    void measure(Path root, List<String> queued, long expected) throws Exception {
        long waitedFrom = System.currentTimeMillis();
        long count = 0;
        while (System.currentTimeMillis() - waitedFrom < 240_000) {
            count = queuedInDispatcher(queued);
            if (count >= expected) {
                break;
            }
            Thread.sleep(1000);
        }
        if (count < expected) {
            throw new IllegalStateException("the dispatcher holds " + count + " of " + expected + " tasks after 4 min");
        }
        long pid = dispatcherPid(root);
        Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor();
        double heapMb = heapUsed(api.metrics(8083)) / 1e6;
        report.check("dispatcher heap used after GC, " + String.format(Locale.ROOT, "%,d", count) + " tasks queued",
                String.format(Locale.ROOT, "%.0f MB (tasks arrived %.0f s after the last create)", heapMb,
                        (System.currentTimeMillis() - waitedFrom) / 1000.0),
                "<= 256 MB", heapMb <= 256);
    }

    /** Rows of the dispatcher's backlog for these campaigns (its database, read-only): arrival, not a result. */
    private static long queuedInDispatcher(List<String> ids) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:15432/dispatcher", "vox", "vox");
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from dispatch_task where campaign_id = any (?::uuid[]) and state = 'queued'")) {
            count.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** This checkout's dispatcher (other checkouts on the machine may run theirs). */
    private static long dispatcherPid(Path root) {
        String jar = root.resolve("call-dispatcher/target/quarkus-app/quarkus-run.jar").toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(jar))
                .findFirst().orElseThrow(() -> new IllegalStateException("no call-dispatcher process")).pid();
    }

    /** Sum of jvm_memory_used_bytes over the heap pools. */
    static double heapUsed(String metrics) {
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
