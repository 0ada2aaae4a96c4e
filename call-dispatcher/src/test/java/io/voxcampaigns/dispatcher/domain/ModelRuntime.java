package io.voxcampaigns.dispatcher.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.voxcampaigns.events.common.CallStatus;
import io.voxcampaigns.events.common.DisconnectionReason;

/**
 * A voice runtime as the model sees it, and the oracle: calls created per idempotency key (a replay creates none),
 * which are live, how each ended, the webhooks it owes, and the keys it rejected.
 */
final class ModelRuntime {

    /** One call the runtime created. */
    static final class Call {
        final String id;
        final int task;
        boolean live = true;
        boolean connected;
        CallStatus outcome;
        DisconnectionReason reason;

        Call(String id, int task) {
            this.id = id;
            this.task = task;
        }
    }

    /** A webhook the runtime will deliver: {@code ends} call_ended, else call_started. */
    record Webhook(UUID key, String runtimeId, boolean ends, CallStatus status, DisconnectionReason reason) {
    }

    private final Map<UUID, Call> byKey = new LinkedHashMap<>();
    private final Map<Integer, Set<UUID>> keysByTask = new HashMap<>();
    private final Set<UUID> rejected = new HashSet<>();
    private final List<Webhook> webhooks = new ArrayList<>();
    private final int invalidTask;
    private boolean refusing;

    ModelRuntime(int invalidTask) {
        this.invalidTask = invalidTask;
    }

    void toggleRefusing() {
        refusing = !refusing;
    }

    void stopRefusing() {
        refusing = false;
    }

    /**
     * A request for {@code task} under {@code key} meets {@code fate}: 0 refused at the door (503 or no connection,
     * also whenever the runtime refuses everything), 1 lost on the way (a timeout; nothing created), 2 created (or
     * replayed) but the answer lost (a timeout), 3 answered: accepted, or rejected for an invalid number.
     */
    PlacementAnswer receive(UUID key, int task, int fate) {
        if (refusing || fate == 0) {
            return new PlacementAnswer.Refused(null, "HTTP 503");
        }
        if (fate == 1) {
            return new PlacementAnswer.Uncertain("timeout before the runtime");
        }
        if (task == invalidTask) {
            rejected.add(key);
            return fate == 2 ? new PlacementAnswer.Uncertain("timeout")
                    : new PlacementAnswer.Rejected(DisconnectionReason.dial_failed, "HTTP 400");
        }
        Call call = create(key, task);
        return fate == 2 ? new PlacementAnswer.Uncertain("timeout after the runtime")
                : new PlacementAnswer.Accepted(call.id);
    }

    /** A request that was in flight when the dispatcher died: it reached the runtime or not ({@code reached}). */
    void receiveUnanswered(UUID key, int task, boolean reached) {
        if (reached && !refusing && task != invalidTask) {
            create(key, task);
        }
    }

    private Call create(UUID key, int task) {
        return byKey.computeIfAbsent(key, k -> {
            keysByTask.computeIfAbsent(task, t -> new HashSet<>()).add(key);
            return new Call("rt-" + (byKey.size() + 1), task);
        });
    }

    /** Moves one live call: connects it (call_started) or ends it with an outcome drawn from {@code fate}. */
    void progress(int pick, int fate, boolean duplicate) {
        List<Map.Entry<UUID, Call>> live = byKey.entrySet().stream().filter(e -> e.getValue().live).toList();
        if (live.isEmpty()) {
            return;
        }
        Map.Entry<UUID, Call> entry = live.get(pick % live.size());
        Call call = entry.getValue();
        if (!call.connected && fate == 0) {
            call.connected = true;
            webhooks.add(new Webhook(entry.getKey(), call.id, false, null, null));
            return;
        }
        end(entry.getKey(), call, fate);
        if (duplicate) {
            webhooks.add(webhooks.get(webhooks.size() - 1));
        }
    }

    /** Ends every live call (the run is over). */
    void endAll() {
        byKey.forEach((key, call) -> {
            if (call.live) {
                end(key, call, 3);
            }
        });
    }

    private void end(UUID key, Call call, int fate) {
        call.live = false;
        if (call.connected) {
            call.outcome = CallStatus.ended;
            call.reason = fate % 2 == 0 ? DisconnectionReason.user_hangup : DisconnectionReason.agent_hangup;
        } else {
            call.outcome = CallStatus.not_connected;
            call.reason = switch (fate) {
                case 0, 1 -> DisconnectionReason.dial_busy;
                case 2 -> DisconnectionReason.voicemail_reached;
                default -> DisconnectionReason.dial_no_answer;
            };
        }
        webhooks.add(new Webhook(key, call.id, true, call.outcome, call.reason));
    }

    /** Removes and answers one owed webhook (any of them: delivery order is not guaranteed), or null. */
    Webhook nextWebhook(int pick) {
        return webhooks.isEmpty() ? null : webhooks.remove(pick % webhooks.size());
    }

    boolean owesWebhooks() {
        return !webhooks.isEmpty();
    }

    Call call(UUID key) {
        return byKey.get(key);
    }

    boolean rejected(UUID key) {
        return rejected.contains(key);
    }

    /** How many distinct attempts (keys) the runtime created calls for, for this task: dials of the recipient. */
    int dials(int task) {
        return keysByTask.getOrDefault(task, Set.of()).size();
    }

    long connected() {
        return byKey.values().stream().filter(call -> call.outcome == CallStatus.ended).count();
    }

    boolean holdsLive() {
        return byKey.values().stream().anyMatch(call -> call.live);
    }
}
