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

    /** Checks the tasks' presentation numbers (well formed already; seq: the position in the request). */
    public Uni<Void> checkTasks(String organizationId, List<NewTask> tasks, ValidationErrors errors) {
        if (tasks.stream().allMatch(task -> task.presentationNumber() == null)) {
            return Uni.createFrom().voidItem();
        }
        return numbers.list("organizationId", organizationId)
                .invoke(rows -> checkTasks(tasks, numbers(rows, NumberUsage.PRESENTATION), errors))
                .replaceWithVoid();
    }

    private static void check(List<OrganizationNumber> rows, NewCampaign campaign, ValidationErrors errors) {
        Set<String> outbound = numbers(rows, NumberUsage.OUTBOUND);
        Set<String> approved = numbers(rows, NumberUsage.PRESENTATION);
        // A malformed number has its own error already.
        if (DomesticNumbers.problem(campaign.fromNumber()) == null && !outbound.contains(campaign.fromNumber())) {
            errors.add("from_number", "must be one of the organisation's active outbound numbers "
                    + "(see GET /v3/organization-telephone-numbers?usage=outbound)");
        }
        String presentation = campaign.presentationNumber();
        if (presentation != null && DomesticNumbers.problem(presentation) == null && !approved.contains(presentation)) {
            errors.add("presentation_number", NOT_APPROVED);
        }
        checkTasks(campaign.tasks(), approved, errors);
    }

    private static void checkTasks(List<NewTask> tasks, Set<String> approved, ValidationErrors errors) {
        for (NewTask task : tasks) {
            if (task.presentationNumber() != null && !approved.contains(task.presentationNumber())) {
                errors.add("tasks[" + task.seq() + "].presentation_number", NOT_APPROVED);
            }
        }
    }

    /** The usable numbers of one usage: active outbound numbers, approved presentation numbers. */
    private static Set<String> numbers(List<OrganizationNumber> rows, NumberUsage usage) {
        NumberStatus usable = usage == NumberUsage.OUTBOUND ? NumberStatus.ACTIVE : NumberStatus.APPROVED;
        Set<String> found = new HashSet<>();
        for (OrganizationNumber row : rows) {
            if (row.usage == usage && row.status == usable) {
                found.add(row.telephoneNumber);
            }
        }
        return found;
    }
}
