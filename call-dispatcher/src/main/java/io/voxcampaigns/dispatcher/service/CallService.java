package io.voxcampaigns.dispatcher.service;

import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.persistence.Call;
import io.voxcampaigns.dispatcher.persistence.CallFilter;
import io.voxcampaigns.dispatcher.persistence.CallRepository;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;

/** Reads the calls of an organisation: one page of a filtered list, or one call. */
@ApplicationScoped
public class CallService {

    private final CallRepository calls;

    CallService(CallRepository calls) {
        this.calls = calls;
    }

    /** The page of calls matching {@code filter}, each shown through {@code view}, with the filter's total count. */
    @WithSession
    public <T> Uni<Page<T>> list(CallFilter filter, PageRequest page, Function<Call, T> view) {
        return calls.page(filter, page).chain(rows -> calls.count(filter)
                .map(total -> page.page(rows, total, view, call -> call.createdAt.toEpochMilli(), call -> call.id)));
    }

    /** The organisation's call shown through {@code view}, or null when it has none with this id. */
    @WithSession
    public <T> Uni<T> find(String organizationId, UUID id, Function<Call, T> view) {
        return calls.findOwned(organizationId, id).map(call -> call == null ? null : view.apply(call));
    }
}
