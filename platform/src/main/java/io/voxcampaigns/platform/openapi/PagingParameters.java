package io.voxcampaigns.platform.openapi;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.voxcampaigns.platform.paging.PageRequest;

/** The query parameters of every paged list, as {@link PageRequest} reads and bounds them. */
final class PagingParameters {

    private PagingParameters() {
    }

    /** Adds limit, cursor and sort_order to the operation, each unless it declares one of that name already. */
    static void addTo(Operation operation) {
        add(operation, "limit", "page size", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_LIMIT))
                .defaultValue(PageRequest.DEFAULT_LIMIT));
        add(operation, "cursor", "the previous page's next_cursor",
                OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        add(operation, "sort_order", "desc (the default) or asc", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .enumeration(List.of("asc", "desc")).defaultValue("desc"));
    }

    private static void add(Operation operation, String name, String description, Schema schema) {
        List<Parameter> declared = operation.getParameters();
        if (declared != null && declared.stream().anyMatch(p -> name.equals(p.getName()))) {
            return;
        }
        operation.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.QUERY)
                .description(description).schema(schema));
    }
}
