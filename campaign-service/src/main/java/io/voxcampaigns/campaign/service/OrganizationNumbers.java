package io.voxcampaigns.campaign.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.campaign.domain.LineStatus;
import io.voxcampaigns.campaign.domain.NewNumber;
import io.voxcampaigns.campaign.domain.NumberFilter;
import io.voxcampaigns.campaign.domain.NumberStatus;
import io.voxcampaigns.campaign.domain.NumberUsage;
import io.voxcampaigns.campaign.persistence.OrganizationNumber;
import io.voxcampaigns.campaign.persistence.OrganizationNumberRepository;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;

/**
 * The organisation's telephone numbers: outbound lines are active once registered, presentation numbers wait for
 * approval. A number is registered once per usage (409 for a second time).
 */
@ApplicationScoped
public class OrganizationNumbers {

    /** The resource name in a telephone number's 404. */
    public static final String NUMBER = "telephone number";

    private final OrganizationNumberRepository numbers;
    private final Clock clock;
    private final AuditTrail audit;

    OrganizationNumbers(OrganizationNumberRepository numbers, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.numbers = numbers;
        this.clock = clock;
    }

    /** The organisation's numbers the filter lets through, keyed by (created_at, id). */
    @WithSession
    public <T> Uni<Page<T>> list(NumberFilter filter, PageRequest request, Function<OrganizationNumber, T> view) {
        return numbers.page(filter, request).chain(rows -> numbers.count(filter)
                .map(total -> request.page(rows, total, view, n -> n.createdAt.toEpochMilli(), n -> n.id)));
    }

    /** One of the organisation's numbers; 404 when it has no such number. */
    @WithSession
    public Uni<OrganizationNumber> get(String organizationId, UUID id) {
        return numbers.findInOrganization(organizationId, id)
                .onItem().ifNull().failWith(() -> ApiException.notFound(NUMBER, id.toString()));
    }

    /** Registers a well-formed number; 409 naming the existing one if it is registered for this usage already. */
    @WithTransaction
    public Uni<OrganizationNumber> register(String organizationId, NewNumber request) {
        return numbers.findByNumber(organizationId, request.telephoneNumber(), request.usage()).chain(existing -> {
            if (existing != null) {
                throw ApiException.conflict("telephone number " + existing.telephoneNumber
                        + " is already registered for " + existing.usage.value(), Map.of("id", existing.id.toString()));
            }
            return numbers.persist(number(organizationId, request))
                    .call(number -> audit.record("register", number.id.toString()));
        });
    }

    /** Approves a presentation number (again: no change); 404 when not the organisation's, 409 for outbound. */
    @WithTransaction
    public Uni<OrganizationNumber> approve(String organizationId, UUID id) {
        return get(organizationId, id)
                .map(number -> {
                    if (number.usage != NumberUsage.PRESENTATION) {
                        throw ApiException.conflict("only presentation numbers need approval",
                                Map.of("usage", number.usage.value()));
                    }
                    if (number.status != NumberStatus.APPROVED) {
                        number.status = NumberStatus.APPROVED;
                        number.updatedAt = now();
                    }
                    return number;
                })
                .call(number -> audit.record("approve", number.id.toString(), List.of("status")));
    }

    private OrganizationNumber number(String organizationId, NewNumber request) {
        OrganizationNumber number = new OrganizationNumber();
        number.id = UUID.randomUUID();
        number.organizationId = organizationId;
        number.telephoneNumber = request.telephoneNumber();
        number.usage = request.usage();
        number.status = request.usage() == NumberUsage.OUTBOUND ? NumberStatus.ACTIVE : NumberStatus.PENDING;
        number.provider = request.provider();
        // In service from its registration: there is no purchase or termination flow here.
        number.lineStatus = LineStatus.ACTIVE;
        number.memo = request.memo();
        number.createdAt = now();
        number.startAt = number.createdAt;
        number.updatedAt = number.createdAt;
        return number;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
