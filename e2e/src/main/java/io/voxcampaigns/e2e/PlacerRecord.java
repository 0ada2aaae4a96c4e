package io.voxcampaigns.e2e;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The placer's own record of one campaign, as the verdict reads it: what was really dialled, never our rows. In vox
 * mode the stub runtime's record ({@link RuntimeRecord}); in simulated mode the placer's attempt log
 * ({@link AttemptLogRecord}).
 */
public interface PlacerRecord {

    /** Most calls of the campaign live at once. */
    int mostLive();

    /** Per task id, the attempt keys the placer created a call for, in order (a task dialled twice has two). */
    Map<String, List<String>> dialsByTask();

    /** Attempt keys for which more than one call was created. */
    long keysDialledTwice();

    /** Per task id, the outcome ({@code status/reason}) of its last call; empty when the placer keeps no outcomes. */
    Optional<Map<String, String>> outcomes();

    /** One call of a task: its outcome ({@code status/reason}, {@code live}), when it was created and ended (ms). */
    record Dial(String outcome, long createdAt, Long endedAt) {
    }

    /** Per task id, each of its calls in creation order; empty when the placer keeps no outcomes. */
    default Optional<Map<String, List<Dial>>> callsByTask() {
        return Optional.empty();
    }

    /** Calls that connected; empty when the placer keeps no outcomes. */
    Optional<Long> connected();

    /** What else the record shows is wrong (e.g. webhooks the runtime gave up delivering). */
    List<String> problems();
}
