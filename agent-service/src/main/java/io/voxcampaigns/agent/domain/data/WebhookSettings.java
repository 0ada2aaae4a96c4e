package io.voxcampaigns.agent.domain.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code data.webhookSettings}: where call data is posted. */
public record WebhookSettings(@JsonProperty("callDataWebhookUrl") String callDataWebhookUrl,
                              @JsonProperty("inboundCallWebhookUrl") String inboundCallWebhookUrl,
                              @JsonProperty("webhookVersion") String webhookVersion,
                              @JsonProperty("inboundCallWebhookSigningEnabled") Boolean inboundCallWebhookSigningEnabled) {
}
