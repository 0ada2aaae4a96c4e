package io.voxcampaigns.agent.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.smallrye.mutiny.Uni;
import io.voxcampaigns.agent.domain.flow.FlowIssue;
import io.voxcampaigns.agent.domain.flow.FlowReport;
import io.voxcampaigns.agent.service.FlowValidationService;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ErrorBody;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.paging.QueryParameters;

/** Dry-run of the flow validator (vox v3 A9): the verdict a create or PATCH would reach, without saving. */
@Path("/v3/agents/validate-flow")
@Produces(MediaType.APPLICATION_JSON)
public class FlowValidationResource {

    private static final Set<String> LEVELS = Set.of("critical", "runtime", "all");

    private final FlowValidationService validation;
    private final CallerContext caller;

    public FlowValidationResource(FlowValidationService validation, CallerContext caller) {
        this.validation = validation;
        this.caller = caller;
    }

    /**
     * {@code level=critical} (default) lists the errors, {@code runtime} the advisories, {@code all} both;
     * {@code valid} always reflects the critical rules. {@code agent_id} must name one of the caller's agents; its
     * reference findings are advisories at every level.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ValidateFlowRequest.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ValidateFlowResponse.class)))
    @APIResponse(responseCode = "400", description = "VALIDATION_ERROR",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: agent_id names no agent of the organisation",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<ValidateFlowResponse> validate(
            @Parameter(description = "which findings to list", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"critical", "runtime", "all"}, defaultValue = "critical"))
            @QueryParam("level") String level,
            @Parameter(description = "adds the reference checks against this agent",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("agent_id") String agentId,
            ValidateFlowRequest body, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of("level", "agent_id"));
        ValidationErrors errors = new ValidationErrors();
        String chosen = level == null ? "critical" : level;
        if (!LEVELS.contains(chosen)) {
            errors.add("level", "must be 'critical', 'runtime' or 'all'");
        }
        UUID agent = parseAgentId(agentId, errors);
        if (body == null || body.flow() == null) {
            errors.add("flow", "is required");
        }
        errors.throwIfAny();
        return validation.validate(caller.organizationId(), body.flow(), agent).map(verdict -> respond(verdict, chosen));
    }

    private static UUID parseAgentId(String agentId, ValidationErrors errors) {
        if (agentId == null) {
            return null;
        }
        try {
            return UUID.fromString(agentId);
        } catch (IllegalArgumentException e) {
            errors.add("agent_id", "must be a UUID");
            return null;
        }
    }

    private static ValidateFlowResponse respond(FlowValidationService.Verdict verdict, String level) {
        FlowReport report = verdict.report();
        List<ValidateFlowResponse.FlowError> errors = level.equals("runtime") ? List.of()
                : report.critical().stream().map(ValidateFlowResponse.FlowError::of).toList();
        List<FlowIssue> advised = new ArrayList<>(level.equals("critical") ? List.of() : report.warnings());
        advised.addAll(verdict.references());
        return new ValidateFlowResponse(report.valid(), errors,
                advised.stream().map(ValidateFlowResponse.FlowAdvisory::of).toList());
    }
}
