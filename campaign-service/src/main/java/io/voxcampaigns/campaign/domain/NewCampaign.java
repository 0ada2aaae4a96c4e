package io.voxcampaigns.campaign.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.voxcampaigns.platform.schedule.CallingHours;

/**
 * A campaign create request as far as it passed the rules that need no database; callTimeWindow is null when the
 * client set none.
 */
public record NewCampaign(String name, String fromNumber, UUID agentId, AgentVersionRequest agentVersion,
                          List<NewTask> tasks, String presentationNumber, Instant scheduledAt, int concurrency,
                          CallingHours callTimeWindow) {
}
