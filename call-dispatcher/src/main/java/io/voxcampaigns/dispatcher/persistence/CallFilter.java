package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.panache.common.Parameters;

/**
 * The filters of the calls list; empty lists and null bounds filter nothing. Repeated values mean any of them.
 *
 * @param noCallOfOurType  the call types asked for leave out outbound, the only type the dispatcher places
 * @param startAtAfter     connected after (start_at is the connect time)
 */
public record CallFilter(String organizationId, List<UUID> campaignIds, List<UUID> agentIds, boolean noCallOfOurType,
                         List<String> statuses, List<String> reasons, List<String> fromNumbers,
                         List<String> toNumbers, Instant startAtAfter, Instant startAtBefore) {

    public String where() {
        StringBuilder where = new StringBuilder("organizationId = :org");
        if (noCallOfOurType) {
            where.append(" and 1 = 0");
        }
        if (!campaignIds.isEmpty()) {
            where.append(" and campaignId in :campaigns");
        }
        if (!agentIds.isEmpty()) {
            where.append(" and agentId in :agents");
        }
        if (!fromNumbers.isEmpty()) {
            where.append(" and fromNumber in :fromNumbers");
        }
        if (!statuses.isEmpty()) {
            where.append(" and status in :statuses");
        }
        if (!reasons.isEmpty()) {
            where.append(" and disconnectionReason in :reasons");
        }
        if (!toNumbers.isEmpty()) {
            where.append(" and toNumber in :numbers");
        }
        if (startAtAfter != null) {
            where.append(" and startAt > :after");
        }
        if (startAtBefore != null) {
            where.append(" and startAt < :before");
        }
        return where.toString();
    }

    public Parameters parameters() {
        Parameters params = Parameters.with("org", organizationId);
        if (!campaignIds.isEmpty()) {
            params.and("campaigns", campaignIds);
        }
        if (!agentIds.isEmpty()) {
            params.and("agents", agentIds);
        }
        if (!fromNumbers.isEmpty()) {
            params.and("fromNumbers", fromNumbers);
        }
        if (!statuses.isEmpty()) {
            params.and("statuses", statuses);
        }
        if (!reasons.isEmpty()) {
            params.and("reasons", reasons);
        }
        if (!toNumbers.isEmpty()) {
            params.and("numbers", toNumbers);
        }
        if (startAtAfter != null) {
            params.and("after", startAtAfter);
        }
        if (startAtBefore != null) {
            params.and("before", startAtBefore);
        }
        return params;
    }
}
