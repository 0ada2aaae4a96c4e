package io.voxcampaigns.e2e;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import io.voxcampaigns.voiceruntime.Behaviour;
import io.voxcampaigns.voiceruntime.StubRecord;
import io.voxcampaigns.voiceruntime.Timing;
import io.voxcampaigns.voiceruntime.VoiceRuntimeStub;

/**
 * How the stack's dispatchers place calls: the placer's settings for them, the stub voice runtime in vox mode
 * (running in this JVM, so it outlives any dispatcher), and the placer's own record, the oracle.
 */
final class PlacerSetup implements AutoCloseable {

    /** The vox placer's create-call timeout; the runtime-slow fault answers slower than this. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(2);
    /** A runtime refusing calls longer than this pauses the campaign (by the system) until it answers again. */
    static final Duration UNAVAILABLE_PAUSE_AFTER = Duration.ofSeconds(5);

    private final Stack.Placer placer;
    private final Path attemptLog;
    private final String runtimeApiKey = UUID.randomUUID().toString();
    private final String webhookSecret = UUID.randomUUID().toString();
    private final VoiceRuntimeStub runtime;

    /**
     * In vox mode starts the runtime: calls of 20-150 ms ring and 30-250 ms talk, the default outcome mix, the
     * dispatchers' webhook endpoints targets in turn (a webhook often reaches the process that did not place the call).
     */
    PlacerSetup(Stack.Placer placer, Path attemptLog, List<URI> webhookTargets) {
        this.placer = placer;
        this.attemptLog = attemptLog;
        if (placer == Stack.Placer.VOX) {
            VoiceRuntimeStub.Builder builder = VoiceRuntimeStub.builder().apiKey(runtimeApiKey)
                    .webhookSecret(webhookSecret)
                    .behaviour(Behaviour.defaults().withTiming(Timing.ofMillis(20, 150, 30, 250)));
            webhookTargets.forEach(builder::webhookUrl);
            runtime = builder.start();
        } else {
            runtime = null;
        }
    }

    /** The stub voice runtime (vox placer only). */
    VoiceRuntimeStub runtime() {
        if (runtime == null) {
            throw new IllegalStateException("the stack runs the " + placer.label() + " placer: no runtime");
        }
        return runtime;
    }

    /** A dispatcher's placer settings; those the current dispatcher does not know yet are ignored by it. */
    Map<String, String> environment() {
        Map<String, String> env = new TreeMap<>();
        // a call whose dispatcher died closes as error after ring + timeout + 2 s
        env.put("VOX_DISPATCHER_CALL_DEADLINE_MARGIN", "2s");
        env.put("VOX_DISPATCHER_SWEEP_INTERVAL", "1s");
        // a dispatcher process silent this long has its unfinished placements adopted by another
        env.put("VOX_DISPATCHER_INSTANCE_TIMEOUT", "3s");
        env.put("VOX_DISPATCHER_CALL_PLACER", placer.label());
        if (placer == Stack.Placer.SIMULATED) {
            env.put("VOX_DISPATCHER_SIMULATED_ATTEMPT_LOG", attemptLog.toString());
            // short calls
            env.put("VOX_DISPATCHER_SIMULATED_RING_MIN", "0ms");
            env.put("VOX_DISPATCHER_SIMULATED_RING_MAX", "20ms");
            env.put("VOX_DISPATCHER_SIMULATED_TALK_MIN", "20ms");
            env.put("VOX_DISPATCHER_SIMULATED_TALK_MAX", "100ms");
            return env;
        }
        env.put("VOX_DISPATCHER_VOX_BASE_URL", runtime.baseUrl().toString());
        env.put("VOX_DISPATCHER_VOX_API_KEY", runtimeApiKey);
        env.put("VOX_DISPATCHER_VOX_WEBHOOK_SECRET", webhookSecret);
        env.put("VOX_DISPATCHER_VOX_REQUEST_TIMEOUT", REQUEST_TIMEOUT.toSeconds() + "s");
        env.put("VOX_DISPATCHER_VOX_UNAVAILABLE_PAUSE_AFTER", UNAVAILABLE_PAUSE_AFTER.toSeconds() + "s");
        env.put("VOX_DISPATCHER_VOX_RETRY_INITIAL_BACKOFF", "200ms");
        env.put("VOX_DISPATCHER_VOX_RETRY_MAX_BACKOFF", "2s");
        env.put("VOX_DISPATCHER_VOX_MAX_CONCURRENT_REQUESTS", "64");
        return env;
    }

    /** The placer's own record of the campaign: the runtime's (vox) or the attempt log's (simulated). */
    PlacerRecord record(String campaignId) {
        return runtime != null ? new RuntimeRecord(runtime.record().campaign(campaignId))
                : new AttemptLogRecord(AttemptLog.read(attemptLog), campaignId);
    }

    /**
     * Placements of the campaign by the placer's record. In vox mode also the runtime's calls that named no campaign
     * at all since the time given: a dispatcher that does not tag its calls would otherwise never be seen to place
     * any (the runs have one campaign dialling at a time).
     */
    long placed(String campaignId, long sinceMillis) {
        if (runtime == null) {
            return AttemptLog.read(attemptLog).starts(campaignId);
        }
        return runtime.record().dialsSince(campaignId, 0)
                + runtime.record().dialsSince(StubRecord.UNKNOWN, sinceMillis);
    }

    /** Waits until {@link #placed} reaches {@code count}; returns it. */
    long awaitPlaced(String campaignId, long sinceMillis, long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long placed = placed(campaignId, sinceMillis);
        while (placed < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + placed + " of " + count + " calls of campaign " + campaignId
                        + " placed within " + timeout.toSeconds() + " s");
            }
            Thread.sleep(100);
            placed = placed(campaignId, sinceMillis);
        }
        return placed;
    }

    @Override
    public void close() {
        if (runtime != null) {
            runtime.close();
        }
    }
}
