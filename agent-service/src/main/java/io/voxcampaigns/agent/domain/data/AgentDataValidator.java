package io.voxcampaigns.agent.domain.data;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.voxcampaigns.agent.domain.data.AgentDataRules.Rule;
import io.voxcampaigns.platform.error.ValidationErrors;

/**
 * Checks a complete (merged) {@code data} against {@link AgentDataRules} and nothing else; every error names its JSON
 * path, e.g. {@code data.prompt.firstLineType}. A key that has a default cannot be cleared: null there is refused
 * (except where vox documents null, {@link AgentDataRules#NULLABLE}).
 */
public final class AgentDataValidator {

    private final ValidationErrors errors;

    private AgentDataValidator(ValidationErrors errors) {
        this.errors = errors;
    }

    /** Adds an error for every invalid field of {@code data}. */
    public static void validate(AgentData data, ValidationErrors errors) {
        new AgentDataValidator(errors).record(data, AgentDataDefaults.defaults(), "data");
    }

    /** Checks each property of {@code value}; {@code defaults} is the same model's default (null when it has none). */
    private void record(Record value, Record defaults, String path) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            String name = component.getAccessor().getAnnotation(JsonProperty.class).value();
            String at = path + "." + name;
            Object field = read(component, value);
            List<Rule> rules = AgentDataRules.of(value.getClass(), name);
            if (field == null) {
                boolean defaulted = defaults != null && read(component, defaults) != null
                        && !AgentDataRules.NULLABLE.contains(value.getClass().getSimpleName() + "." + name);
                if (defaulted || rules.stream().anyMatch(r -> r.kind() == AgentDataRules.Kind.REQUIRED)) {
                    errors.add(at, "must not be null");
                }
                continue;
            }
            rules.forEach(rule -> check(rule, field, at));
            descend(field, defaults == null ? null : read(component, defaults), at);
        }
    }

    private void descend(Object field, Object defaults, String at) {
        if (field instanceof Record nested) {
            record(nested, defaults instanceof Record d ? d : null, at);
        } else if (field instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Record item) {
                    record(item, null, at + "[" + i + "]");
                }
            }
        } else if (field instanceof Map<?, ?> entries) {
            entries.forEach((key, entry) -> {
                if (entry == null) {
                    errors.add(at + "." + key, "must not be null");
                }
            });
        }
    }

    private void check(Rule rule, Object value, String at) {
        switch (rule.kind()) {
            case ONE_OF -> {
                if (!rule.allowed().contains(value)) {
                    errors.add(at, "must be one of " + String.join(", ", rule.allowed().stream().sorted().toList()));
                }
            }
            case RANGE -> {
                double number = ((Number) value).doubleValue();
                if ((rule.minimum() != null && number < rule.minimum())
                        || (rule.maximum() != null && number > rule.maximum())) {
                    errors.add(at, rule.maximum() == null ? "must be at least " + format(rule.minimum())
                            : "must be between " + format(rule.minimum()) + " and " + format(rule.maximum()));
                }
            }
            case NOT_BLANK -> {
                if (value.toString().isBlank()) {
                    errors.add(at, "must not be blank");
                }
            }
            case MAX_ITEMS -> {
                if (((List<?>) value).size() > rule.maxItems()) {
                    errors.add(at, "must hold at most " + rule.maxItems() + " items");
                }
            }
            case UUID -> {
                if (value instanceof List<?> items) {
                    for (int i = 0; i < items.size(); i++) {
                        uuid(items.get(i), at + "[" + i + "]");
                    }
                } else {
                    uuid(value, at);
                }
            }
            case REQUIRED -> {
            }
        }
    }

    private void uuid(Object value, String at) {
        try {
            UUID.fromString(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            errors.add(at, "must be a UUID");
        }
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
    }
}
