package io.voxcampaigns.agent.domain.data;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
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

    private static final Map<Class<?>, Record> DEFAULTS = defaultsByModel();

    private final ValidationErrors errors;

    private AgentDataValidator(ValidationErrors errors) {
        this.errors = errors;
    }

    /** Adds an error for every invalid field of {@code data}. */
    public static void validate(AgentData data, ValidationErrors errors) {
        new AgentDataValidator(errors).record(data, "data");
    }

    /**
     * Whether a stored {@code data} may hold null at {@code property} (its JSON name) of {@code model}: not where a rule
     * requires the key, nor where the model has a default (a default cannot be cleared), except where vox documents null.
     */
    public static boolean acceptsNull(Class<? extends Record> model, String property) {
        if (AgentDataRules.of(model, property).stream().anyMatch(r -> r.kind() == AgentDataRules.Kind.REQUIRED)) {
            return false;
        }
        Record defaults = DEFAULTS.get(model);
        return defaults == null || AgentDataRules.NULLABLE.contains(model.getSimpleName() + "." + property)
                || Arrays.stream(model.getRecordComponents()).filter(c -> jsonName(c).equals(property))
                        .allMatch(c -> read(c, defaults) == null);
    }

    /** The JSON name of a record component of the data model. */
    public static String jsonName(RecordComponent component) {
        return component.getAccessor().getAnnotation(JsonProperty.class).value();
    }

    private void record(Record value, String path) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            String name = jsonName(component);
            String at = path + "." + name;
            Object field = read(component, value);
            if (field == null) {
                if (!acceptsNull(value.getClass(), name)) {
                    errors.add(at, "must not be null");
                }
                continue;
            }
            AgentDataRules.of(value.getClass(), name).forEach(rule -> check(rule, field, at));
            descend(field, at);
        }
    }

    private void descend(Object field, String at) {
        if (field instanceof Record nested) {
            record(nested, at);
        } else if (field instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof Record item) {
                    record(item, at + "[" + i + "]");
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

    /** The default of each model that has one: {@code data} itself and each of its sections. */
    private static Map<Class<?>, Record> defaultsByModel() {
        AgentData defaults = AgentDataDefaults.defaults();
        Map<Class<?>, Record> byModel = new HashMap<>();
        byModel.put(AgentData.class, defaults);
        for (RecordComponent section : AgentData.class.getRecordComponents()) {
            if (read(section, defaults) instanceof Record value) {
                byModel.put(value.getClass(), value);
            }
        }
        return Map.copyOf(byModel);
    }

    private void check(Rule rule, Object value, String at) {
        switch (rule.kind()) {
            case ONE_OF -> {
                if (!rule.allowed().contains(value)) {
                    errors.addNotOneOf(at, rule.allowed().stream().sorted().toList(), null);
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
