package io.voxcampaigns.voiceruntime;

import java.util.Locale;

/** One delivery of one webhook (a copy is a delivery of its own); changed only under its campaign's lock. */
final class WebhookDelivery {

    /** Where a delivery stands. */
    enum State {
        PENDING, DELIVERED, REFUSED, GIVEN_UP;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    final String event;
    final String runtimeId;
    final int copy;
    int attempts;
    int lastStatus;
    State state = State.PENDING;

    WebhookDelivery(String event, String runtimeId, int copy) {
        this.event = event;
        this.runtimeId = runtimeId;
        this.copy = copy;
    }

    CampaignReport.Webhook report() {
        return new CampaignReport.Webhook(event, runtimeId, copy, attempts, lastStatus, state.label());
    }
}
