package io.voxcampaigns.agent.domain.data;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies a partial {@code data} to a complete one with the vox rule: object sections are merged one level
 * deep (keys sent replace, keys omitted stay, nested objects are replaced whole); the list and map sections
 * ({@code presetDynamicVariables}, {@code toolIds}, {@code builtInTools}) are replaced whole. The merge works on
 * the JSON tree because only the tree knows which keys the client actually sent; the result is typed again.
 */
public final class AgentDataMerger {

    private static final Set<String> REPLACED_WHOLE = Set.of("presetDynamicVariables", "toolIds", "builtInTools");

    private final ObjectMapper mapper;

    public AgentDataMerger(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The complete data after applying {@code patch} (the client's {@code data} object, already type-checked). */
    public AgentData merge(AgentData base, ObjectNode patch) {
        ObjectNode merged = mapper.valueToTree(base);
        Iterator<Map.Entry<String, JsonNode>> sections = patch.fields();
        while (sections.hasNext()) {
            Map.Entry<String, JsonNode> section = sections.next();
            JsonNode existing = merged.get(section.getKey());
            boolean mergeKeys = !REPLACED_WHOLE.contains(section.getKey()) && section.getValue().isObject()
                    && existing != null && existing.isObject();
            if (mergeKeys) {
                ((ObjectNode) existing).setAll((ObjectNode) section.getValue());
            } else {
                merged.set(section.getKey(), section.getValue());
            }
        }
        try {
            return mapper.treeToValue(merged, AgentData.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("merged agent data no longer matches its model", e);
        }
    }
}
