package io.voxcampaigns.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code ./bench}: against the running local stack (services on 8081-8083, Kafka 19092, PostgreSQL 15432, the
 * dispatcher at zero call durations), measures the machine's raw Kafka and PostgreSQL capacity, then the
 * end-to-end figures through the public API and call.events only, and prints one table.
 */
public final class Bench {

    static final String KAFKA = "localhost:19092";

    private final Report report = new Report();
    private String agentId;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("stack.root", ".")).toAbsolutePath().normalize();
        if (args.length == 1 && args[0].equals("rate-limit")) {
            new Bench().rateLimitOnly(root);
        } else {
            new Bench().run(root);
        }
        System.exit(0);
    }

    void run(Path root) throws Exception {
        long begin = System.nanoTime();
        String key = Files.readString(root.resolve(".local-stack/demo-api-key")).trim();
        StackApi api = new StackApi(key);
        System.out.println("vox-campaigns bench: " + Machine.describe());
        step("JVM start times", () -> Machine.startTimes(root, report));
        step("raw Kafka", () -> new RawKafka(KAFKA).measure(report));
        step("raw PostgreSQL", () -> new RawPostgres("localhost", 15432).measure(report));
        step("create the agent", () -> agentId = api.createAgent());
        BenchCampaigns campaigns = agentId != null ? new BenchCampaigns(api, agentId) : null;
        if (campaigns != null) {
            step("saturated dispatch", () -> new SaturatedDispatch(campaigns, report).measure());
            step("retries", () -> new RetryDispatch(campaigns, report).measure());
            step("counters at about 1,000 calls/s", () -> new CountersAtRate(campaigns, report).measure());
            step("create and queue", () -> new CreateAndQueue(campaigns, report).measure(root));
            step("suppression import", () -> new SuppressionImport(key, report).measure());
        }
        // last, so that the steps before it run as they did before it existed
        step("rate limits per organisation", () -> new RateLimitIsolation(root, api, report).measure());
        if (campaigns != null) {
            campaigns.cancelAll();
        }
        System.out.printf(Locale.ROOT, "%nbench finished in %.0f s%n%n%s", (System.nanoTime() - begin) / 1e9, report.table());
    }

    /** {@code ./bench rate-limit}: the rate-limit step alone, against the running stack. */
    void rateLimitOnly(Path root) throws Exception {
        StackApi api = new StackApi(Files.readString(root.resolve(".local-stack/demo-api-key")).trim());
        System.out.println("vox-campaigns bench (rate limits only): " + Machine.describe());
        step("rate limits per organisation", () -> new RateLimitIsolation(root, api, report).measure());
        System.out.printf(Locale.ROOT, "%n%s", report.table());
    }

    private interface Step {
        void run() throws Exception;
    }

    /** A step that fails is a row of the table, and the run goes on with the next one. */
    private void step(String name, Step step) {
        System.out.println(name + " ...");
        try {
            step.run();
        } catch (Exception e) {
            report.failed(name, e.toString().replace('|', '/'));
            e.printStackTrace(System.out);
        }
    }
}
