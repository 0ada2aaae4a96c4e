package io.voxcampaigns.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One organisation's GET requests at a fixed arrival rate (open loop: the i-th request is due at i / rate, whether
 * or not the earlier ones were answered), each answer timed from the moment it was due. Its own HTTP/1.1 client, so
 * one organisation's requests never wait for another's connections. A request due while {@link #MAX_IN_FLIGHT}
 * are unanswered is not sent (counted in {@link Run#notSent}).
 */
final class SteadyRate {

    static final int MAX_IN_FLIGHT = 500;

    /**
     * One answer: due {@code dueMillis} after the start, its status (-1: no answer), the time from due to answered,
     * and for a 429 whether it carried a positive {@code Retry-After} and the error envelope
     * ({@code TOO_MANY_REQUESTS}, {@code details.retry_after_seconds} equal to the header).
     */
    record Answer(double dueMillis, int status, double millis, boolean wellFormed429) {
    }

    /** The answers in the order they were due, how many were due but not sent, and the rate really sent. */
    record Run(List<Answer> answers, int notSent, double sentPerSecond) {

        long count(int status) {
            return answers.stream().filter(a -> a.status() == status).count();
        }

        /** Answers neither 200 nor 429 (or none at all). */
        long errors() {
            return answers.stream().filter(a -> a.status() != 200 && a.status() != 429).count();
        }

        List<Double> latencies() {
            return answers.stream().map(Answer::millis).toList();
        }

        /** The answers due at or after {@code fromMillis}. */
        List<Answer> dueFrom(double fromMillis) {
            return answers.stream().filter(a -> a.dueMillis() >= fromMillis).toList();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;
    private final String key;

    SteadyRate(URI uri, String key) {
        this.uri = uri;
        this.key = key;
    }

    /** Sends {@code perSecond} requests a second for {@code duration}, then waits for the last answers. */
    Run run(double perSecond, Duration duration) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key).GET().build();
        long count = Math.round(perSecond * duration.toMillis() / 1000.0);
        double periodNanos = 1e9 / perSecond;
        List<CompletableFuture<Answer>> pending = new ArrayList<>();
        AtomicInteger inFlight = new AtomicInteger();
        int notSent = 0;
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long due = start + Math.round(i * periodNanos);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                notSent++;
                continue;
            }
            inFlight.incrementAndGet();
            double dueMillis = (due - start) / 1e6;
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        inFlight.decrementAndGet();
                        double millis = (System.nanoTime() - due) / 1e6;
                        return failure != null ? new Answer(dueMillis, -1, millis, false)
                                : new Answer(dueMillis, response.statusCode(), millis, wellFormed429(response.statusCode(),
                                        response.headers().firstValue("Retry-After").orElse(""), response.body()));
                    }));
        }
        double sentPerSecond = pending.size() / ((System.nanoTime() - start) / 1e9);
        List<Answer> answers = new ArrayList<>(pending.size());
        for (CompletableFuture<Answer> answer : pending) {
            try {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            } catch (Exception e) {
                answers.add(new Answer(Double.NaN, -1, Double.NaN, false));
            }
        }
        return new Run(answers, notSent, sentPerSecond);
    }

    /** A 429 as the API promises it; false for any other status. */
    static boolean wellFormed429(int status, String retryAfter, String body) {
        if (status != 429 || !retryAfter.matches("[1-9][0-9]*")) {
            return false;
        }
        try {
            JsonNode error = JSON.readTree(body).path("error");
            return "TOO_MANY_REQUESTS".equals(error.path("code").asText())
                    && !error.path("message").asText().isEmpty()
                    && error.path("details").path("retry_after_seconds").asText().equals(retryAfter);
        } catch (Exception e) {
            return false;
        }
    }
}
