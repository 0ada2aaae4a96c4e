package io.voxcampaigns.platform.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The consumers that are retrying a record (or a poll) after transient failures, since when and with which last
 * error: read by the readiness check and the metrics {@code vox.consumer.retrying.seconds} and
 * {@code vox.consumer.transient.failures} (tag {@code consumer}).
 *
 * <p>A consumer applies one record or poll at a time (its channel waits for each), so one state per consumer.
 */
@ApplicationScoped
public class RetryingConsumers {

    /** Longest error text kept: enough to tell the cause, never a stack trace. */
    private static final int MAX_ERROR_LENGTH = 200;

    /** A consumer retrying since {@code since}; {@code lastError} is the last failure, one line. */
    public record Retrying(String consumer, Instant since, String lastError) {
    }

    private final Clock clock;
    private final MeterRegistry registry;
    private final Map<String, Retrying> retrying = new ConcurrentHashMap<>();
    private final Map<String, Counter> transientFailures = new ConcurrentHashMap<>();

    RetryingConsumers(Clock clock, MeterRegistry registry) {
        this.clock = clock;
        this.registry = registry;
    }

    /** Makes the consumer's series exist (at zero) from its first record on, so that alerts see it before trouble. */
    void register(String consumer) {
        transientFailures.computeIfAbsent(consumer, name -> {
            Gauge.builder("vox.consumer.retrying.seconds", this, self -> self.secondsRetrying(name))
                    .tag("consumer", name)
                    .description("How long the consumer has been retrying its current record after transient failures "
                            + "(0: not retrying)")
                    .register(registry);
            return Counter.builder("vox.consumer.transient.failures")
                    .tag("consumer", name)
                    .description("Attempts to apply a record that failed transiently (database unavailable, ...)")
                    .register(registry);
        });
    }

    /** An attempt failed transiently: the consumer retries since its first such failure. */
    void failed(String consumer, Throwable failure) {
        register(consumer);
        transientFailures.get(consumer).increment();
        Retrying latest = new Retrying(consumer, clock.instant(), describe(failure));
        retrying.merge(consumer, latest, (first, next) -> new Retrying(consumer, first.since(), next.lastError()));
    }

    /** The record (or poll) was applied or given up for good: the consumer no longer retries. */
    void settled(String consumer) {
        retrying.remove(consumer);
    }

    /** The consumers retrying for longer than {@code limit}, longest first. */
    public List<Retrying> longerThan(Duration limit) {
        Instant before = clock.instant().minus(limit);
        return retrying.values().stream().filter(state -> state.since().isBefore(before))
                .sorted(Comparator.comparing(Retrying::since)).toList();
    }

    private double secondsRetrying(String consumer) {
        Retrying state = retrying.get(consumer);
        return state == null ? 0 : Math.max(0, Duration.between(state.since(), clock.instant()).toMillis() / 1000.0);
    }

    /** The innermost cause's type and first line: what an operator needs, without a stack trace. */
    static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
        String text = cause.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message.strip());
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH) + "...";
    }
}
