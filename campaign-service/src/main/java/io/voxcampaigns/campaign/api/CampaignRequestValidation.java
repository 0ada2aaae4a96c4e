package io.voxcampaigns.campaign.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import io.voxcampaigns.campaign.domain.AgentVersionRequest;
import io.voxcampaigns.campaign.domain.NewCampaign;
import io.voxcampaigns.campaign.domain.NewTask;
import io.voxcampaigns.campaign.domain.DomesticNumbers;
import io.voxcampaigns.campaign.domain.Timestamps;
import io.voxcampaigns.campaign.persistence.TaskIds;
import io.voxcampaigns.platform.error.ValidationErrors;
import io.voxcampaigns.platform.retry.RetryPolicy;
import io.voxcampaigns.platform.retry.RetryPolicyInput;
import io.voxcampaigns.platform.retry.VoicemailAction;
import io.voxcampaigns.platform.retry.VoicemailActionInput;
import io.voxcampaigns.platform.schedule.CallPurpose;
import io.voxcampaigns.platform.schedule.CallRate;
import io.voxcampaigns.platform.schedule.CallingHours;
import io.voxcampaigns.platform.schedule.HolidayCalendars;

/**
 * The rules of a create request that need no database, in one pass over every task; each problem is added to the
 * errors under its JSON path. The organisation's numbers and the agent are checked afterwards.
 */
final class CampaignRequestValidation {

    /** The metadata key the dispatcher adds to every call it places (docs/api.md, "Voice runtime"). */
    static final String RESERVED_METADATA_KEY = "vox_campaigns";

    static final int MAX_TASKS = 100_000;
    static final int MAX_EXTERNAL_ID = 255;
    static final int MAX_NAME = 255;
    /** A name must hold a character other than whitespace; the OpenAPI pattern of name. */
    static final String NOT_BLANK = "\\S";
    static final int DEFAULT_CONCURRENCY = 5;
    static final int MAX_CONCURRENCY = 100;

    private CampaignRequestValidation() {
    }

    /**
     * The campaign as far as it is valid: with problems added to {@code errors}, invalid tasks are left out and an
     * invalid agent id or version is null, so the database checks can still run on the rest and one 400 names
     * every problem. Null only without a body. {@code now} is what retry_policy.deadline_at must lie after.
     */
    static NewCampaign validate(CreateCampaignRequest body, Instant now, HolidayCalendars calendars,
            ValidationErrors errors) {
        if (body == null) {
            errors.add("$", "request body is required");
            return null;
        }
        name(body.name(), errors);
        number(body.fromNumber(), "from_number", true, errors);
        UUID agentId = agentId(body.agent(), errors);
        AgentVersionRequest version = agentVersion(body.agent(), errors);
        List<NewTask> tasks = tasks(body.tasks(), errors);
        number(body.presentationNumber(), "presentation_number", false, errors);
        Instant scheduledAt = scheduledAt(body.scheduledAt(), errors);
        int concurrency = concurrency(body.concurrency(), errors);
        CallingHours window = window(body.callTimeWindow(), calendars, errors);
        RetryPolicy policy = retryPolicy(body.retryPolicy(), now, errors);
        VoicemailAction voicemail = voicemailAction(body.voicemailAction(), errors);
        CallPurpose purpose = purpose(body.purpose(), errors);
        if (purpose != null && window != null) {
            purpose.checkWindow(window, now, "call_time_window", errors);
        }
        return new NewCampaign(body.name(), body.fromNumber(), agentId, version, tasks, body.presentationNumber(),
                scheduledAt, concurrency, window).with(policy, voicemail, purpose,
                maxCallsPerSecond(body.maxCallsPerSecond(), errors));
    }

    /** The start rate sent (null: no limit); a problem is added under {@code max_calls_per_second}. */
    static Double maxCallsPerSecond(Double value, ValidationErrors errors) {
        if (!CallRate.allowed(value)) {
            errors.add("max_calls_per_second", CallRate.rule() + " calls per second (null: no limit), got "
                    + value);
        }
        return value;
    }

    /** The purpose sent (null: general), or null after adding its problem under {@code purpose}. */
    static CallPurpose purpose(String value, ValidationErrors errors) {
        if (value == null) {
            return CallPurpose.GENERAL;
        }
        Optional<CallPurpose> purpose = CallPurpose.parse(value);
        if (purpose.isEmpty()) {
            errors.addNotOneOf("purpose", CallPurpose.apiValues(), ValidationErrors.quoted(value));
        }
        return purpose.orElse(null);
    }

    /** The policy sent (null: none), or null after adding its problems under {@code retry_policy}. */
    static RetryPolicy retryPolicy(RetryPolicyInput input, Instant now, ValidationErrors errors) {
        return input == null ? null
                : RetryPolicy.validated(input, "retry_policy", now, Timestamps::fromApi, errors).orElse(null);
    }

    /** The action sent (null: none), or null after adding its problems under {@code voicemail_action}. */
    static VoicemailAction voicemailAction(VoicemailActionInput input, ValidationErrors errors) {
        return input == null ? null : VoicemailAction.validated(input, "voicemail_action", errors).orElse(null);
    }

    static void name(String name, ValidationErrors errors) {
        if (name == null) {
            errors.add("name", "is required");
        } else if (name.isBlank()) {
            errors.add("name", "must not be empty or only whitespace");
        } else if (name.length() > MAX_NAME) {
            errors.add("name", "must be at most " + MAX_NAME + " characters, got " + name.length());
        }
    }

    static void number(String number, String path, boolean required, ValidationErrors errors) {
        if (number == null && !required) {
            return;
        }
        String problem = DomesticNumbers.problem(number);
        if (problem != null) {
            errors.add(path, problem);
        }
    }

