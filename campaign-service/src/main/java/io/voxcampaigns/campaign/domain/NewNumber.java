package io.voxcampaigns.campaign.domain;

/** A well-formed number registration; memo may be null. */
public record NewNumber(String telephoneNumber, NumberUsage usage, NumberProvider provider, String memo) {
}
