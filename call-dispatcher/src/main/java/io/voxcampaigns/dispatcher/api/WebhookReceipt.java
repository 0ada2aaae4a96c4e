package io.voxcampaigns.dispatcher.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to a webhook: which of our calls it concerned and whether it changed it. */
public record WebhookReceipt(@JsonProperty("event") String event,
                             @JsonProperty("call_id") String callId,
                             @JsonProperty("applied") boolean applied) {
}
