package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quarkus.panache.common.Parameters;

/** The filters of the calls list; empty lists and null bounds filter nothing. Repeated values mean any of them. */
public record CallFilter(String organizationId, List<UUID> campaignIds, List<String> statuses, List<String> reasons,
                         List<String> toNumbers, Instant startAtAfter, Instant startAtBefore) {

    public String where() {
        StringBuilder where = new StringBuilder("organizationId = :org");
        if (!campaignIds.isEmpty()) {
            where.append(" and campaignId in :campaigns");
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
