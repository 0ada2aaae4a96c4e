package io.voxcampaigns.voiceruntime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers signed webhooks. Each attempt goes to the next target in turn (one per dispatcher replica, so a webhook
 * often reaches a replica that did not place the call). Any answer but 2xx, 400 and 401, and any connection failure,
 * is retried with exponential backoff (or after the Retry-After the receiver asked for) until the retry time is
 * over; 400 and 401 are final. Attempts run on the given senders, one blocking request each: the pool's size bounds
 * the requests in flight (and so the connections), as a real runtime's sender would; the rest wait their turn.
 */
final class WebhookSender {

    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 5_000;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final List<URI> targets;
    private final String secret;
    private final Duration retryFor;
    private final ScheduledExecutorService timer;
    private final Clock clock;
    private final Executor senders;
    private final HttpClient http;
    private final AtomicLong turn = new AtomicLong();

    WebhookSender(List<URI> targets, String secret, Duration retryFor, ScheduledExecutorService timer, Clock clock,
            Executor senders) {
        this.targets = List.copyOf(targets);
        this.secret = secret;
        this.retryFor = retryFor;
        this.timer = timer;
        this.clock = clock;
        this.senders = senders;
        // the client's own executor stays its default: giving it the senders, all blocked in send, could starve it
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
    }

    boolean hasTargets() {
        return !targets.isEmpty();
    }

    /** Starts delivering; the future completes once the first attempt got an answer or failed. */
    CompletableFuture<Void> deliver(CampaignRecord campaign, WebhookDelivery delivery, byte[] body) {
        CompletableFuture<Void> firstAttempt = new CompletableFuture<>();
        Attempts attempts = new Attempts(campaign, delivery, body, Signature.of(body, secret),
                clock.millis() + retryFor.toMillis(), firstAttempt);
        attempts.next(1);
        return firstAttempt;
    }

    /** The attempts of one delivery. */
    private final class Attempts {

        private final CampaignRecord campaign;
        private final WebhookDelivery delivery;
        private final byte[] body;
        private final String signature;
        private final long giveUpAt;
        private final CompletableFuture<Void> firstAttempt;

        Attempts(CampaignRecord campaign, WebhookDelivery delivery, byte[] body, String signature, long giveUpAt,
                CompletableFuture<Void> firstAttempt) {
            this.campaign = campaign;
            this.delivery = delivery;
            this.body = body;
            this.signature = signature;
            this.giveUpAt = giveUpAt;
            this.firstAttempt = firstAttempt;
        }

        void next(int attempt) {
            try {
                senders.execute(() -> send(attempt));
            } catch (RejectedExecutionException e) {
                // the stub is closing: the delivery stays pending in the record
            }
        }

        private void send(int attempt) {
            URI target = targets.get((int) Math.floorMod(turn.getAndIncrement(), (long) targets.size()));
            HttpRequest request = HttpRequest.newBuilder(target).timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json").header(Signature.HEADER, signature)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<Void> response = null;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                // refused, reset or timed out: no answer, retried like a 5xx
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            answered(attempt, response);
        }

        private void answered(int attempt, HttpResponse<Void> response) {
            int status = response == null ? 0 : response.statusCode();
            campaign.attempted(delivery, status);
            try {
                if (status >= 200 && status < 300) {
                    campaign.settled(delivery, WebhookDelivery.State.DELIVERED);
                } else if (status == 400 || status == 401) {
                    campaign.settled(delivery, WebhookDelivery.State.REFUSED);
                } else {
                    retryLater(attempt, response);
                }
            } finally {
                firstAttempt.complete(null);
            }
        }

        private void retryLater(int attempt, HttpResponse<Void> response) {
            long backoff = Math.min(MAX_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << Math.min(attempt - 1, 16));
            long wait = Math.max(FIRST_BACKOFF_MILLIS, retryAfterMillis(response).orElse(backoff));
            if (clock.millis() + wait > giveUpAt) {
                campaign.settled(delivery, WebhookDelivery.State.GIVEN_UP);
                return;
            }
            try {
                timer.schedule(() -> next(attempt + 1), wait, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // the stub is closing: the delivery stays pending in the record
            }
        }
    }

    /** Retry-After in seconds (the HTTP-date form is not used by the dispatcher and is ignored). */
    private static OptionalLong retryAfterMillis(HttpResponse<Void> response) {
        if (response == null) {
            return OptionalLong.empty();
        }
        try {
            return response.headers().firstValue("Retry-After")
                    .map(value -> OptionalLong.of(Long.parseLong(value.trim()) * 1000))
                    .orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
