package io.voxcampaigns.platform.retry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A campaign's attempt policies as stored in a text column: JSON in the API's form ({@link RetryPolicy#toInput()},
 * {@link VoicemailAction#toInput()}, every default filled in), read back through the same rules
 * ({@link RetryPolicy#restored}, {@link VoicemailAction#restored}). Null stands for "not set" both ways.
 */
public final class PolicyJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyJson() {
    }

    public static String of(RetryPolicy policy) {
        return policy == null ? null : write(policy.toInput());
    }

    public static String of(VoicemailAction action) {
        return action == null ? null : write(action.toInput());
    }

    /** @throws IllegalArgumentException when the stored policy breaks a rule */
    public static RetryPolicy retryPolicy(String json) {
        return json == null ? null : RetryPolicy.restored(read(json, RetryPolicyInput.class));
    }

    /** @throws IllegalArgumentException when the stored action breaks a rule */
    public static VoicemailAction voicemail(String json) {
        return json == null ? null : VoicemailAction.restored(read(json, VoicemailActionInput.class));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attempt policies always serialise", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored attempt policy is not JSON: " + json, e);
        }
    }
}
