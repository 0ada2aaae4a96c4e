package io.voxcampaigns.platform.retry;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A retry_policy exactly as a client sent it, nulls included, before validation; also the form
 * {@link RetryPolicy#toInput()} writes back, every default filled in.
 */
@Schema(name = "RetryPolicy")
public record RetryPolicyInput(@JsonProperty("max_attempts")
                               @Schema(nullable = true, minimum = "1", maximum = "" + RetryPolicy.MAX_ATTEMPTS,
                                       defaultValue = "" + RetryPolicy.DEFAULT_MAX_ATTEMPTS)
                               Integer maxAttempts,
                               @JsonProperty("retry_on")
                               @Schema(type = SchemaType.ARRAY, implementation = RetryableReason.class, nullable = true,
                                       uniqueItems = true,
                                       description = "disconnection reasons that are retried; never"
                                       + " one of a connected call, dial_declined or unknown")
                               List<String> retryOn,
                               @JsonProperty("spacing") @Schema(nullable = true) Spacing spacing,
                               @JsonProperty("deadline_at")
                               @Schema(nullable = true, description = "unix ms, in the future; no attempt starts after"
                                       + " it") Long deadlineAt) {

    /** retry_policy.spacing as sent. */
    @Schema(name = "RetrySpacing")
    public record Spacing(@JsonProperty("type") @Schema(required = true, enumeration = {"fixed", "exponential"})
                          String type,
                          @JsonProperty("initial_seconds")
                          @Schema(nullable = true, minimum = "" + io.voxcampaigns.platform.retry.Spacing.MIN_INITIAL_SECONDS,
                                  maximum = "" + io.voxcampaigns.platform.retry.Spacing.MAX_INITIAL_SECONDS)
                          Integer initialSeconds,
                          @JsonProperty("max_seconds")
                          @Schema(nullable = true, description = "exponential only", minimum = ""
                                  + io.voxcampaigns.platform.retry.Spacing.MIN_INITIAL_SECONDS,
                                  maximum = "" + io.voxcampaigns.platform.retry.Spacing.MAX_MAX_SECONDS)
                          Integer maxSeconds,
                          @JsonProperty("jitter")
                          @Schema(nullable = true, minimum = "0",
                                  maximum = "" + io.voxcampaigns.platform.retry.Spacing.MAX_JITTER)
                          Double jitter) {
    }
}
