package io.voxcampaigns.contract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.openapi.api.OpenApiConfig;
import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiParser;
import io.smallrye.openapi.runtime.io.OpenApiSerializer;

/**
 * A service's OpenAPI 3.1 document in OpenAPI 3.0, the only version Specmatic 2.0.49 (the newest on the Maven
 * repository the build reaches) reads. SmallRye OpenAPI, which wrote the document, writes it again as 3.0 (the
 * transformation a service would apply with {@code mp.openapi.extensions.smallrye.openapi=3.0.3}: {@code type: [t,
 * "null"]} becomes {@code type: t, nullable: true}). Before that, two things are said the way 3.0 and Specmatic
 * can read them: a value of several types ({@code type: [string, number, boolean]}, task dynamic variables),
 * which 3.0 can spell only as an {@code anyOf} that Specmatic 2.0.49 does not support, keeps its first type (and
 * {@link SpecmaticRun} skips the mutations to the other types, which the service rightly accepts); and the not-blank pattern {@code \S} is
 * left out, because Specmatic matches a pattern against the whole value (JSON Schema does not anchor it) and
 * refuses one that can match more than {@code maxLength} characters, so no spelling of "not blank" passes it
 * (README.md, "Specmatic's limitations"). Nothing else is changed.
 */
final class OpenApi30 {

    /** The services' not-blank pattern (agent-service's AgentDataRules, campaign-service's CampaignRequestValidation). */
    static final String NOT_BLANK_PATTERN = "\\S";

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenApi30() {
    }

    /** The 3.1 document (JSON) as a 3.0 document (YAML). */
    static String convert(String document31) {
        try {
            JsonNode tree = JSON.readTree(document31);
            adapt(tree);
            OpenAPI model = OpenApiParser.parse(new ByteArrayInputStream(JSON.writeValueAsBytes(tree)), Format.JSON,
                    OpenApiConfig.fromConfig(ConfigProvider.getConfig()));
            model.setOpenapi("3.0.3");
            return OpenApiSerializer.serialize(model, Format.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every schema of the tree, adapted (see the class comment). */
    private static void adapt(JsonNode node) {
        if (node instanceof ObjectNode object) {
            splitMultiTypes(object);
            if (NOT_BLANK_PATTERN.equals(object.path("pattern").asText(null))) {
                object.remove("pattern");
            }
            object.forEach(OpenApi30::adapt);
        } else if (node instanceof ArrayNode array) {
            array.forEach(OpenApi30::adapt);
        }
    }

    /** A schema whose type lists several types besides null: its first type only (SpecmaticRun skips the rest). */
    private static void splitMultiTypes(ObjectNode object) {
        if (!(object.get("type") instanceof ArrayNode types)) {
            return;
        }
        List<String> named = new ArrayList<>();
        boolean nullable = false;
        for (JsonNode each : types) {
            if (each.asText().equals("null")) {
                nullable = true;
            } else {
                named.add(each.asText());
            }
        }
        if (named.size() > 1) {
            types.removeAll();
            types.add(named.get(0));
            if (nullable) {
                types.add("null");
            }
        }
    }
}
