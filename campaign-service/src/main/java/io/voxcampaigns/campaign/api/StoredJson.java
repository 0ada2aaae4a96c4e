package io.voxcampaigns.campaign.api;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.voxcampaigns.campaign.domain.TaskStatus;
import io.voxcampaigns.campaign.domain.WaitReason;
import io.voxcampaigns.campaign.persistence.Campaign;
import io.voxcampaigns.campaign.persistence.CampaignTask;
import io.voxcampaigns.platform.retry.RetryPolicyInput;
import io.voxcampaigns.platform.retry.VoicemailActionInput;

/** Turns stored rows, whose JSON columns the service wrote itself, into API responses. */
@ApplicationScoped
public class StoredJson {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private static final TypeReference<List<TaskResponse.AttemptOutcome>> OUTCOMES = new TypeReference<>() {
    };

    private final ObjectMapper json;

    StoredJson(ObjectMapper json) {
        this.json = json;
    }

    /** The campaign; its attempt policies are stored in the API's form (PolicyJson), every default filled in. */
    public CampaignResponse campaign(Campaign campaign) {
        CallTimeWindowBody window = campaign.callTimeWindow == null ? null
                : read(campaign.callTimeWindow, CallTimeWindowBody.class).shown();
        return CampaignResponse.of(campaign, window,
                campaign.retryPolicy == null ? null : read(campaign.retryPolicy, RetryPolicyInput.class),
                campaign.voicemailAction == null ? null : read(campaign.voicemailAction, VoicemailActionInput.class));
    }

    /** A task as the API shows it, with why it is not being dialled now (null: not queued, or it may be). */
    public TaskResponse task(CampaignTask t, WaitReason waiting) {
        return new TaskResponse(t.id.toString(), t.seq, t.toNumber, read(t.dynamicVariables, STRING_MAP),
                t.metadata == null ? null : read(t.metadata, JsonNode.class), t.presentationNumber, t.status.value(),
                t.attempts, t.lastCallId, t.lastOutcome, t.lastDisconnectionReason, t.createdAt.toEpochMilli(),
                t.updatedAt.toEpochMilli(), t.nextAttemptAt == null ? null : t.nextAttemptAt.toEpochMilli(),
                read(t.attemptOutcomes, OUTCOMES), t.exhaustedCause, t.externalId,
                waiting == null ? null : waiting.value(), t.nightConsent,
                waiting == WaitReason.FREQUENCY_CAP ? t.heldUntil.toEpochMilli() : null,
                t.status == TaskStatus.CANCELED ? t.cancelReason : null);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
