package io.voxcampaigns.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Polls {@code GET /v3/campaigns/{id}} every few milliseconds and keeps when each value of
 * {@code completed_calls + failed_calls} was first seen, to time "call ended -> counters visible".
 */
final class CountersPoller implements AutoCloseable {

    static final long INTERVAL_MS = 20;

    /** First time (unix ms) the finished count was seen at or above {@code finished}. */
    record Seen(long at, int finished) {
    }

    private final List<Seen> seen = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Exception failure;

    CountersPoller(StackApi api, String campaignId) {
        thread = new Thread(() -> {
            int last = -1;
            while (running) {
                try {
                    var campaign = api.campaign(campaignId);
                    long now = System.currentTimeMillis();
                    int finished = campaign.get("completed_calls").asInt() + campaign.get("failed_calls").asInt();
                    if (finished > last) {
                        synchronized (seen) {
                            seen.add(new Seen(now, finished));
                        }
                        last = finished;
                    }
                    Thread.sleep(INTERVAL_MS);
                } catch (InterruptedException e) {
                    return;
                } catch (Exception e) {
                    failure = e;
                    return;
                }
            }
        }, "counters-poller");
        thread.setDaemon(true);
        thread.start();
    }

    /** Latency (ms) from each end (occurred_at, in order) to the first poll showing the count that includes it. */
    List<Long> latencies(List<Long> endTimes) {
        List<Seen> copy;
        synchronized (seen) {
            copy = new ArrayList<>(seen);
        }
        if (failure != null) {
            throw new IllegalStateException("polling the campaign failed", failure);
        }
        return latencies(copy, endTimes);
    }

    static List<Long> latencies(List<Seen> seen, List<Long> endTimes) {
        List<Seen> copy = seen;
        List<Long> latencies = new ArrayList<>();
        int s = 0;
        for (int k = 0; k < endTimes.size(); k++) {
            while (s < copy.size() && copy.get(s).finished() < k + 1) {
                s++;
            }
            if (s == copy.size()) {
                break;
            }
            latencies.add(Math.max(0, copy.get(s).at() - endTimes.get(k)));
        }
        return latencies;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(5000);
    }
}
