package io.voxcampaigns.campaign.api;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.voxcampaigns.platform.audit.AuditTrail;
import io.voxcampaigns.platform.audit.SentFields;
import io.voxcampaigns.campaign.domain.DomesticNumbers;
import io.voxcampaigns.campaign.domain.NewSuppression;
import io.voxcampaigns.campaign.domain.SuppressionRules;
import io.voxcampaigns.campaign.domain.Timestamps;
import io.voxcampaigns.campaign.service.SuppressionImport;
import io.voxcampaigns.campaign.service.Suppressions;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ErrorBody;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.openapi.ApiContractFilter;
import io.voxcampaigns.platform.paging.ListQuery;
import io.voxcampaigns.platform.paging.Page;
import io.voxcampaigns.platform.paging.PageRequest;
import io.voxcampaigns.platform.paging.QueryParameters;

/**
 * The organisation's suppression list (our extension, docs/api.md "Suppressions"): numbers never dialled. Every
 * endpoint needs a key with the admin scope.
 */
@Path("/v3/suppressions")
@Produces(MediaType.APPLICATION_JSON)
public class SuppressionResource {

    static final String TEXT_CSV = "text/csv";
    private static final String REASON = "reason";
    private static final String EXPIRES_AT = "expires_at";
    private static final String SKIP_INVALID = "skip_invalid";

    private final Suppressions suppressions;
    private final SuppressionImport importer;
    private final CallerContext caller;
    private final Clock clock;
    private final AuditTrail audit;

