package io.voxcampaigns.platform.retry;

/** How the wait between attempts grows: {@code fixed} stays at the initial wait, {@code exponential} doubles it. */
public enum SpacingType {
    fixed, exponential
}
