package io.voxcampaigns.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.apache.avro.specific.SpecificRecord;

import io.voxcampaigns.events.Topics;
import io.voxcampaigns.events.call.CallEnded;
import io.voxcampaigns.events.call.CallStarted;
import io.voxcampaigns.events.serde.EventCodec;

/**
 * Reads call.events from its end (at start) on a thread of its own and keeps, per campaign, the occurred_at of
 * every CallStarted and CallEnded (unix ms, stamped by the dispatcher) and the time the record reached us.
 */
final class CallEventsTap implements AutoCloseable {

    /**
     * One call event of a campaign: a CallStarted or CallEnded of attempt {@code attempt}; {@code retried} on a
     * CallEnded whose task is called again.
     */
    record Event(boolean started, long occurredAt, long receivedAt, int attempt, boolean retried) {
    }

    private final Map<String, List<Event>> byCampaign = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long lastReceivedAt = System.currentTimeMillis();

    CallEventsTap(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.CALL_EVENTS).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::run, "call-events-tap");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                long now = System.currentTimeMillis();
                lastReceivedAt = now;
                SpecificRecord event = EventCodec.decode(record.value());
                if (event instanceof CallStarted || event instanceof CallEnded) {
                    boolean started = event instanceof CallStarted;
                    int attempt = started ? ((CallStarted) event).getAttempt() : ((CallEnded) event).getAttempt();
                    boolean retried = !started && ((CallEnded) event).getRetryScheduled();
                    List<Event> events = byCampaign.computeIfAbsent(record.key(), k -> new ArrayList<>());
                    synchronized (events) {
                        events.add(new Event(started, EventCodec.occurredAt(event).toEpochMilli(), now, attempt,
                                retried));
                    }
                }
            }
        }
        consumer.close();
    }

    /** A copy of the campaign's events so far, in arrival order. */
    List<Event> events(String campaignId) {
        List<Event> events = byCampaign.get(campaignId);
        if (events == null) {
            return List.of();
        }
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    /**
     * Waits until no call.events record arrived for {@code quiet} (at most {@code max}): with every campaign paused,
     * the topic goes quiet only once the dispatcher's outbox relay has published every call it made.
     */
    void awaitQuiet(Duration quiet, Duration max) throws InterruptedException {
        long deadline = System.currentTimeMillis() + max.toMillis();
        while (System.currentTimeMillis() - lastReceivedAt < quiet.toMillis() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    long count(String campaignId, boolean started) {
        return events(campaignId).stream().filter(e -> e.started() == started).count();
    }

    /** The occurred_at (unix ms) of the campaign's CallStarted ({@code started}) or CallEnded, in time order. */
    List<Long> times(String campaignId, boolean started) {
        return events(campaignId).stream().filter(e -> e.started() == started).map(Event::occurredAt).sorted()
                .toList();
    }

    /** Waits until {@code ends} CallEnded of the campaign arrived, at most {@code max}. */
    void awaitEnds(String campaignId, int ends, Duration max) throws InterruptedException {
        long deadline = System.currentTimeMillis() + max.toMillis();
        while (count(campaignId, false) < ends && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
    }

    /** Where the time goes on the dispatcher's side: CallEnded committed -> on call.events, read by this tap. */
    Percentiles relayed(List<String> campaignIds) {
        List<Long> relayed = new ArrayList<>();
        for (String id : campaignIds) {
            events(id).stream().filter(e -> !e.started())
                    .forEach(e -> relayed.add(Math.max(0, e.receivedAt() - e.occurredAt())));
        }
        return Percentiles.of(relayed);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
