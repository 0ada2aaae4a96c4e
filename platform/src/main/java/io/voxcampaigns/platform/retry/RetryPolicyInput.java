package io.voxcampaigns.platform.retry;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A retry_policy exactly as a client sent it, nulls included, before validation; also the form
 * {@link RetryPolicy#toInput()} writes back, every default filled in.
 */
public record RetryPolicyInput(@JsonProperty("max_attempts") Integer maxAttempts,
                               @JsonProperty("retry_on") List<String> retryOn,
                               @JsonProperty("spacing") Spacing spacing,
                               @JsonProperty("deadline_at") Long deadlineAt) {

    /** retry_policy.spacing as sent. */
    public record Spacing(@JsonProperty("type") String type,
                          @JsonProperty("initial_seconds") Integer initialSeconds,
                          @JsonProperty("max_seconds") Integer maxSeconds,
                          @JsonProperty("jitter") Double jitter) {
    }
}
