package io.voxcampaigns.agent.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Every snapshot of an agent, newest first (not paginated, as in vox). */
public record VersionListResponse(@JsonProperty("versions") List<VersionInfo> versions,
                                  @JsonProperty("total_count") int totalCount) {
}
