package io.voxcampaigns.dispatcher.placement;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.voxcampaigns.dispatcher.config.DispatcherConfig;

/**
 * What the simulated runtime was asked to do, as a real runtime would see it: calls in progress per campaign and
 * the most it ever saw at once, every attempt id (when recording is on) and any attempt placed twice. With
 * {@code vox.dispatcher.simulated.attempt-log} set, each placement and end also goes to that file, which outlives
 * the process.
 */
@ApplicationScoped
public class PlacementLog {

    private final ConcurrentHashMap<UUID, Overlap> overlaps = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Overlap> organizationOverlaps = new ConcurrentHashMap<>();
    private final Set<UUID> attempts = ConcurrentHashMap.newKeySet();
    private final List<UUID> duplicates = new CopyOnWriteArrayList<>();

    private final DispatcherConfig config;
    private final Clock clock;
    private AttemptLogFile file;
    private Set<UUID> placedEarlier = Set.of();

    PlacementLog(DispatcherConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @PostConstruct
    void openFile() {
        config.simulated().attemptLog().ifPresent(path -> {
            placedEarlier = AttemptLogFile.placedAttempts(path);
            file = AttemptLogFile.open(path, clock.instant());
        });
    }

    @PreDestroy
    void closeFile() {
        if (file != null) {
            file.close();
        }
    }

    /** Calls of one campaign in progress now, and the most at any instant. */
    private record Overlap(AtomicInteger now, AtomicInteger max) {

        static Overlap none() {
            return new Overlap(new AtomicInteger(), new AtomicInteger());
        }
    }

    void placing(PlacedCall call) {
        if (file != null) {
            file.started(call, clock.instant());
        }
        if (config.simulated().recordAttempts() && !attempts.add(call.attemptId())) {
            duplicates.add(call.attemptId());
        }
        for (Overlap overlap : List.of(overlaps.computeIfAbsent(call.campaignId(), id -> Overlap.none()),
                organizationOverlaps.computeIfAbsent(call.organizationId(), id -> Overlap.none()))) {
            int current = overlap.now().incrementAndGet();
            overlap.max().accumulateAndGet(current, Math::max);
        }
    }

    void finished(PlacedCall call) {
        if (file != null) {
            file.ended(call, clock.instant());
        }
        overlaps.get(call.campaignId()).now().decrementAndGet();
        organizationOverlaps.get(call.organizationId()).now().decrementAndGet();
    }

    /** Whether an earlier process placed this attempt (only known with the attempt log). */
    boolean placedByEarlierProcess(UUID attemptId) {
        return placedEarlier.contains(attemptId);
    }

    /** The most calls of the campaign this runtime had in progress at once. */
    public int maxOverlap(UUID campaignId) {
        Overlap overlap = overlaps.get(campaignId);
        return overlap == null ? 0 : overlap.max().get();
    }

    /** The most calls of the organisation's campaigns this runtime had in progress at once. */
    public int maxOrganizationOverlap(String organizationId) {
        Overlap overlap = organizationOverlaps.get(organizationId);
        return overlap == null ? 0 : overlap.max().get();
    }

    /** Whether this attempt was placed (recording must be on). */
    public boolean placed(UUID attemptId) {
        return attempts.contains(attemptId);
    }

    /** Attempt ids placed more than once: always empty unless the one-attempt-one-dial rule broke. */
    public List<UUID> duplicateAttempts() {
        return List.copyOf(duplicates);
    }
}
