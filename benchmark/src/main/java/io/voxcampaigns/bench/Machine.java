package io.voxcampaigns.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the figures depend on besides the code: the machine, the JDK, and how long the services took to start. */
final class Machine {

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");

    private Machine() {
    }

    /** The header line: cores, memory, JDK and the time (UTC). */
    static String describe() {
        return String.format(Locale.ROOT, "%d cores, %s, JDK %s, %s", Runtime.getRuntime().availableProcessors(),
                memory(), System.getProperty("java.version"), Instant.now().atOffset(ZoneOffset.UTC));
    }

    /** Quarkus logs "... started in 4.321s." once the service is up: the JVM's own start-to-ready time. */
    static void startTimes(Path root, Report report) throws Exception {
        for (String service : List.of("agent-service", "campaign-service", "call-dispatcher")) {
            Path log = root.resolve(".local-stack/logs/" + service + ".log");
            Matcher matcher = STARTED.matcher(Files.readString(log, StandardCharsets.UTF_8));
            String figure = matcher.find() ? matcher.group(1) + " s (Quarkus \"started in\")" : "no \"started in\" line in " + log;
            report.info("JVM start time " + service, figure);
        }
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    return String.format(Locale.ROOT, "%.0f GiB RAM",
                            Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
                }
            }
        } catch (Exception e) {
            // not Linux
        }
        return "RAM unknown";
    }
}
