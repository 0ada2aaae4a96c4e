package io.voxcampaigns.campaign.api;

/**
 * The OpenAPI schema of a task's dynamic_variables (an object of string, number or boolean values), mapped in
 * application.properties; the rule itself is CampaignRequestValidation's.
 */
final class DynamicVariables {

    private DynamicVariables() {
    }
}
