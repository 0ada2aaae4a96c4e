package io.voxcampaigns.agent.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.voxcampaigns.agent.domain.AgentType;

/**
 * The create body as what the service accepts for each agent type: {@code CreateAgentRequest} becomes a
 * {@code oneOf} of a single-prompt agent ({@code type} omitted or {@code single_prompt}, no {@code flow_data}) and a
 * flow agent ({@code type: flow} with its {@code flow_data}), each closed to other keys as every request body is
 * ({@code quarkus.jackson.fail-on-unknown-properties}). The rule "flow_data is required for a flow agent and
 * refused for a single_prompt one" (AgentInput) is then a schema, not only a description.
 */
final class CreateAgentSchemas {

    static final String SINGLE_PROMPT = "CreateSinglePromptAgentRequest";
    static final String FLOW = "CreateFlowAgentRequest";

    private CreateAgentSchemas() {
    }

    /** Replaces {@code CreateAgentRequest} in {@code components} by the {@code oneOf} of its two variants. */
    static void split(Components components) {
        Schema create = components.getSchemas().get(CreateAgentRequest.class.getSimpleName());
        if (create == null || create.getProperties() == null) {
            return;
        }
        Map<String, Schema> properties = create.getProperties();
        Schema singlePrompt = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("a single_prompt agent: one prompt drives the call; it has no flow_data")
                .addProperty("name", properties.get("name"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .addType(Schema.SchemaType.NULL).enumeration(Arrays.asList(AgentType.SINGLE_PROMPT.value(), null))
                        .defaultValue(AgentType.SINGLE_PROMPT.value()).description("omitted or null: single_prompt"))
                .addProperty("data", properties.get("data"))
                .required(List.of("name"))
                .additionalPropertiesBoolean(false);
        Schema flow = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("a flow agent: its graph drives the call")
                .addProperty("name", properties.get("name"))
                .addProperty("type", typeOf(AgentType.FLOW))
                .addProperty("data", properties.get("data"))
                .addProperty("flow_data", properties.get("flow_data"))
                .required(List.of("name", "type", "flow_data"))
                .additionalPropertiesBoolean(false);
        components.addSchema(SINGLE_PROMPT, singlePrompt);
        components.addSchema(FLOW, flow);
        components.addSchema(CreateAgentRequest.class.getSimpleName(), OASFactory.createSchema()
                .description(create.getDescription())
                .oneOf(List.of(reference(SINGLE_PROMPT), reference(FLOW))));
    }

    private static Schema typeOf(AgentType type) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of(type.value()));
    }

    private static Schema reference(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }
}
