package io.voxcampaigns.agent.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.voxcampaigns.agent.domain.data.AgentData;
import io.voxcampaigns.agent.domain.data.AgentDataRules;
import io.voxcampaigns.agent.domain.data.AgentDataRules.Rule;
import io.voxcampaigns.agent.domain.data.AgentDataValidator;
import io.voxcampaigns.agent.domain.flow.FlowData;
import io.voxcampaigns.agent.domain.flow.FlowNodeData;

/**
 * Publishes in /q/openapi exactly what the agent validators enforce: each rule of {@link AgentDataRules} as its
 * schema keyword, null as a type of each {@code data} property that accepts it, and a flow node's {@code data} as an object that takes any further key (node-type-specific keys
 * are kept as sent, {@link FlowNodeData#otherKeys()}).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class AgentSchemaFilter implements OASFilter {

    /** The rules of a graph that a create or PATCH enforces and validate-flow reports (docs/api.md, "Agents"). */
    static final String GRAPH_RULES = "A create or PATCH refuses (400 naming flow_data.nodes[i] or flow_data.edges[j]) "
            + "a graph with a critical finding of validate-flow, among them: not exactly one begin node; a node "
            + "without an id, with a duplicate id or an unknown type; an edge without an id or between nodes that "
            + "are not in the graph, into the begin node or out of an endCall node; an unknown condition type or "
            + "operator. validate-flow takes any graph of this shape and answers these as findings.";

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
        models(AgentData.class, new LinkedHashSet<>()).forEach(model -> markNullable(model, schemas));
        Schema node = schemas.get(FlowNodeData.class.getSimpleName());
        if (node != null) {
            node.removeProperty(FlowNodeData.OTHER_KEYS);
            node.setAdditionalPropertiesBoolean(true);
        }
        describeGraph(schemas);
        CreateAgentSchemas.split(openAPI.getComponents());
    }

    /**
     * A graph's shape is what validate-flow reads: every value inside it may be null (its answer lists a missing
     * node list, id or type as a finding, and a missing position or viewport is no problem at all), while a value of
     * another JSON type is a 400. The graph rules a create or PATCH enforces on top of that relate nodes and edges to
     * each other, which no schema keyword can state, so they are the graph's description.
     */
    private static void describeGraph(Map<String, Schema> schemas) {
        Schema graph = schemas.get(FlowData.class.getSimpleName());
        if (graph == null) {
            return;
        }
        graph.setDescription(GRAPH_RULES);
        for (Class<? extends Record> model : models(FlowData.class, new LinkedHashSet<>())) {
            Schema schema = schemas.get(model.getSimpleName());
            if (schema == null || schema.getProperties() == null) {
                continue;
            }
            schema.getProperties().values().stream().filter(property -> property.getType() != null)
                    .forEach(property -> property.addType(Schema.SchemaType.NULL));
        }
    }

    /** Each property that may be null (see {@link AgentDataValidator#acceptsNull}) takes null in the document too. */
    private static void markNullable(Class<? extends Record> model, Map<String, Schema> schemas) {
        Schema schema = schemas.get(model.getSimpleName());
        for (RecordComponent component : model.getRecordComponents()) {
            String name = AgentDataValidator.jsonName(component);
            Schema property = schema == null || schema.getProperties() == null ? null : schema.getProperties().get(name);
            if (property == null || property.getType() == null || !AgentDataValidator.acceptsNull(model, name)) {
                continue;
            }
            property.addType(Schema.SchemaType.NULL);
            if (property.getEnumeration() != null) {
                List<Object> values = new ArrayList<>(property.getEnumeration());
                values.add(null);
                property.setEnumeration(values);
            }
        }
    }

    /** {@code model} and every record reachable from its components (directly or as list items). */
    @SuppressWarnings("unchecked")
    private static Set<Class<? extends Record>> models(Class<? extends Record> model, Set<Class<? extends Record>> found) {
        if (!found.add(model)) {
            return found;
        }
        for (RecordComponent component : model.getRecordComponents()) {
            Type type = component.getGenericType() instanceof ParameterizedType list
                    ? list.getActualTypeArguments()[list.getActualTypeArguments().length - 1] : component.getType();
            if (type instanceof Class<?> nested && nested.isRecord()) {
                models((Class<? extends Record>) nested, found);
            }
        }
        return found;
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
