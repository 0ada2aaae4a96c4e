package io.voxcampaigns.platform.retry;

/**
 * What the voice runtime does when a call reaches voicemail ({@code voicemail_reached}), and what that outcome
 * means for retries: {@code hang_up} hangs up and retry_on's {@code voicemail_reached} decides; {@code leave_message}
 * leaves the message and never calls again for a voicemail (one message per recipient); {@code retry} hangs up and
 * counts the voicemail as no answer ({@code dial_no_answer} in retry_on decides).
 */
public enum VoicemailActionType {
    hang_up, leave_message, retry
}
