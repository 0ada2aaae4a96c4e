package io.voxcampaigns.agent.api;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.voxcampaigns.agent.domain.AgentType;
import io.voxcampaigns.agent.domain.data.AgentData;
import io.voxcampaigns.agent.domain.data.AgentDataDefaults;
import io.voxcampaigns.agent.domain.data.AgentDataMerger;
import io.voxcampaigns.agent.domain.data.AgentDataValidator;
import io.voxcampaigns.agent.domain.flow.FlowData;
import io.voxcampaigns.agent.domain.flow.FlowReport;
import io.voxcampaigns.agent.domain.flow.FlowValidator;
import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.ValidationErrors;

/**
 * Turns agent request bodies into validated values. Bodies arrive as JSON trees because PATCH and partial
 * {@code data} need to know which keys were sent (null clears, omitted keeps); each tree is also bound to its
 * typed record with the strict application mapper, so unknown or mistyped fields are 400s naming their path.
 */
@ApplicationScoped
public class AgentInput {

    static final int MAX_NAME = 255;

    @Inject
    ObjectMapper mapper;

    /** A create request that passed every check: what the new agent holds. */
    record NewAgent(String name, AgentType type, AgentData data, FlowData flowData, String validationMessage) {
    }

    /** Checks a create request whole (400 naming every invalid field) and completes its data with the defaults. */
    NewAgent validCreate(CreateAgentRequest request, ObjectNode body) {
        ValidationErrors errors = new ValidationErrors();
        checkName(request.name(), errors);
        AgentType type = parseType(request.type(), errors);
        AgentData data = mergeData(AgentDataDefaults.defaults(), body.get("data"), errors);
        FlowReport report = null;
        if (type == AgentType.FLOW && request.flowData() == null) {
            errors.add("flow_data", "is required for a flow agent");
        } else if (type == AgentType.SINGLE_PROMPT && request.flowData() != null) {
            errors.add("flow_data", "only flow agents have flow_data");
        } else if (request.flowData() != null) {
            report = checkFlow(request.flowData(), errors);
        }
        errors.throwIfAny();
        return new NewAgent(request.name(), type, data, request.flowData(), report == null ? "" : report.warningMessage());
    }

    /** The PATCH rules that need no stored state: {@code {}}, {@code type}, {@code name: null}, {@code data: null}. */
    static void checkUpdateShape(UpdateAgentRequest request, ObjectNode body) {
        ValidationErrors errors = new ValidationErrors();
        if (body.isEmpty()) {
            errors.add("$", "send at least one of name, data, flow_data").throwIfAny();
        }
        if (body.has("type")) {
            errors.add("type", "is immutable: it is chosen when the agent is created");
        }
        if (body.has("name")) {
            checkName(request.name(), errors);
        }
        if (body.has("data") && body.get("data").isNull()) {
            errors.add("data", "must be an object; omit it to keep the current data");
        }
        errors.throwIfAny();
    }

    /** The body bound to its request record; 400 when there is no body. */
    <T> T typed(ObjectNode body, Class<T> type) throws JsonProcessingException {
        if (body == null) {
            throw ApiException.invalidField("$", "a JSON object body is required");
        }
        return mapper.treeToValue(body, type);
    }

    static void checkName(String name, ValidationErrors errors) {
        if (name == null) {
            errors.add("name", "must not be null");
        } else if (name.isBlank()) {
            errors.add("name", "must not be blank");
        } else if (name.length() > MAX_NAME) {
            errors.add("name", "must be at most " + MAX_NAME + " characters");
        }
    }

    static AgentType parseType(String type, ValidationErrors errors) {
        AgentType parsed = type == null ? AgentType.SINGLE_PROMPT : AgentType.fromValue(type);
        if (parsed == null) {
            errors.add("type", "must be 'single_prompt' or 'flow'");
        }
        return parsed;
    }

    /** {@code base} with the client's partial {@code data} applied, checked whole; {@code base} when none was sent. */
    AgentData mergeData(AgentData base, JsonNode sent, ValidationErrors errors) {
        if (sent == null || sent.isNull()) {
            return base;
        }
        ObjectNode patch = (ObjectNode) sent;
        AgentData merged = new AgentDataMerger(mapper).merge(base, patch);
        Set<String> sections = new HashSet<>();
        patch.fieldNames().forEachRemaining(sections::add);
        AgentDataValidator.validate(merged, sections, errors);
        return merged;
    }

    /** Runs the flow validator; each critical issue becomes a field error, the warnings are returned. */
    static FlowReport checkFlow(FlowData flow, ValidationErrors errors) {
        if (flow.nodes() == null) {
            errors.add("flow_data.nodes", "must not be null");
        }
        FlowReport report = FlowValidator.validate(flow, "flow_data");
        report.critical().forEach(issue -> errors.add(issue.field(), issue.message()));
        return report;
    }
}
