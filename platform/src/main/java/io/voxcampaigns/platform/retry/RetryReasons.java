package io.voxcampaigns.platform.retry;

import static io.voxcampaigns.events.common.DisconnectionReason.agent_hangup;
import static io.voxcampaigns.events.common.DisconnectionReason.call_transfer;
import static io.voxcampaigns.events.common.DisconnectionReason.concurrency_limit_reached;
import static io.voxcampaigns.events.common.DisconnectionReason.daily_call_limit_reached;
import static io.voxcampaigns.events.common.DisconnectionReason.dial_busy;
import static io.voxcampaigns.events.common.DisconnectionReason.dial_declined;
import static io.voxcampaigns.events.common.DisconnectionReason.dial_failed;
import static io.voxcampaigns.events.common.DisconnectionReason.dial_no_answer;
import static io.voxcampaigns.events.common.DisconnectionReason.error_voxai;
import static io.voxcampaigns.events.common.DisconnectionReason.flow_error;
import static io.voxcampaigns.events.common.DisconnectionReason.inactivity;
import static io.voxcampaigns.events.common.DisconnectionReason.insufficient_balance;
import static io.voxcampaigns.events.common.DisconnectionReason.max_duration_reached;
import static io.voxcampaigns.events.common.DisconnectionReason.orphaned_no_agent_pickup;
import static io.voxcampaigns.events.common.DisconnectionReason.user_hangup;
import static io.voxcampaigns.events.common.DisconnectionReason.voicemail_reached;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.voxcampaigns.events.common.DisconnectionReason;

/**
 * Which of vox's disconnection reasons retry_on may name. Every reason of vox's list is in exactly one of two lists:
 * <ul>
 *   <li>retryable: the recipient was never reached, or the platform failed before they were (no answer, busy,
 *       voicemail, a failed dial, a runtime error or limit, no agent to pick up);</li>
 *   <li>never retried, with why: endings of a connected call (the recipient hung up, or the agent, a limit or a
 *       transfer ended the conversation) and an explicit decline.</li>
 * </ul>
 * {@code unknown} (what a reader makes of a reason it does not know) is no API value and is never retried: a reason
 * vox adds later, an opt-out for instance, is never retried by accident until it is listed here.
 */
public final class RetryReasons {

    /** retry_on when a policy leaves it out: no answer, busy, voicemail and a failed dial. */
    public static final Set<DisconnectionReason> DEFAULT_RETRY_ON =
            Collections.unmodifiableSet(EnumSet.of(dial_no_answer, dial_busy, voicemail_reached, dial_failed));

    private static final Set<DisconnectionReason> RETRYABLE = Collections.unmodifiableSet(EnumSet.of(
            dial_no_answer, dial_busy, voicemail_reached, dial_failed, error_voxai, concurrency_limit_reached,
            orphaned_no_agent_pickup, insufficient_balance, daily_call_limit_reached));

    private static final Map<DisconnectionReason, String> NEVER = never();

    private RetryReasons() {
    }

    private static Map<DisconnectionReason, String> never() {
        String connected = "ends a call that connected, and a connected call completes its task";
        Map<DisconnectionReason, String> why = new EnumMap<>(DisconnectionReason.class);
        for (DisconnectionReason reason : List.of(user_hangup, agent_hangup, max_duration_reached, inactivity,
                flow_error, call_transfer)) {
            why.put(reason, connected);
        }
        why.put(dial_declined, "means the recipient declined the call");
        return Collections.unmodifiableMap(why);
    }

    /** Whether retry_on may name the reason. */
    public static boolean isRetryable(DisconnectionReason reason) {
        return RETRYABLE.contains(reason);
    }

    /** The retryable reasons' API names, in vox's order: the allowed values of retry_on. */
    public static List<String> retryableNames() {
        return RETRYABLE.stream().map(Enum::name).toList();
    }

    /** Why a reason is never retried; empty for a retryable one. */
    public static Optional<String> whyNever(DisconnectionReason reason) {
        return Optional.ofNullable(NEVER.get(reason));
    }

    /** The reason for an API name of vox's list, spelled exactly so; empty for anything else, "unknown" too. */
    public static Optional<DisconnectionReason> parse(String name) {
        return ApiNames.parse(DisconnectionReason.class, name).filter(r -> r != DisconnectionReason.unknown);
    }
}
