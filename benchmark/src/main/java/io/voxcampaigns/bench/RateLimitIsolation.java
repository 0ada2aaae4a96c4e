package io.voxcampaigns.bench;

import java.net.URI;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.voxcampaigns.platform.auth.ApiKeyClaims;
import io.voxcampaigns.platform.auth.ApiKeyIssuer;
import io.voxcampaigns.platform.auth.KeyPairs;

/**
 * Per-organisation rate limits: organisation A sends 3x its read limit while organisation B keeps a steady rate.
 * Both are fresh organisations of the bench (not the demo organisation the other steps use), with keys signed by the
 * local stack's private key as the stack signs the demo key. Route: {@code GET /v3/campaigns} on campaign-service
 * (a read; an empty list for both). After a warm-up of both, B alone (its baseline), then A at 3x the limit and B
 * at the same rate: A's share of 429s once its burst is spent, whether every 429 has {@code Retry-After} and the
 * error envelope, B's latency then against its baseline, and B's 429s (none expected).
 */
final class RateLimitIsolation {

    static final String ORG_A = "8d9a4f3e-6b2c-4e1a-9f00-00000000be0a";
    static final String ORG_B = "8d9a4f3e-6b2c-4e1a-9f00-00000000be0b";
    /** The platform's defaults (vox.rate-limit.read.*), which ./bench leaves as they are. */
    static final double READ_PER_SECOND = 200;
    static final int READ_BURST = 1_000;

    private static final URI ROUTE = URI.create("http://localhost:8082/v3/campaigns");
    private static final double A_RATE = 3 * READ_PER_SECOND;
    private static final double B_RATE = 20;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration PHASE = Duration.ofSeconds(30);
    /** A's burst is spent after burst / (rate - limit) = 2.5 s; the throttled figures are taken from here on. */
    private static final double AFTER_BURST_MS = 10_000;
    /** A counter line of /q/metrics, an exemplar after the value or not. */
    private static final Pattern THROTTLED = Pattern.compile("^vox_api_throttled_total\\{([^}]*)\\}\\s+(\\S+)",
            Pattern.MULTILINE);

    private final Path root;
    private final StackApi api;
    private final Report report;

    RateLimitIsolation(Path root, StackApi api, Report report) {
        this.root = root;
        this.api = api;
        this.report = report;
    }

    void measure() throws Exception {
        PrivateKey signing = KeyPairs.readPrivateKey(root.resolve(".local-stack/keys/api-key-private.pem"));
        SteadyRate a = new SteadyRate(ROUTE, key(signing, ORG_A));
        SteadyRate b = new SteadyRate(ROUTE, key(signing, ORG_B));

        // both paths (a list, a 429) compiled before anything is timed; B's 30 s alone then refill A's bucket
        together(a, b, WARM_UP);
        SteadyRate.Run baseline = b.run(B_RATE, PHASE);

        double throttledBefore = throttled(api.metrics(8082), ORG_A);
        SteadyRate.Run[] runs = together(a, b, PHASE);
        double counted = throttled(api.metrics(8082), ORG_A) - throttledBefore;
        reportA(runs[0], counted);
        reportB(baseline, runs[1]);
    }

    /** A at 3x the limit and B at its steady rate, side by side: A's run, then B's. */
    private static SteadyRate.Run[] together(SteadyRate a, SteadyRate b, Duration duration) throws Exception {
        SteadyRate.Run[] runs = new SteadyRate.Run[2];
        Exception[] failed = new Exception[1];
        Thread beside = new Thread(() -> {
            try {
                runs[1] = b.run(B_RATE, duration);
            } catch (Exception e) {
                failed[0] = e;
            }
        }, "rate-limit-b");
        beside.start();
        runs[0] = a.run(A_RATE, duration);
        beside.join();
        if (failed[0] != null) {
            throw failed[0];
        }
        return runs;
    }

