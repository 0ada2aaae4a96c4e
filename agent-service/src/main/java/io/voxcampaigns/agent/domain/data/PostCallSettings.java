package io.voxcampaigns.agent.domain.data;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code data.postCall}: what is extracted from a call once it ended. */
public record PostCallSettings(@JsonProperty("actions") List<PostCallAction> actions) {
}
