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
 * <h2>Draft for docs/api.md: {@code retry_policy} and {@code voicemail_action}</h2>
 *
 * <p>{@code retry_policy} (create; PATCH while allowed) is an object; null or omitted means one attempt per task:
 * <table>
 *   <caption>retry_policy fields</caption>
 *   <tr><th>field</th><th>rules</th></tr>
 *   <tr><td>{@code max_attempts}</td><td>1-10, default 1: attempts in all, the first included (1 = no retry)</td></tr>
 *   <tr><td>{@code retry_on}</td><td>disconnection reasons that earn another attempt, unique; default
 *       {@code ["dial_no_answer", "dial_failed", "dial_busy", "voicemail_reached"]}; may hold {@code dial_no_answer},
 *       {@code dial_failed}, {@code dial_busy}, {@code voicemail_reached}, {@code concurrency_limit_reached},
 *       {@code insufficient_balance}, {@code error_voxai}, {@code orphaned_no_agent_pickup},
 *       {@code daily_call_limit_reached}; {@code []} retries nothing. The endings of a connected call
 *       ({@code user_hangup}, {@code agent_hangup}, {@code max_duration_reached}, {@code inactivity},
 *       {@code flow_error}, {@code call_transfer}) and {@code dial_declined} are a 400 naming
 *       {@code retry_policy.retry_on[i]} with the allowed values: a connected call completes its task, and a declined
 *       call is never repeated</td></tr>
 *   <tr><td>{@code spacing}</td><td>{@code {"type": "fixed" | "exponential", "initial_seconds", "max_seconds",
 *       "jitter"}}; default 1800 s fixed without jitter. {@code type} is required when {@code spacing} is sent;
 *       {@code initial_seconds} 60-86400 (default 1800); {@code max_seconds} (exponential only, a 400 with fixed)
 *       from {@code initial_seconds} to 604800 (default 86400); {@code jitter} 0-0.5 (default 0)</td></tr>
 *   <tr><td>{@code deadline_at}</td><td>unix ms (10-11 digits read as seconds) or null: no attempt starts after it;
 *       must lie in the future when sent</td></tr>
 * </table>
 *
 * <p>After an attempt that did not connect, the task is called again when its reason is in {@code retry_on} and
 * attempts are left: at the attempt's end plus the wait, {@code initial_seconds} (fixed) or
 * {@code initial_seconds * 2^(n-1)} after attempt {@code n}, capped at {@code max_seconds} (exponential). Jitter
 * only lengthens the wait, by up to {@code jitter} times it (so a wait is never shorter than asked), and is the same
 * for the same task and attempt on every replica. An instant outside {@code call_time_window} moves to its next
 * opening (DST-correct: "08:00" is local time on the day of a clock change, and the wait itself is real time). When
 * that instant lies after {@code deadline_at}, the task ends {@code failed} with outcome {@code expired}. A task is
 * {@code completed} as soon as an attempt connects; {@code failed} when its last allowed attempt did not, or when
 * its outcome is not retried.
 *
 * <p>{@code voicemail_action} is an object; null or omitted means {@code {"type": "hang_up"}}:
 * <table>
 *   <caption>voicemail_action types</caption>
 *   <tr><th>type</th><th>at voicemail ({@code voicemail_reached})</th></tr>
 *   <tr><td>{@code hang_up}</td><td>hang up; retried when {@code retry_on} holds {@code voicemail_reached} (it does
 *       by default)</td></tr>
 *   <tr><td>{@code leave_message}</td><td>leave {@code message} (required with this type only: 1-1000 characters,
 *       not blank), then hang up; never retried, whatever {@code retry_on} says (one message per
 *       recipient)</td></tr>
 *   <tr><td>{@code retry}</td><td>hang up and count the voicemail as no answer: retried when {@code retry_on} holds
 *       {@code dial_no_answer}</td></tr>
 * </table>
 * A {@code message} with another type, a missing or misspelt {@code type} are 400s naming
 * {@code voicemail_action.message} or {@code voicemail_action.type}.
 *
 * <p>Callbacks ({@code POST .../tasks/{task_id}/callback {"at"}}): the task's next attempt, even when
 * {@code max_attempts} is used up, at {@code at} (now when it has passed) moved to the next opening of the window; a
 * 400 naming {@code at} when that lies after {@code deadline_at}. After it, retries follow the policy as after any
 * attempt: none once {@code max_attempts} attempts have run.
 */
package io.voxcampaigns.platform.retry;
