package io.voxcampaigns.agent.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.voxcampaigns.agent.domain.data.AgentDataRules;
import io.voxcampaigns.agent.domain.data.AgentDataRules.Rule;
import io.voxcampaigns.agent.domain.flow.FlowNodeData;

/**
 * Publishes in /q/openapi exactly what the agent validators enforce: each rule of {@link AgentDataRules} as its
 * schema keyword, and a flow node's {@code data} as an object that takes any further key (node-type-specific keys
 * are kept as sent, {@link FlowNodeData#otherKeys()}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class AgentSchemaFilter implements OASFilter {

    /** Every {@code agent_id} path parameter is a UUID (another value is a 404, as for a missing agent). */
    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.PATH && "agent_id".equals(parameter.getName())
                && parameter.getSchema() != null) {
            parameter.getSchema().setFormat("uuid");
        }
        return parameter;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        AgentDataRules.ALL.forEach(rule -> apply(rule, schemas.get(rule.model().getSimpleName())));
        Schema node = schemas.get(FlowNodeData.class.getSimpleName());
        if (node != null) {
            node.removeProperty(FlowNodeData.OTHER_KEYS);
            node.setAdditionalPropertiesBoolean(true);
        }
    }

    private static void apply(Rule rule, Schema model) {
        Schema property = model == null || model.getProperties() == null ? null : model.getProperties().get(rule.property());
        if (property == null) {
            throw new IllegalStateException("the OpenAPI document has no " + rule.model().getSimpleName() + "."
                    + rule.property() + " for " + rule.kind());
        }
        switch (rule.kind()) {
            case REQUIRED -> model.addRequired(rule.property());
            case ONE_OF -> property.setEnumeration(List.copyOf(rule.allowed()));
            case RANGE -> {
                property.setMinimum(rule.minimum() == null ? null : BigDecimal.valueOf(rule.minimum()));
                property.setMaximum(rule.maximum() == null ? null : BigDecimal.valueOf(rule.maximum()));
            }
            case NOT_BLANK -> property.setPattern(AgentDataRules.NOT_BLANK_PATTERN);
            case MAX_ITEMS -> property.setMaxItems(rule.maxItems());
            case UUID -> (property.getItems() != null ? property.getItems() : property).setFormat("uuid");
        }
    }
}
