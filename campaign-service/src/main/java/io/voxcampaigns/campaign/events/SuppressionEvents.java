package io.voxcampaigns.campaign.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.voxcampaigns.campaign.domain.DomesticNumbers;
import io.voxcampaigns.events.suppression.SuppressionsChanged;

/**
 * Builds SuppressionsChanged records (suppression.events, key organization_id): numbers as tasks carry them, at most
 * {@link #MAX_NUMBERS} in one record, so an import of many numbers is several records.
 */
public final class SuppressionEvents {

    /** The most numbers one record carries. */
    public static final int MAX_NUMBERS = 1_000;

    private SuppressionEvents() {
    }

    /** Records adding the numbers (domestic digits), all suppressed until {@code expiresAt} (null: never). */
    public static List<SuppressionsChanged> added(String organizationId, List<String> numbers, Instant expiresAt,
                                                  Instant now) {
        List<SuppressionsChanged> events = new ArrayList<>((numbers.size() + MAX_NUMBERS - 1) / MAX_NUMBERS);
        for (int from = 0; from < numbers.size(); from += MAX_NUMBERS) {
            List<String> part = numbers.subList(from, Math.min(numbers.size(), from + MAX_NUMBERS));
            events.add(event(organizationId, now).setAdded(List.copyOf(part)).setExpiresAt(expiresAt).build());
        }
        return events;
    }

    /** The record removing one number (domestic digits). */
    public static SuppressionsChanged removed(String organizationId, String number, Instant now) {
        return event(organizationId, now).setRemoved(List.of(number)).build();
    }

    private static SuppressionsChanged.Builder event(String organizationId, Instant now) {
        return SuppressionsChanged.newBuilder().setEventId(UUID.randomUUID().toString()).setOccurredAt(now)
                .setOrganizationId(organizationId).setAdded(List.of()).setRemoved(List.of()).setExpiresAt(null);
    }
}
