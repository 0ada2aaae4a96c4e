package io.voxcampaigns.platform.openapi;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.voxcampaigns.platform.error.ErrorCode;

/** The error envelope (platform.error.ErrorBody) as an OpenAPI schema, with what every error answer carries required. */
final class ErrorEnvelopeSchema {

    private ErrorEnvelopeSchema() {
    }

    static Schema create() {
        // details also carries what other answers name (resource and id, retry_after_seconds, max_body_bytes, ...)
        Schema details = fieldError().addProperty("errors", array(fieldError())).additionalPropertiesBoolean(true);
        Schema error = object()
                .addProperty("code", string().enumeration(
                        Arrays.stream(ErrorCode.values()).map(code -> (Object) code.name()).toList()))
                .addProperty("message", string())
                .addProperty("details", details)
                .required(List.of("code", "message", "details"));
        return object().addProperty("error", error).required(List.of("error"));
    }

    /** field, reason and allowed_values: one invalid field (the first one at the top of details). */
    private static Schema fieldError() {
        return object().addProperty("field", string()).addProperty("reason", string())
                .addProperty("allowed_values", array(string()));
    }

    private static Schema object() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT));
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(items);
    }

    private static Schema string() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }
}
