package io.voxcampaigns.agent.service;

import jakarta.enterprise.context.ApplicationScoped;

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
import io.voxcampaigns.platform.error.ValidationErrors;

/**
 * Turns a create or a PATCH into validated values, each a 400 naming every invalid field. The partial {@code data}
 * is merged with the application's strict mapper, so a merged value that no longer fits the model is refused too.
 */
@ApplicationScoped
public class AgentInput {

    /** The longest agent name. */
    public static final int MAX_NAME = 255;

    private final ObjectMapper mapper;

    public AgentInput(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A create request that passed every check: what the new agent holds. */
    record NewAgent(String name, AgentType type, AgentData data, FlowData flowData, String validationMessage) {
    }

    /** A PATCH checked against the stored agent: the merged data, and the report of a new graph (null when none). */
    record ValidUpdate(AgentData data, FlowReport flowReport) {
    }

    /** Checks a create request whole and completes its data with the defaults. */
    NewAgent validCreate(AgentDraft draft) {
        ValidationErrors errors = new ValidationErrors();
        checkName(draft.name(), errors);
        AgentType type = parseType(draft.type(), errors);
        AgentData data = mergeData(AgentDataDefaults.defaults(), draft.data(), errors);
        FlowReport report = null;
        if (type == AgentType.FLOW && draft.flowData() == null) {
            errors.add("flow_data", "is required for a flow agent");
        } else if (type == AgentType.SINGLE_PROMPT && draft.flowData() != null) {
            errors.add("flow_data", "only flow agents have flow_data");
        } else if (draft.flowData() != null) {
            report = checkFlow(draft.flowData(), errors);
        }
        errors.throwIfAny();
        return new NewAgent(draft.name(), type, data, draft.flowData(), report == null ? "" : report.warningMessage());
    }

    /** The PATCH rules that need no stored state: {@code {}}, {@code type}, {@code name: null}, {@code data: null}. */
    static void checkUpdateShape(AgentChanges changes) {
        ValidationErrors errors = new ValidationErrors();
        if (changes.sent().isEmpty()) {
            errors.add("$", "send at least one of name, data, flow_data").throwIfAny();
        }
        if (changes.has("type")) {
            errors.add("type", "is immutable: it is chosen when the agent is created");
        }
        if (changes.has("name")) {
            checkName(changes.name(), errors);
        }
        if (changes.has("data") && changes.data().isNull()) {
            errors.add("data", "must be an object; omit it to keep the current data");
        }
        errors.throwIfAny();
    }

    /** Checks the merged result of a PATCH against the agent's type and current data; nothing is changed here. */
    ValidUpdate validUpdate(AgentType type, AgentData current, AgentChanges changes) {
        ValidationErrors errors = new ValidationErrors();
        AgentData data = mergeData(current, changes.data(), errors);
        FlowReport report = null;
        if (changes.has("flow_data")) {
            if (type != AgentType.FLOW) {
                errors.add("flow_data", "only flow agents have flow_data; this agent is single_prompt");
            } else if (changes.flowData() == null) {
                errors.add("flow_data", "must be a graph; omit it to keep the current one");
            } else {
                report = checkFlow(changes.flowData(), errors);
            }
        }
        errors.throwIfAny();
        return new ValidUpdate(data, report);
    }

    private static void checkName(String name, ValidationErrors errors) {
        if (name == null) {
            errors.add("name", "must not be null");
        } else if (name.isBlank()) {
            errors.add("name", "must not be blank");
        } else if (name.length() > MAX_NAME) {
            errors.add("name", "must be at most " + MAX_NAME + " characters");
        }
    }

    private static AgentType parseType(String type, ValidationErrors errors) {
        AgentType parsed = type == null ? AgentType.SINGLE_PROMPT : AgentType.fromValue(type);
        if (parsed == null) {
            errors.add("type", "must be 'single_prompt' or 'flow'");
        }
        return parsed;
    }

    /** {@code base} with the client's partial {@code data} applied, checked whole; {@code base} when none was sent. */
    private AgentData mergeData(AgentData base, JsonNode sent, ValidationErrors errors) {
        if (sent == null || sent.isNull()) {
            return base;
        }
        AgentData merged = new AgentDataMerger(mapper).merge(base, (ObjectNode) sent);
        AgentDataValidator.validate(merged, errors);
        return merged;
    }

    /** Runs the flow validator; each critical issue becomes a field error, the warnings are returned. */
    private static FlowReport checkFlow(FlowData flow, ValidationErrors errors) {
        if (flow.nodes() == null) {
            errors.add("flow_data.nodes", "must not be null");
        }
        FlowReport report = FlowValidator.validate(flow, "flow_data");
        report.critical().forEach(issue -> errors.add(issue.field(), issue.message()));
        return report;
    }
}
