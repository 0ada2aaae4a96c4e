package io.voxcampaigns.dispatcher.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.persistence.Suppressions;
import io.voxcampaigns.events.serde.EventCodec;
import io.voxcampaigns.events.suppression.SuppressionsChanged;
import io.voxcampaigns.platform.messaging.UnprocessableEventException;

/**
 * Applies suppression.events, each record once, to the dispatcher's copy of the organisations' suppression lists.
 * Nothing is woken: a suppressed task is canceled when its campaign's queue reaches it, and no claim takes it before.
 */
@ApplicationScoped
public class SuppressionEventsConsumer {

    static final String CONSUMER = "call-dispatcher.suppression-events";

    private final ApplyOnce applyOnce;
    private final Suppressions suppressions;

    SuppressionEventsConsumer(ApplyOnce applyOnce, Suppressions suppressions) {
        this.applyOnce = applyOnce;
        this.suppressions = suppressions;
    }

    @Incoming("suppression-events")
    public Uni<Void> onRecord(byte[] payload) {
        return applyOnce.apply(CONSUMER, payload, this::apply, ignored -> { });
    }

    Uni<UUID> apply(SpecificRecord event) {
        if (!(event instanceof SuppressionsChanged changed)) {
            throw new UnprocessableEventException(EventCodec.eventType(event)
                    + " does not belong on suppression.events");
        }
        return suppressions.apply(changed.getOrganizationId(), numbers(changed.getAdded(), "added"),
                changed.getExpiresAt(), numbers(changed.getRemoved(), "removed")).replaceWith((UUID) null);
    }

    private static List<String> numbers(List<String> numbers, String field) {
        List<String> checked = new ArrayList<>(numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            checked.add(EventFields.phoneNumber(numbers.get(i), field + "[" + i + "]"));
        }
        return checked;
    }
}
