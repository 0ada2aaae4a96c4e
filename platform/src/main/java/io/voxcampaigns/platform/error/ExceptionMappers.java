package io.voxcampaigns.platform.error;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/** Maps every failure of a request to the vox error envelope; no class names or stack traces reach a client. */
public class ExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ExceptionMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e) {
        Response response = respond(e.code(), e.body());
        if (e.retryAfterSeconds() != null) {
            response.getHeaders().putSingle("Retry-After", e.retryAfterSeconds().toString());
        }
        return response;
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        String field = JsonPaths.of(e);
        return invalid(field, "unknown field '" + e.getPropertyName() + "'");
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e) {
        String expected = e.getTargetType() == null ? "another type" : JsonTypes.describe(e.getTargetType());
        String reason = e instanceof InvalidFormatException format
                ? "invalid value '" + format.getValue() + "', expected " + expected
                : "expected " + expected;
        if (e.getTargetType() != null && e.getTargetType().isEnum()) {
            List<String> allowed = JsonTypes.enumValues(e.getTargetType(), e.getProcessor());
            return api(ApiException.validation(List.of(new FieldError(JsonPaths.of(e), reason, allowed))));
        }
        return invalid(JsonPaths.of(e), reason);
    }

    @ServerExceptionMapper
    public Response rejectedValue(ValueInstantiationException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        if (cause instanceof ApiException api) {
            return api(api);
        }
        return invalid(JsonPaths.of(e), cause.getMessage() == null ? "invalid value" : cause.getMessage());
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e) {
        return invalid(JsonPaths.of(e), "invalid value");
    }

    @ServerExceptionMapper
    public Response malformed(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(ErrorCode.VALIDATION_ERROR, ErrorBody.of(ErrorCode.VALIDATION_ERROR,
                "request body is not valid JSON" + where, Map.of()));
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(ConstraintPaths.of(v.getPropertyPath()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return api(ApiException.validation(errors));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        ErrorCode code = ErrorCode.forStatus(status);
        String message = switch (code) {
            case NOT_FOUND -> "no such resource";
            case METHOD_NOT_ALLOWED -> "method not allowed on this resource";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported content type; send application/json";
            case NOT_ACCEPTABLE -> "this resource answers application/json only";
            default -> "request refused";
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(ErrorBody.of(code, message, Map.of())).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(ErrorCode.INTERNAL_ERROR, ErrorBody.of(ErrorCode.INTERNAL_ERROR,
                "internal error; quote incident " + incident + " when reporting it", Map.of("incident", incident)));
    }

    private Response invalid(String field, String reason) {
        return api(ApiException.invalidField(field, reason));
    }

    private static Response respond(ErrorCode code, ErrorBody body) {
        return Response.status(code.status()).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