    private static UUID agentId(AgentBody agent, ValidationErrors errors) {
        if (agent == null) {
            errors.add("agent", "is required: {\"agent_id\": \"<uuid>\", \"agent_version\": \"current\"}");
            return null;
        }
        if (agent.agentId() == null) {
            errors.add("agent.agent_id", "is required");
            return null;
        }
        try {
            return UUID.fromString(agent.agentId());
        } catch (IllegalArgumentException e) {
            errors.add("agent.agent_id", "must be an agent id (UUID)");
            return null;
        }
    }

    private static AgentVersionRequest agentVersion(AgentBody agent, ValidationErrors errors) {
        if (agent == null) {
            return null;
        }
        AgentVersionRequest version = AgentVersionRequest.parse(agent.agentVersion());
        if (version == null) {
            errors.add("agent.agent_version", "must be 'current', 'production' or v{n} (e.g. v3)");
        }
        return version;
    }

    /**
     * The valid tasks of a create or append request, each at its position in the request; every problem is added to
     * {@code errors} under {@code tasks[i].field}, an external_id sent twice included.
     */
    static List<NewTask> tasks(List<TaskBody> bodies, ValidationErrors errors) {
        if (bodies == null || bodies.isEmpty() || bodies.size() > MAX_TASKS) {
            errors.add("tasks", "must contain 1 to " + MAX_TASKS + " tasks, got " + (bodies == null ? 0 : bodies.size()));
            return List.of();
        }
        List<NewTask> tasks = new ArrayList<>(bodies.size());
        Map<String, Integer> externalIds = new HashMap<>();
        for (int i = 0; i < bodies.size(); i++) {
            NewTask task = task(bodies.get(i), i, "tasks[" + i + "]", errors);
            if (task != null && task.externalId() != null) {
                Integer first = externalIds.putIfAbsent(task.externalId(), i);
                if (first != null) {
                    errors.add("tasks[" + i + "].external_id", "repeats tasks[" + first + "].external_id");
                    task = null;
                }
            }
            if (task != null) {
                tasks.add(task);
            }
        }
        return tasks;
    }

    private static NewTask task(TaskBody body, int seq, String path, ValidationErrors errors) {
        if (body == null) {
            errors.add(path, "must be an object with to_number");
            return null;
        }
        int before = errors.size();
        String toNumber = body.toNumber() != null ? body.toNumber() : body.callTo();
        if (body.toNumber() != null && body.callTo() != null) {
            errors.add(path + ".call_to", "send either to_number or its alias call_to, not both");
        } else {
            number(toNumber, path + (body.callTo() != null ? ".call_to" : ".to_number"), true, errors);
        }
        Map<String, String> variables = variables(body.dynamicVariables(), path + ".dynamic_variables", errors);
        JsonNode metadata = body.metadata();
        if (metadata != null && !metadata.isNull() && !metadata.isObject()) {
            errors.add(path + ".metadata", "must be an object");
        } else if (metadata != null && metadata.has(RESERVED_METADATA_KEY)) {
            errors.add(path + ".metadata." + RESERVED_METADATA_KEY, "is reserved: the dispatcher sends its own ids "
                    + "to the voice runtime under this key");
        }
        number(body.presentationNumber(), path + ".presentation_number", false, errors);
        String externalId = body.externalId();
        if (externalId != null && (externalId.isBlank() || externalId.length() > MAX_EXTERNAL_ID)) {
            errors.add(path + ".external_id", "must be 1 to " + MAX_EXTERNAL_ID + " characters, not only whitespace");
        }
        if (errors.size() > before) {
            return null;
        }
        String metadataJson = metadata == null || metadata.isNull() ? null : metadata.toString();
        return new NewTask(TaskIds.next(), seq, toNumber, variables, metadataJson, body.presentationNumber(),
                externalId, Boolean.TRUE.equals(body.nightConsent()));
    }

    private static Map<String, String> variables(JsonNode node, String path, ValidationErrors errors) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return variables;
        }
        if (!node.isObject()) {
            errors.add(path, "must be an object of string, number or boolean values");
            return variables;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isTextual() || value.isNumber() || value.isBoolean()) {
                // Prompt templates substitute strings, so a number or boolean is kept in its JSON text form.
                variables.put(field.getKey(), value.asText());
            } else {
                errors.add(path + "." + field.getKey(), "must be a string, number or boolean, got "
                        + value.getNodeType().name().toLowerCase());
            }
        }
        return variables;
    }

    /**
     * The window the client set, or null when it set none (null or omitted: the default applies at dial time);
     * skip_holidays names one of {@code calendars}.
     */
    static CallingHours window(CallTimeWindowBody body, HolidayCalendars calendars, ValidationErrors errors) {
        if (body == null) {
            return null;
        }
        return CallingHours.validated(body.toInput(), "call_time_window", calendars, errors).orElse(null);
    }

    static Instant scheduledAt(Long value, ValidationErrors errors) {
        if (value == null) {
            return null;
        }
        Instant at = Timestamps.fromApi(value);
        if (at == null) {
            errors.add("scheduled_at", "must be unix milliseconds (10-11 digit values are read as seconds), got " + value);
        }
        return at;
    }

    static int concurrency(Integer value, ValidationErrors errors) {
        if (value == null) {
            return DEFAULT_CONCURRENCY;
        }
        if (value < 1 || value > MAX_CONCURRENCY) {
            errors.add("concurrency", "must be between 1 and " + MAX_CONCURRENCY + ", got " + value);
        }
        return value;
    }
}
