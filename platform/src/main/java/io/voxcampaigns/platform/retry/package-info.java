/**
 * Attempt policies, the pure part: what a campaign's {@code retry_policy} and {@code voicemail_action} may say
 * ({@link io.voxcampaigns.platform.retry.RetryPolicy#validated}, {@link
 * io.voxcampaigns.platform.retry.VoicemailAction#validated}), and when a task is called again
 * ({@link io.voxcampaigns.platform.retry.RetryScheduler}). No framework, no clock and no randomness of its own:
 * campaign-service validates requests with it, the call-dispatcher schedules attempts with it, and both read the same
 * rules.
 *
 * <h2>Where each rule lives</h2>
 * <ul>
 *   <li>which disconnection reasons may be retried, which never, and the default {@code retry_on}:
 *       {@link io.voxcampaigns.platform.retry.RetryReasons};</li>
 *   <li>bounds and defaults of the policy: {@link io.voxcampaigns.platform.retry.RetryPolicy} and
 *       {@link io.voxcampaigns.platform.retry.Spacing} (constants), checked field by field in
 *       {@code RetryPolicyValidation} and {@code SpacingValidation};</li>
 *   <li>the wait between attempts (exponential doubling, cap, jitter that only lengthens):
 *       {@link io.voxcampaigns.platform.retry.Spacing#waitAfter}; the jitter draw from task id and attempt number:
 *       {@link io.voxcampaigns.platform.retry.RetryJitter};</li>
 *   <li>what a voicemail counts as: {@link io.voxcampaigns.platform.retry.VoicemailAction#retriedAs};</li>
 *   <li>the event form on campaign.events ({@code CampaignSettings.retry_policy}, {@code voicemail_action}) and the
 *       stored JSON form of both: {@link io.voxcampaigns.platform.retry.PolicyEvents},
 *       {@link io.voxcampaigns.platform.retry.PolicyJson};</li>
 *   <li>the decision after an attempt and the time of a callback: {@link
 *       io.voxcampaigns.platform.retry.RetryScheduler}; the calling window itself stays in
 *       {@link io.voxcampaigns.platform.schedule.CallingHours} ({@code nextOpening}, DST-correct).</li>
 * </ul>
 *
 * <p>The API fields ({@code retry_policy}, {@code voicemail_action}) are described for clients in docs/api.md
 * ("Attempt policies"); the dispatcher's use of these rules in docs/dispatch.md ("Retries").
 */
package io.voxcampaigns.platform.retry;