    private void reportA(SteadyRate.Run load, double counted) {
        List<SteadyRate.Answer> late = load.dueFrom(AFTER_BURST_MS);
        long lateThrottled = late.stream().filter(x -> x.status() == 429).count();
        long lateAdmitted = late.stream().filter(x -> x.status() == 200).count();
        double lateSeconds = (PHASE.toMillis() - AFTER_BURST_MS) / 1000;
        double share = late.isEmpty() ? 0 : (double) lateThrottled / late.size();
        long throttled = load.count(429);
        long malformed = load.answers().stream().filter(x -> x.status() == 429 && !x.wellFormed429()).count();
        boolean sentEnough = load.sentPerSecond() >= 0.95 * A_RATE && load.notSent() == 0;
        report.check(String.format(Locale.ROOT,
                        "organisation A at 3x its read limit (%.0f/s, burst %,d): GET /v3/campaigns answered 429",
                        READ_PER_SECOND, READ_BURST),
                String.format(Locale.ROOT, "%.0f %% once its burst is spent (from %.0f s on: %,d of %,d; the limit predicts %.0f %%; admitted %.0f/s), %,d of all %,d (sent %.0f/s for %d s, %d not sent, %d errors); 429s without Retry-After or the envelope: %d; counted in vox_api_throttled_total: %,.0f",
                        100 * share, AFTER_BURST_MS / 1000, lateThrottled, late.size(),
                        100 * (1 - READ_PER_SECOND / A_RATE), lateAdmitted / lateSeconds, throttled,
                        load.answers().size(), load.sentPerSecond(), PHASE.toSeconds(), load.notSent(), load.errors(),
                        malformed, counted),
                ">= 50 % once the burst is spent, every 429 with Retry-After and the envelope, 3x sent",
                sentEnough && share >= 0.5 && malformed == 0 && load.errors() == 0);
    }

    private void reportB(SteadyRate.Run baseline, SteadyRate.Run beside) {
        Percentiles alone = Percentiles.of(baseline.latencies());
        Percentiles throttledA = Percentiles.of(beside.dueFrom(AFTER_BURST_MS).stream().map(SteadyRate.Answer::millis)
                .toList());
        Percentiles whole = Percentiles.of(beside.latencies());
        long throttled = beside.count(429) + baseline.count(429);
        long errors = beside.errors() + baseline.errors();
        report.check(String.format(Locale.ROOT,
                        "organisation B's GET /v3/campaigns at %.0f/s while A is throttled, against B alone", B_RATE),
                String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms once A's burst is spent (from %.0f s on, %,d requests); alone: p50 %.1f ms, p99 %.1f ms (%,d); whole phase, A's burst included: p99 %.1f ms, max %.0f ms; B answered 429: %d, errors: %d",
                        throttledA.p50(), throttledA.p99(), AFTER_BURST_MS / 1000, throttledA.count(), alone.p50(),
                        alone.p99(), alone.count(), whole.p99(), whole.max(), throttled, errors),
                "p99 <= 2 x alone + 20 ms, no 429 for B",
                throttledA.p99() <= 2 * alone.p99() + 20 && throttled == 0 && errors == 0
                        && beside.notSent() == 0 && baseline.notSent() == 0);
    }

    /** A key of {@code organization} with the campaigns scope, signed as the local stack signs its demo key. */
    static String key(PrivateKey signing, String organization) {
        return ApiKeyIssuer.issue(signing, ApiKeyClaims.DEFAULT_ISSUER, "bench-rate-limit-" + organization.substring(
                organization.length() - 4), organization, Set.of(ApiKeyClaims.SCOPE_CAMPAIGNS), Duration.ofHours(1));
    }

    /** vox_api_throttled_total of the organisation's reads in a service's /q/metrics (0 before its first 429). */
    static double throttled(String metrics, String organization) {
        Matcher matcher = THROTTLED.matcher(metrics);
        double total = 0;
        while (matcher.find()) {
            String labels = matcher.group(1);
            if (labels.contains("organization=\"" + organization + "\"") && labels.contains("route_class=\"read\"")) {
                total += Double.parseDouble(matcher.group(2));
            }
        }
        return total;
    }
}
