package io.voxcampaigns.e2e;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The simulated placer's attempt log of one campaign as a {@link PlacerRecord}: placements, no outcomes. */
public final class AttemptLogRecord implements PlacerRecord {

    private final AttemptLog log;
    private final String campaignId;

    public AttemptLogRecord(AttemptLog log, String campaignId) {
        this.log = log;
        this.campaignId = campaignId;
    }

    @Override
    public int mostLive() {
        return log.maxOverlap(campaignId);
    }

    @Override
    public Map<String, List<String>> dialsByTask() {
        return log.attemptsByTask(campaignId);
    }

    @Override
    public long keysDialledTwice() {
        return log.duplicateAttempts(campaignId).size();
    }

    @Override
    public Optional<Map<String, String>> outcomes() {
        return Optional.empty();
    }

    @Override
    public Optional<Long> connected() {
        return Optional.empty();
    }

    @Override
    public List<String> problems() {
        return List.of();
    }
}
