package io.voxcampaigns.dispatcher.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.events.common.CampaignSettings;
import io.voxcampaigns.events.common.CampaignStatus;

/**
 * Writes the dispatcher's view of a campaign from campaign.events. Settings events carry the complete settings,
 * and an older event than the stored one never overwrites it, so redelivery and replays are harmless.
 */
@ApplicationScoped
public class DispatchCampaignWriter {

    private static final String UPSERT_SETTINGS = """
            insert into dispatch_campaign (campaign_id, organization_id, status, concurrency, settings_json, source_occurred_at)
            values (:id, :org, :status, :concurrency, :settings, :occurredAt)
            on conflict (campaign_id) do update set
                status = excluded.status, concurrency = excluded.concurrency, settings_json = excluded.settings_json,
                source_occurred_at = excluded.source_occurred_at
            where dispatch_campaign.source_occurred_at <= excluded.source_occurred_at
            """;
    private static final String UPDATE_STATUS = """
            update dispatch_campaign set status = :status, source_occurred_at = :occurredAt
            where campaign_id = :id and source_occurred_at <= :occurredAt
            """;

    public Uni<Void> settings(String organizationId, String campaignId, CampaignSettings settings, CampaignStatus status,
                              Instant occurredAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT_SETTINGS)
                .setParameter("id", UUID.fromString(campaignId))
                .setParameter("org", organizationId)
                .setParameter("status", status.name())
                .setParameter("concurrency", settings.getConcurrency())
                .setParameter("settings", settings.toString())
                .setParameter("occurredAt", occurredAt)
                .executeUpdate()
                .replaceWithVoid());
    }

    public Uni<Void> status(String campaignId, CampaignStatus status, Instant occurredAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPDATE_STATUS)
                .setParameter("id", UUID.fromString(campaignId))
                .setParameter("status", status.name())
                .setParameter("occurredAt", occurredAt)
                .executeUpdate()
                .replaceWithVoid());
    }
}
