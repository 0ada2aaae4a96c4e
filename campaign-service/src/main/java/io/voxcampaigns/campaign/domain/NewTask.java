package io.voxcampaigns.campaign.domain;

import java.util.Map;
import java.util.UUID;

/**
 * One validated recipient of a campaign being created or appended to; {@code seq} is its position in the campaign
 * (in the request while being validated), metadataJson the client's metadata object as JSON, externalId the client's
 * own id of the task (null: none), nightConsent whether its recipient consented to advertising calls at night.
 */
public record NewTask(UUID id, int seq, String toNumber, Map<String, String> dynamicVariables, String metadataJson,
                      String presentationNumber, String externalId, boolean nightConsent) {

    /** The same task at position {@code seq} of the campaign. */
    public NewTask at(int seq) {
        return new NewTask(id, seq, toNumber, dynamicVariables, metadataJson, presentationNumber, externalId,
                nightConsent);
    }
}
