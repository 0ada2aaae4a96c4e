package io.voxcampaigns.voiceruntime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A stub of an HTTP voice runtime on loopback: the vox v3 calls API, signed v2 webhooks to one or more receivers,
 * programmable faults ({@link #controls()}, or the admin API under {@code /_stub}) and a record of what it did
 * ({@link #record()}, or {@code GET /_stub/record}). Start one with {@link #builder()}.
 */
public final class VoiceRuntimeStub implements AutoCloseable {

    /** Webhook requests in flight at most (over all receivers); more wait their turn. */
    static final int WEBHOOKS_IN_FLIGHT = 32;

    private final HttpServer server;
    private final ExecutorService requests;
    private final ExecutorService deliveries;
    private final ScheduledExecutorService timer;
    private final Controls controls;
    private final StubRecord record;

    private VoiceRuntimeStub(Builder builder) throws IOException {
        Clock clock = Clock.systemUTC();
        this.controls = new Controls(builder.behaviour, clock);
        this.record = new StubRecord();
        // creates may be held for seconds (create delay, early webhooks): one thread per request in flight
        this.requests = Executors.newCachedThreadPool(daemons("voice-runtime-http"));
        this.deliveries = Executors.newFixedThreadPool(WEBHOOKS_IN_FLIGHT, daemons("voice-runtime-webhook"));
        this.timer = Executors.newScheduledThreadPool(2, daemons("voice-runtime-timer"));
        WebhookSender webhooks = new WebhookSender(builder.webhookUrls, builder.webhookSecret,
                builder.webhookRetryFor, timer, clock, deliveries);
        CallLifecycle lifecycle = new CallLifecycle(record, webhooks, timer, clock);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", builder.port), 1024);
        server.createContext(CallsHandler.PATH,
                new CallsHandler(controls, new Calls(), record, lifecycle, builder.apiKey, clock));
        server.createContext(AdminHandler.PATH, new AdminHandler(controls, record));
        server.setExecutor(requests);
        server.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:<port>}: the base URL a dispatcher posts {@code /v3/calls} to. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public Controls controls() {
        return controls;
    }

    public StubRecord record() {
        return record;
    }

    /** Stops answering and delivering at once; calls still live and webhooks still pending stay so in the record. */
    @Override
    public void close() {
        server.stop(0);
        timer.shutdownNow();
        deliveries.shutdownNow();
        requests.shutdownNow();
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** How to start a stub: port (0: any free one), webhook receivers and secret, API key, initial behaviour. */
    public static final class Builder {

        private int port;
        private final List<URI> webhookUrls = new ArrayList<>();
        private String webhookSecret = "stub-webhook-secret";
        private String apiKey;
        private Duration webhookRetryFor = Duration.ofMinutes(10);
        private Behaviour behaviour = Behaviour.defaults();

        private Builder() {
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        /** A receiver of webhooks; with several, delivery attempts go to each in turn. */
        public Builder webhookUrl(URI url) {
            webhookUrls.add(url);
            return this;
        }

        public Builder webhookSecret(String secret) {
            webhookSecret = secret;
            return this;
        }

        /** Requires {@code Authorization: Bearer <key>} on /v3/calls; none when not set. */
        public Builder apiKey(String key) {
            apiKey = key;
            return this;
        }

        /** How long a webhook is retried before it is given up (default 10 minutes). */
        public Builder webhookRetryFor(Duration duration) {
            webhookRetryFor = duration;
            return this;
        }

        public Builder behaviour(Behaviour initial) {
            behaviour = initial;
            return this;
        }

        /** Starts the stub; it answers once this returns. */
        public VoiceRuntimeStub start() {
            try {
                return new VoiceRuntimeStub(this);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the voice runtime stub on port " + port, e);
            }
        }
    }
}
