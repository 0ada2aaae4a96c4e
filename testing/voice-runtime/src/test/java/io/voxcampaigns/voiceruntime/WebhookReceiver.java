package io.voxcampaigns.voiceruntime;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/** A tiny webhook receiver for the tests: records every request and answers what the test tells it to. */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received: the parsed body, the raw bytes and the signature header. */
    record Received(JsonNode body, byte[] raw, String signature) {

        String event() {
            return body.path("event").asText();
        }

        String callId() {
            return body.path("call").path("call_id").asText();
        }
    }

    /** What to answer: a status and, when not null, a Retry-After in seconds. */
    record Reply(int status, Integer retryAfterSeconds) {

        static Reply ok() {
            return new Reply(200, null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private volatile Function<Received, Reply> replies = request -> Reply.ok();
    private volatile long holdMillis;
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/webhooks/voice", exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            boolean counted = true;
            try (exchange; InputStream in = exchange.getRequestBody()) {
                hold();
                byte[] raw = in.readAllBytes();
                Received request = new Received(JSON.readTree(raw), raw,
                        exchange.getRequestHeaders().getFirst(Signature.HEADER));
                Reply reply;
                synchronized (received) {
                    received.add(request);
                    reply = replies.apply(request);
                }
                if (reply.retryAfterSeconds() != null) {
                    exchange.getResponseHeaders().set("Retry-After", reply.retryAfterSeconds().toString());
                }
                byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
                // no longer in flight once the answer starts: the sender may reuse its slot as soon as it reads it
                inFlight.decrementAndGet();
                counted = false;
                exchange.sendResponseHeaders(reply.status(), answer.length);
                exchange.getResponseBody().write(answer);
            } finally {
                if (counted) {
                    inFlight.decrementAndGet();
                }
            }
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/voice");
    }

    /** How to answer from now on; called under the receiver's lock, in arrival order. */
    void answer(Function<Received, Reply> replyFunction) {
        replies = replyFunction;
    }

    /** Keeps every request this long before answering it. */
    void holdEach(Duration duration) {
        holdMillis = duration.toMillis();
    }

    /** Keeps every request from now on until {@link #open()}. */
    void closeGate() {
        gate = new CountDownLatch(1);
    }

    /** Lets every held request (and every later one) through. */
    void open() {
        gate.countDown();
    }

    /** Requests being answered now. */
    int inFlight() {
        return inFlight.get();
    }

    /** The most requests being answered at once so far. */
    int mostInFlight() {
        return mostInFlight.get();
    }

    private void hold() {
        try {
            gate.await();
            Thread.sleep(holdMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Received> received() {
        synchronized (received) {
            return new ArrayList<>(received);
        }
    }

    /** Waits until at least {@code count} received requests match; returns every match. */
    List<Received> await(Predicate<Received> matching, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Received> matches = received().stream().filter(matching).toList();
        while (matches.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
            matches = received().stream().filter(matching).toList();
        }
        return matches;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
