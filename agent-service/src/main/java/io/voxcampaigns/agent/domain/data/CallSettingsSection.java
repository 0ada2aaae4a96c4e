package io.voxcampaigns.agent.domain.data;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code data.callSettings}: telephony behaviour; ring duration and call timeout also drive the dispatcher. */
public record CallSettingsSection(@JsonProperty("backgroundMusic") String backgroundMusic,
                                  @JsonProperty("backgroundMusicVolume") Double backgroundMusicVolume,
                                  @JsonProperty("noiseCancellation") String noiseCancellation,
                                  @JsonProperty("activationThreshold") Double activationThreshold,
                                  @JsonProperty("callTimeoutInSeconds") Integer callTimeoutInSeconds,
                                  @JsonProperty("silenceCallTimeoutInSeconds") Integer silenceCallTimeoutInSeconds,
                                  @JsonProperty("ringDurationInSeconds") Integer ringDurationInSeconds,
                                  @JsonProperty("dtmfTerminationEnabled") Boolean dtmfTerminationEnabled,
                                  @JsonProperty("dtmfTerminationKey") String dtmfTerminationKey,
                                  @JsonProperty("dtmfTimeoutSeconds") Double dtmfTimeoutSeconds,
                                  @JsonProperty("dtmfInterruptible") Boolean dtmfInterruptible) {
}
