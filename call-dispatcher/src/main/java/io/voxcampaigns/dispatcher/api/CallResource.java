package io.voxcampaigns.dispatcher.api;

import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.dispatcher.persistence.CallFilter;
import io.voxcampaigns.dispatcher.service.CallService;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.PathIds;
import io.voxcampaigns.platform.openapi.ApiContractFilter;
import io.voxcampaigns.platform.paging.ListQuery;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.QueryParameters;

/** The calls API (vox v3): the calls the dispatcher placed for the organisation's campaigns. */
@Path("/v3/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallResource {

    private final CallService calls;
    private final CallerContext caller;

    CallResource(CallService calls, CallerContext caller) {
        this.calls = calls;
        this.caller = caller;
    }

    @GET
    @Parameters({
        @Parameter(name = "agent_id", in = ParameterIn.QUERY, description = "repeatable",
                schema = @Schema(type = SchemaType.STRING, format = "uuid")),
        @Parameter(name = "call_type", in = ParameterIn.QUERY,
                description = "repeatable; every call placed here is outbound", schema = @Schema(
                type = SchemaType.STRING, enumeration = {"web", "phone", "inbound", "outbound", "api"})),
        @Parameter(name = "call_from", in = ParameterIn.QUERY, description = "digits only, repeatable",
                schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{1,20}$")),
        @Parameter(name = "call_to", in = ParameterIn.QUERY, description = "digits only, repeatable",
                schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{1,20}$")),
        @Parameter(name = "campaign_id", in = ParameterIn.QUERY, description = "repeatable (our extension)",
                schema = @Schema(type = SchemaType.STRING, format = "uuid")),
        @Parameter(name = "status", in = ParameterIn.QUERY, description = "repeatable", schema = @Schema(
                type = SchemaType.STRING, enumeration = {"queued", "ongoing", "ended", "error", "canceled",
                    "not_connected"})),
        @Parameter(name = "disconnection_reason", in = ParameterIn.QUERY, description = "repeatable",
                schema = @Schema(type = SchemaType.STRING, enumeration = {"user_hangup", "agent_hangup",
                    "dial_no_answer", "dial_failed", "dial_busy", "voicemail_reached", "concurrency_limit_reached",
                    "insufficient_balance", "error_voxai", "max_duration_reached", "inactivity", "flow_error",
                    "call_transfer", "orphaned_no_agent_pickup", "dial_declined", "daily_call_limit_reached"})),
        @Parameter(name = "to_number", in = ParameterIn.QUERY,
                description = "digits only, repeatable; the same as call_to (our extension)",
                schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{1,20}$")),
        @Parameter(name = "start_at_after", in = ParameterIn.QUERY,
                description = "connected after; unix milliseconds (10-11 digits: seconds)",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1000000000")),
        @Parameter(name = "start_at_before", in = ParameterIn.QUERY,
                description = "connected before; unix milliseconds (10-11 digits: seconds)",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1000000000"))
    })
    @Extension(name = ApiContractFilter.PAGED, value = "true")
    public Uni<Page<CallResponse>> list(@Context UriInfo uri) {
        ListQuery query = ListQuery.of(uri, CallListQuery.NAMES);
        CallFilter filter = CallListQuery.filter(caller.organizationId(), query);
        return calls.list(filter, query.validated(), CallResponse::of);
    }

    @GET
    @Path("/{id}")
    public Uni<CallResponse> get(@PathParam("id") String id, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        UUID callId = PathIds.parse(id, "call");
        return calls.find(caller.organizationId(), callId, CallResponse::withTranscript)
                .onItem().ifNull().failWith(() -> ApiException.notFound("call", callId.toString()));
    }
}
