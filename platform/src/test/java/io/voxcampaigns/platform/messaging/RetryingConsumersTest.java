package io.voxcampaigns.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.voxcampaigns.events.serde.EventDecodingException;
import io.voxcampaigns.platform.messaging.RetryingConsumers.Retrying;

/** What the metrics and readiness learn of a consumer's retries, on a clock the test moves. */
class RetryingConsumersTest {

    private static final String CONSUMER = "service.topic";
    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RetryingConsumers retrying = new RetryingConsumers(clock, registry);

    @Test
    void aConsumersSeriesExistsAtZeroFromItsFirstRecord() {
        retrying.register(CONSUMER);

        assertThat(retryingSeconds()).isZero();
        assertThat(registry.get("vox.consumer.transient.failures").tag("consumer", CONSUMER).counter().count()).isZero();
    }

    @Test
    void retryingCountsFromTheFirstFailureAndKeepsTheLastError() {
        retrying.failed(CONSUMER, new IllegalStateException("first"));
        clock.advance(Duration.ofSeconds(40));
        retrying.failed(CONSUMER, new IllegalStateException("second"));
        clock.advance(Duration.ofSeconds(2));

        assertThat(retryingSeconds()).isEqualTo(42.0);
        assertThat(registry.get("vox.consumer.transient.failures").tag("consumer", CONSUMER).counter().count())
                .isEqualTo(2);
        assertThat(retrying.longerThan(Duration.ofSeconds(30)))
                .containsExactly(new Retrying(CONSUMER, START, "IllegalStateException: second"));
        assertThat(retrying.longerThan(Duration.ofSeconds(60))).isEmpty();
    }

    @Test
    void settlingEndsTheRetries() {
        retrying.failed(CONSUMER, new IllegalStateException("down"));
        clock.advance(Duration.ofMinutes(5));
        retrying.settled(CONSUMER);

        assertThat(retryingSeconds()).isZero();
        assertThat(retrying.longerThan(Duration.ZERO)).isEmpty();
    }

    @Test
    void anErrorIsItsInnermostCauseOnOneShortLine() {
        Throwable wrapped = new CompletionException(new SQLException("FATAL: database is away\n  Where: somewhere"));
        String longMessage = "x".repeat(500);

        assertThat(RetryingConsumers.describe(wrapped)).isEqualTo("SQLException: FATAL: database is away");
        assertThat(RetryingConsumers.describe(new IllegalStateException(longMessage))).hasSize(203).endsWith("...");
        assertThat(RetryingConsumers.describe(new NullPointerException())).isEqualTo("NullPointerException");
    }

    @Test
    void onlyUndecodableAndInvalidRecordsAreNotTransient() {
        assertThat(IdempotentConsumer.isTransient(new SQLException("connection refused"))).isTrue();
        assertThat(IdempotentConsumer.isTransient(new NullPointerException())).isTrue();
        assertThat(IdempotentConsumer.isTransient(new UnprocessableEventException("unknown campaign"))).isFalse();
        assertThat(IdempotentConsumer.isTransient(new EventDecodingException("not C3 01"))).isFalse();
        assertThat(IdempotentConsumer.isTransient(new CompletionException(new UnprocessableEventException("wrapped"))))
                .isFalse();
    }

    private double retryingSeconds() {
        return registry.get("vox.consumer.retrying.seconds").tag("consumer", CONSUMER).gauge().value();
    }

    /** A clock that stands still until the test moves it. */
    private static final class MovableClock extends Clock {

        private Instant now = START;

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
