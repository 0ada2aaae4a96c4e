package io.voxcampaigns.voiceruntime;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the stub did, per campaign: the oracle of the vox-mode tests. Calls without {@code metadata.vox_campaigns}
 * are recorded under campaign (and task) "unknown".
 */
public final class StubRecord {

    public static final String UNKNOWN = CallRequest.UNKNOWN;

    private final ConcurrentHashMap<String, CampaignRecord> campaigns = new ConcurrentHashMap<>();

    CampaignRecord of(String campaignId) {
        return campaigns.computeIfAbsent(campaignId, CampaignRecord::new);
    }

    /** The campaign's record now; an empty one when the stub never heard of it. */
    public CampaignReport campaign(String campaignId) {
        CampaignRecord found = campaigns.get(campaignId);
        return (found != null ? found : new CampaignRecord(campaignId)).report();
    }

    /** Every campaign's record now, by campaign id. */
    public List<CampaignReport> campaigns() {
        return campaigns.values().stream().map(CampaignRecord::report)
                .sorted(Comparator.comparing(CampaignReport::campaignId)).toList();
    }

    /** Calls of the campaign created at or after the time (unix ms), without building a report: for polling. */
    public long dialsSince(String campaignId, long unixMillis) {
        CampaignRecord found = campaigns.get(campaignId);
        return found == null ? 0 : found.dialsSince(unixMillis);
    }

    /** Calls created over all campaigns (unknown included). */
    public long dials() {
        return campaigns.values().stream().mapToLong(c -> c.dialsSince(0)).sum();
    }
}
