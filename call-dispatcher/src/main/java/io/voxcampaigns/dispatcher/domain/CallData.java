package io.voxcampaigns.dispatcher.domain;

/**
 * What the voice runtime says about a call's content, as vox's v2 webhooks carry it: {@code call_ended} the
 * transcript and recording, {@code call_analyzed} the analysis and cost, any event the agent's
 * {@code opt_out_sensitive_data_storage}. JSON values are kept as their text; null means the webhook did not say.
 *
 * @param optOut        the agent opted out of storing sensitive data: transcript, recording and analysis are not kept
 * @param transcript    JSON array
 * @param callAnalysis  JSON object ({@code summary}, {@code user_sentiment}, {@code custom_analysis_data}, ...)
 * @param callCost      JSON object ({@code total_cost}, ...)
 */
public record CallData(Boolean optOut, String transcript, String recordingUrl, String callAnalysis,
                       String callCost) {

    /** The longest recording URL kept. */
    public static final int MAX_URL = 2048;

    /** Whether there is anything to store. */
    public boolean any() {
        return optOut != null || transcript != null || recordingUrl != null || callAnalysis != null
                || callCost != null;
    }
}
