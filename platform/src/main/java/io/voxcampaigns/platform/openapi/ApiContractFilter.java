package io.voxcampaigns.platform.openapi;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.voxcampaigns.platform.auth.ScopeRules;

/**
 * What every service's OpenAPI document says of every public operation (a path under /v3/), so that generated
 * clients and Swagger UI's Authorize send the key, and the error answers every operation can give are declared:
 * the bearer security requirement, a 400 (an invalid value, an unknown query parameter or field), a 401 (a missing,
 * malformed, expired or revoked key) and, when the path names a resource, a 404 (none in the caller's organisation),
 * each with the error envelope. Operation-specific answers (409, 413, ...) are declared on the resources. Webhooks
 * (signed, not keyed) are left alone. The error envelope is described as every service sends it ({@code error} with
 * its {@code code}, {@code message} and {@code details}, all required), in place of the schema generated from the
 * record, which requires nothing. A schema whose type admits null and which lists its values lists null among them
 * too: otherwise the {@code enum} refuses the null the type admits (and the services accept). A list operation marked
 * {@code @Extension(name = ApiContractFilter.PAGED, value = "true")} gets the paging parameters {@code limit},
 * {@code cursor} and {@code sort_order} with the bounds {@link PageRequest} enforces (the marker itself is removed).
 * Registered for every service by platform's mp.openapi.filter.
 */
public class ApiContractFilter implements OASFilter {

    /** The name of the bearer scheme in components.securitySchemes. */
    public static final String SCHEME = "api_key";
    /** The error envelope's schema in components.schemas. */
    public static final String ERROR_SCHEMA = "ErrorBody";

    /** The extension that marks a list operation paged by {@link PageRequest}. */
    public static final String PAGED = "x-vox-paged";

    /** The extension naming the scope an operation's key needs ({@link ScopeRules}). */
    public static final String REQUIRED_SCOPE = "x-required-scope";

    private static final String PUBLIC_PREFIX = "/v3/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An API key of the organisation: Authorization: Bearer <key>"));
        components.addSchema(ERROR_SCHEMA, ErrorEnvelopeSchema.create());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        ScopeRules scopes = ScopeRules.parse(ConfigProvider.getConfig()
                .getOptionalValues(ScopeRules.PROPERTY, String.class).orElse(List.of()));
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith(PUBLIC_PREFIX)) {
                item.getOperations().forEach((method, operation) -> {
                    declare(operation, path.contains("{"));
                    requireScope(operation, scopes.required(method.name(), path).orElse(null));
                });
            }
        });
    }

    /**
     * A nullable enumeration takes null: JSON Schema's {@code enum} would otherwise refuse it. A nullable reference
     * ({@code anyOf: [{$ref}, {type: null}]}) whose own {@code type} names no null takes null too: SmallRye writes
     * {@code type: object} beside the {@code anyOf} for some, which refuses the null the {@code anyOf} admits.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL) && schema.getAnyOf() != null
                && schema.getAnyOf().stream().anyMatch(ApiContractFilter::isNullOnly)) {
            schema.addType(Schema.SchemaType.NULL);
        }
        List<Schema.SchemaType> types = schema.getType();
        List<Object> values = schema.getEnumeration();
        if (types != null && types.contains(Schema.SchemaType.NULL) && values != null && !values.contains(null)) {
            List<Object> withNull = new ArrayList<>(values);
            withNull.add(null);
            schema.setEnumeration(withNull);
        }
        return schema;
    }

    private static boolean isNullOnly(Schema alternative) {
        return alternative.getRef() == null && List.of(Schema.SchemaType.NULL).equals(alternative.getType());
    }

    private static void declare(Operation operation, boolean namesAResource) {
        if (operation.getExtensions() != null && operation.getExtensions().containsKey(PAGED)) {
            operation.removeExtension(PAGED);
            PagingParameters.addTo(operation);
        }
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        declare(responses, "400", "Invalid input: the error envelope names each invalid field");
        declare(responses, "401", "A missing, malformed, expired or revoked API key");
        declare(responses, "429", "The organisation's request rate limit; Retry-After says when to send again");
        if (namesAResource) {
            declare(responses, "404", "No such resource in the caller's organisation");
        }
    }

    /** The scope the operation's key needs, as an extension and a declared 403; none when no rule names it. */
    private static void requireScope(Operation operation, String scope) {
        if (scope == null) {
            declare(operation.getResponses(), "403", "No API key scope grants this operation");
            return;
        }
        operation.addExtension(REQUIRED_SCOPE, scope);
        declare(operation.getResponses(), "403", "The API key lacks the '" + scope + "' scope");
    }

    private static void declare(APIResponses responses, String status, String description) {
        APIResponse declared = responses.getAPIResponse(status);
        if (declared != null && declared.getContent() != null) {
            return;
        }
        Content envelope = OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(ERROR_SCHEMA)));
        if (declared != null) {
            // declared without a body (by a resource, or by the scanner's "Bad Request"): its words stay, and every
            // error answer carries the envelope
            declared.setContent(envelope);
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(envelope));
    }
}
