package io.voxcampaigns.campaign.domain;

import java.time.Instant;

import io.voxcampaigns.platform.retry.RetryPolicy;
import io.voxcampaigns.platform.retry.VoicemailAction;
import io.voxcampaigns.platform.schedule.CallingHours;

/**
 * A validated PATCH. name and concurrency are null when not sent (kept). scheduled_at, presentation_number,
 * call_time_window, retry_policy, voicemail_action and max_calls_per_second can be cleared with null, so whether they were sent is a flag
 * of its own.
 */
public record CampaignEdit(String name,
                           boolean schedules, Instant scheduledAt,
                           Integer concurrency,
                           boolean presents, String presentationNumber,
                           boolean windows, CallingHours callTimeWindow,
                           boolean retries, RetryPolicy retryPolicy,
                           boolean voicemails, VoicemailAction voicemailAction,
                           boolean paces, Double maxCallsPerSecond) {
}
