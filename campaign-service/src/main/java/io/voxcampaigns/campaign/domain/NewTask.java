package io.voxcampaigns.campaign.domain;

import java.util.Map;
import java.util.UUID;

/** One validated recipient of a campaign being created; metadataJson is the client's metadata object as JSON. */
public record NewTask(UUID id, int seq, String toNumber, Map<String, String> dynamicVariables, String metadataJson,
                      String presentationNumber) {
}
