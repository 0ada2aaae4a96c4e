package io.voxcampaigns.agent.domain.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code data.security}. */
public record SecuritySettings(@JsonProperty("optOutSensitiveDataStorage") Boolean optOutSensitiveDataStorage) {
}
