package io.voxcampaigns.platform.retry;

import java.time.Duration;

import io.voxcampaigns.events.common.RetrySpacing;
import io.voxcampaigns.events.common.RetrySpacingType;
import io.voxcampaigns.events.common.VoicemailActionType;

/**
 * The event form of a campaign's attempt policies ({@code CampaignSettings.retry_policy} and
 * {@code voicemail_action} on campaign.events) and back: campaign-service writes it, the call-dispatcher reads it,
 * one mapping for both. Null stands for "not set" both ways (one attempt, hang up at voicemail).
 */
public final class PolicyEvents {

    private PolicyEvents() {
    }

    /** The event form of a policy, every default filled in; null for null. */
    public static io.voxcampaigns.events.common.RetryPolicy toEvent(RetryPolicy policy) {
        if (policy == null) {
            return null;
        }
        Spacing spacing = policy.spacing();
        RetrySpacing spacingEvent = RetrySpacing.newBuilder()
                .setType(RetrySpacingType.valueOf(spacing.type().name()))
                .setInitialSeconds((int) spacing.initial().toSeconds()).setMaxSeconds((int) spacing.max().toSeconds())
                .setJitter(spacing.jitter()).build();
        return io.voxcampaigns.events.common.RetryPolicy.newBuilder().setMaxAttempts(policy.maxAttempts())
                .setRetryOn(policy.retryOn().stream().sorted().toList()).setSpacing(spacingEvent)
                .setDeadlineAt(policy.deadline()).build();
    }

    /**
     * The policy an event carries; null for null.
     *
     * @throws IllegalArgumentException when it breaks a rule (e.g. a spacing type this reader does not know)
     */
    public static RetryPolicy fromEvent(io.voxcampaigns.events.common.RetryPolicy event) {
        if (event == null) {
            return null;
        }
        RetrySpacing spacing = event.getSpacing();
        Spacing restored = switch (spacing.getType()) {
            case fixed -> Spacing.fixed(Duration.ofSeconds(spacing.getInitialSeconds()), spacing.getJitter());
            case exponential -> Spacing.exponential(Duration.ofSeconds(spacing.getInitialSeconds()),
                    Duration.ofSeconds(spacing.getMaxSeconds()), spacing.getJitter());
            default -> throw new IllegalArgumentException("unknown retry_policy.spacing.type " + spacing.getType());
        };
        return new RetryPolicy(event.getMaxAttempts(), java.util.Set.copyOf(event.getRetryOn()), restored,
                event.getDeadlineAt());
    }

    /** The event form of a voicemail action; null for null. */
    public static io.voxcampaigns.events.common.VoicemailAction toEvent(VoicemailAction action) {
        if (action == null) {
            return null;
        }
        return io.voxcampaigns.events.common.VoicemailAction.newBuilder()
                .setType(VoicemailActionType.valueOf(action.type().name())).setMessage(action.message()).build();
    }

    /**
     * The voicemail action an event carries; null for null.
     *
     * @throws IllegalArgumentException when it breaks a rule (e.g. a type this reader does not know)
     */
    public static VoicemailAction fromEvent(io.voxcampaigns.events.common.VoicemailAction event) {
        if (event == null) {
            return null;
        }
        return new VoicemailAction(io.voxcampaigns.platform.retry.VoicemailActionType.valueOf(event.getType().name()),
                event.getMessage());
    }
}
