package io.voxcampaigns.campaign.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.campaign.domain.NewCampaign;
import io.voxcampaigns.campaign.domain.NewTask;
import io.voxcampaigns.campaign.domain.NumberStatus;
import io.voxcampaigns.campaign.domain.NumberUsage;
import io.voxcampaigns.campaign.domain.DomesticNumbers;
import io.voxcampaigns.campaign.persistence.OrganizationNumber;
import io.voxcampaigns.campaign.persistence.OrganizationNumberRepository;
import io.voxcampaigns.platform.error.ValidationErrors;

/** Checks that from_number is an active outbound number of the organisation and every presentation number approved. */
@ApplicationScoped
public class NumberCheck {

    private static final String NOT_APPROVED = "must be one of the organisation's approved presentation numbers";

    private final OrganizationNumberRepository numbers;

    NumberCheck(OrganizationNumberRepository numbers) {
        this.numbers = numbers;
    }

    public Uni<Void> check(String organizationId, NewCampaign campaign, ValidationErrors errors) {
        return numbers.list("organizationId", organizationId).invoke(rows -> check(rows, campaign, errors))
                .replaceWithVoid();
    }

    /** Checks one presentation number (well formed already) against the organisation's approved list. */
    public Uni<Void> checkPresentation(String organizationId, String number, String path, ValidationErrors errors) {
        return numbers.findByNumber(organizationId, number, NumberUsage.PRESENTATION).invoke(row -> {
            if (row == null || row.status != NumberStatus.APPROVED) {
                errors.add(path, NOT_APPROVED);
            }
        }).replaceWithVoid();
    }

    private static void check(List<OrganizationNumber> rows, NewCampaign campaign, ValidationErrors errors) {
        Set<String> outbound = new HashSet<>();
        Set<String> approved = new HashSet<>();
        for (OrganizationNumber row : rows) {
            if (row.usage == NumberUsage.OUTBOUND && row.status == NumberStatus.ACTIVE) {
                outbound.add(row.telephoneNumber);
            } else if (row.usage == NumberUsage.PRESENTATION && row.status == NumberStatus.APPROVED) {
                approved.add(row.telephoneNumber);
            }
        }
        // A malformed number has its own error already.
        if (DomesticNumbers.problem(campaign.fromNumber()) == null && !outbound.contains(campaign.fromNumber())) {
            errors.add("from_number", "must be one of the organisation's active outbound numbers "
                    + "(see GET /v3/organization-telephone-numbers?usage=outbound)");
        }
        String presentation = campaign.presentationNumber();
        if (presentation != null && DomesticNumbers.problem(presentation) == null && !approved.contains(presentation)) {
            errors.add("presentation_number", NOT_APPROVED);
        }
        for (NewTask task : campaign.tasks()) {
            if (task.presentationNumber() != null && !approved.contains(task.presentationNumber())) {
                errors.add("tasks[" + task.seq() + "].presentation_number", NOT_APPROVED);
            }
        }
    }
}