    SuppressionResource(Suppressions suppressions, SuppressionImport importer, CallerContext caller, Clock clock,
                        AuditTrail audit) {
        this.audit = audit;
        this.suppressions = suppressions;
        this.importer = importer;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Parameters({
        @Parameter(name = "number", in = ParameterIn.QUERY, description = "exactly this number",
                schema = @Schema(type = SchemaType.STRING, pattern = DomesticNumbers.PATTERN))
    })
    @Extension(name = ApiContractFilter.PAGED, value = "true")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the key lacks the admin scope",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<Page<SuppressionResponse>> list(@Context UriInfo uri) {
        ListQuery query = ListQuery.of(uri, "number");
        String number = query.text("number");
        if (number != null) {
            String problem = DomesticNumbers.problem(number);
            if (problem != null) {
                query.errors().add("number", problem);
            }
        }
        PageRequest page = query.validated();
        return suppressions.list(caller.organizationId(), number, page, SuppressionResponse::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AddSuppressionRequest.class)))
    @APIResponse(responseCode = "201", description = "the number was not suppressed: the new suppression",
            content = @Content(schema = @Schema(implementation = SuppressionResponse.class)))
    @APIResponse(responseCode = "200", description = "the number was suppressed: its reason, source and expiry replaced",
            content = @Content(schema = @Schema(implementation = SuppressionResponse.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the key lacks the admin scope",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<RestResponse<SuppressionResponse>> add(AddSuppressionRequest body, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        audit.noteSentFields(SentFields.of(body));
        return suppressions.add(caller.organizationId(), validated(body)).map(written -> RestResponse.status(
                written.created() ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                SuppressionResponse.of(written.row())));
    }

    @DELETE
    @Path("/{number}")
    @ResponseStatus(204)
    @APIResponse(responseCode = "204", description = "the number is no longer suppressed")
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the key lacks the admin scope",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "404", description = "NOT_FOUND: the number is not suppressed",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public Uni<Void> remove(@PathParam("number") String number, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        String problem = DomesticNumbers.problem(number);
        if (problem != null) {
            new ValidationErrors().add("number", problem).throwIfAny();
        }
        return suppressions.remove(caller.organizationId(), number);
    }

    @POST
    @Path("/import")
    @Consumes(TEXT_CSV)
    @Blocking
    @Parameters({
        @Parameter(name = REASON, in = ParameterIn.QUERY, description = "the reason of rows without their own",
                schema = @Schema(type = SchemaType.STRING, maxLength = SuppressionRules.MAX_REASON)),
        @Parameter(name = EXPIRES_AT, in = ParameterIn.QUERY, description = "unix ms in the future (10-11 digits: "
                + "seconds) when every imported suppression ends; absent: never",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64")),
        @Parameter(name = SKIP_INVALID, in = ParameterIn.QUERY, description = "import the valid rows when some are "
                + "invalid (else a 400 and nothing stored)",
                schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    })
    @RequestBody(required = true, content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = SchemaType.STRING,
            description = "one number per line, optionally number,reason; an optional first line: number")))
    @APIResponse(responseCode = "200", description = "what the import added, found suppressed already, and skipped",
            content = @Content(schema = @Schema(implementation = ImportSummaryResponse.class)))
    @APIResponse(responseCode = "403", description = "FORBIDDEN: the key lacks the admin scope",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "413", description = "PAYLOAD_TOO_LARGE: a body above the import limit; nothing stored",
            content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public ImportSummaryResponse importCsv(InputStream body, @Context UriInfo uri, @Context HttpHeaders headers)
            throws Throwable {
        QueryParameters.allowOnly(uri, Set.of(REASON, EXPIRES_AT, SKIP_INVALID));
        long maxBytes = importer.maxBodyBytes();
        String declared = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declaredLength(declared) > maxBytes) {
            throw CsvImportBody.tooLarge(maxBytes);
        }
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        ValidationErrors errors = new ValidationErrors();
        String reason = query.getFirst(REASON);
        addProblem(errors, REASON, SuppressionRules.reasonProblem(reason));
        Instant expiresAt = expiresAt(query.getFirst(EXPIRES_AT), errors);
        boolean skipInvalid = skipInvalid(query.getFirst(SKIP_INVALID), errors);
        errors.throwIfAny();
        String organizationId = caller.organizationId();
        CsvImportBody lines = new CsvImportBody(body, maxBytes, reason);
        return ImportSummaryResponse.of(VertxContextSupport.subscribeAndAwait(
                () -> importer.run(organizationId, lines, expiresAt, skipInvalid)));
    }

    /** A well-formed suppression; a 400 naming every invalid field otherwise. */
    private NewSuppression validated(AddSuppressionRequest body) {
        ValidationErrors errors = new ValidationErrors();
        if (body == null) {
            errors.add("$", "request body is required").throwIfAny();
        }
        addProblem(errors, "number", DomesticNumbers.problem(body.number()));
        addProblem(errors, REASON, SuppressionRules.reasonProblem(body.reason()));
        addProblem(errors, "source", SuppressionRules.sourceProblem(body.source()));
        addProblem(errors, EXPIRES_AT, SuppressionRules.expiryProblem(body.expiresAt(), clock.instant()));
        errors.throwIfAny();
        return new NewSuppression(body.number(), body.reason(),
                body.source() == null ? SuppressionRules.SOURCE_API : body.source(),
                body.expiresAt() == null ? null : Timestamps.fromApi(body.expiresAt()));
    }

    private Instant expiresAt(String value, ValidationErrors errors) {
        if (value == null) {
            return null;
        }
        try {
            long parsed = Long.parseLong(value);
            String problem = SuppressionRules.expiryProblem(parsed, clock.instant());
            addProblem(errors, EXPIRES_AT, problem);
            return problem == null ? Timestamps.fromApi(parsed) : null;
        } catch (NumberFormatException e) {
            errors.add(EXPIRES_AT, "must be unix milliseconds (10-11 digit values are read as seconds), got "
                    + ValidationErrors.quoted(value));
            return null;
        }
    }

    private static boolean skipInvalid(String value, ValidationErrors errors) {
        if (value == null || "false".equals(value)) {
            return false;
        }
        if (!"true".equals(value)) {
            errors.addNotOneOf(SKIP_INVALID, List.of("true", "false"), ValidationErrors.quoted(value));
        }
        return "true".equals(value);
    }

    private static long declaredLength(String declared) {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void addProblem(ValidationErrors errors, String field, String problem) {
        if (problem != null) {
            errors.add(field, problem);
        }
    }
}
