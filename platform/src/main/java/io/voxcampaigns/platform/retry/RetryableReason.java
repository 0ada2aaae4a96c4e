package io.voxcampaigns.platform.retry;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The values {@code retry_policy.retry_on} may hold, for the OpenAPI documents only: the rule is
 * {@link RetryReasons#isRetryable} (RetryableReasonTest keeps the two lists equal).
 */
@Schema(name = "RetryableReason", description = "a disconnection reason that may be retried")
public enum RetryableReason {
    dial_no_answer, dial_busy, voicemail_reached, dial_failed, error_voxai, concurrency_limit_reached,
    orphaned_no_agent_pickup, insufficient_balance, daily_call_limit_reached
}
