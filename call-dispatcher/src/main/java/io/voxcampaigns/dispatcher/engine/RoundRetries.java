package io.voxcampaigns.dispatcher.engine;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.avro.specific.SpecificRecord;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.voxcampaigns.dispatcher.config.DispatcherConfig;
import io.voxcampaigns.dispatcher.domain.DispatchStatus;
import io.voxcampaigns.dispatcher.persistence.CampaignRow;
import io.voxcampaigns.dispatcher.persistence.TaskRetries;
import io.voxcampaigns.events.common.TaskExhaustedCause;
import io.voxcampaigns.platform.retry.RetryPolicy;

/**
 * A round's part in retries (docs: dispatch, "Retries"): the tasks whose attempt ended and that the policy calls
 * again go back to the backlog due at their instant; retries held back (cap full, window closed, paused) until no
 * attempt may start any more ({@link io.voxcampaigns.platform.retry.RetryScheduler#startAt}) expire; and when the
 * next waiting retry comes due, so a timer wakes the campaign.
 */
@ApplicationScoped
class RoundRetries {

    private final TaskRetries retries;
    private final DispatcherConfig config;

    RoundRetries(TaskRetries retries, DispatcherConfig config) {
        this.retries = retries;
        this.config = config;
    }

    /** Puts the round's retried tasks back in the backlog, each due at its instant. */
    Uni<Void> schedule(SqlConnection connection, AttemptChanges changes) {
        return retries.wait(connection, changes.retries());
    }

    /**
     * Expires the tasks waiting for an attempt (a retry, or their first) once none may start any more (past the
     * policy's deadline, or the calling hours open only after it), adding a TaskExhausted for each; answers how many
     * became terminal. The round runs it before its gate, and claims nothing while {@link #mayStart} says no.
     */
    Uni<Integer> expire(SqlConnection connection, CampaignRow campaign, Instant now, List<SpecificRecord> events) {
        // a draft waits for its schedule, a finished campaign has nothing left to expire
        boolean calling = campaign.status() != null && (campaign.status().isActive()
                || campaign.status() == DispatchStatus.PAUSED);
        if (!calling || mayStart(campaign, now)) {
            return Uni.createFrom().item(0);
        }
        return retries.expire(connection, campaign.campaignId(), config.cancelBatchSize()).map(expired -> {
            expired.forEach(task -> events.add(CallEvents.exhausted(campaign, task.taskId(), task.attempts(),
                    TaskExhaustedCause.expired, now)));
            return expired.size();
        });
    }

    /** Whether an attempt of the campaign may start now: always without a deadline, else by its policy and hours. */
    boolean mayStart(CampaignRow campaign, Instant now) {
        RetryPolicy policy = campaign.retryPolicy();
        return policy == null || policy.deadline() == null || campaign.retries().startAt(now).isPresent();
    }

    /** When the campaign's next waiting retry comes due; null when none waits ({@link CampaignRow#mayHaveRetries}). */
    Uni<Instant> nextDue(SqlConnection connection, CampaignRow campaign) {
        return campaign.mayHaveRetries() ? retries.nextDue(connection, campaign.campaignId())
                : Uni.createFrom().nullItem();
    }
}
