package io.voxcampaigns.e2e;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.voxcampaigns.voiceruntime.CampaignReport;
import io.voxcampaigns.voiceruntime.StubRecord;

/**
 * Runtime calls whose request named no campaign ({@code metadata.vox_campaigns} missing; the stub records them under
 * "unknown"). The verdict cannot attribute them; they are counted only to see a dispatcher that does not tag its
 * calls, and to say so.
 */
final class UntaggedCalls {

    private UntaggedCalls() {
    }

    /** Untagged calls created in [from, to), described for a verdict's details; empty when there are none. */
    static String describe(StubRecord record, long fromMillis, long toMillis) {
        List<CampaignReport.Dial> dials = record.campaign(StubRecord.UNKNOWN).tasks().values().stream()
                .flatMap(List::stream).filter(d -> d.createdAt() >= fromMillis && d.createdAt() < toMillis).toList();
        if (dials.isEmpty()) {
            return "";
        }
        Map<String, Long> outcomes = dials.stream()
                .collect(Collectors.groupingBy(RuntimeRecord::outcome, Collectors.counting()));
        long numbers = dials.stream().map(CampaignReport.Dial::toNumber).distinct().count();
        return dials.size() + " runtime calls meanwhile carried no metadata.vox_campaigns (the dispatcher did not name"
                + " campaign and task; recorded as unknown): " + numbers + " distinct numbers, outcomes " + outcomes;
    }
}
