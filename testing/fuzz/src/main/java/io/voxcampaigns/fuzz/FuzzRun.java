package io.voxcampaigns.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sends fuzzed requests to a running service and keeps the verdicts: how many were sent, the statuses, and every
 * answer that broke the {@link ResponseRules}, each with the request that caused it and the seed to replay it.
 */
public final class FuzzRun {

    /** System property to replay or explore: a number, or {@code random}. */
    public static final String SEED_PROPERTY = "fuzz.seed";
    private static final long DEFAULT_SEED = 20_261_123L;
    private static final int SHOWN_FAILURES = 25;
    private static final int SHOWN_ANSWER = 400;

    private final String name;
    private final long seed;
    private final URI base;
    private final Function<FuzzRequest, Map<String, String>> credentials;
    private final ResponseRules rules;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int sent;

    /**
     * @param credentials the headers that authenticate a request (a bearer key, or a signature over the body);
     *                    not added to requests generated without credentials
     */
    public FuzzRun(String name, long seed, URI base, Function<FuzzRequest, Map<String, String>> credentials,
                   ResponseRules rules) {
        this.name = name;
        this.seed = seed;
        this.base = base;
        this.credentials = credentials;
        this.rules = rules;
    }

    /** The seed from {@code -Dfuzz.seed} (a number or {@code random}), else a fixed one so CI is reproducible. */
    public static long seed() {
        String property = System.getProperty(SEED_PROPERTY);
        if (property == null || property.isBlank()) {
            return DEFAULT_SEED;
        }
        return property.equals("random") ? System.nanoTime() : Long.parseLong(property);
    }

    public long seedUsed() {
        return seed;
    }

    /** Sends each request in order and checks its answer. */
    public void send(List<FuzzRequest> requests) {
        for (FuzzRequest request : requests) {
            send(request);
        }
    }

    private void send(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(request.target()))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        request.headers().forEach(builder::header);
        if (request.authenticated()) {
            credentials.apply(request).forEach(builder::header);
        }
        int status;
        String body;
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            body = response.body();
        } catch (IOException e) {
            status = -1;
            body = "no answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fuzzing", e);
        }
        sent++;
        statuses.merge(status, 1, Integer::sum);
        Optional<String> problem = status < 0 ? Optional.of(body) : rules.check(request, status, body);
        String shown = body == null ? "" : body.length() > SHOWN_ANSWER ? body.substring(0, SHOWN_ANSWER) + "..." : body;
        problem.ifPresent(p -> failures.add(p + "\n    request: " + request.describe() + "\n    answer:  " + shown));
    }

    public int sent() {
        return sent;
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** E.g. {@code fuzz agent-service seed=20261123: 812 requests, statuses {200=40, 400=700, ...}, 0 failures}. */
    public String summary() {
        return "fuzz " + name + " seed=" + seed + ": " + sent + " requests, statuses " + statuses + ", "
                + failures.size() + " failures";
    }

    /** A report for an assertion message: the summary, how to replay, and the first failures. */
    public String report() {
        StringBuilder report = new StringBuilder(summary()).append(" (replay with -D").append(SEED_PROPERTY)
                .append('=').append(seed).append(')');
        failures.stream().limit(SHOWN_FAILURES).forEach(f -> report.append("\n  - ").append(f));
        if (failures.size() > SHOWN_FAILURES) {
            report.append("\n  ... and ").append(failures.size() - SHOWN_FAILURES).append(" more");
        }
        return report.toString();
    }
}
