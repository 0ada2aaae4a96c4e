package io.voxcampaigns.platform.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** The JSON names of the top-level fields a request body set, in body order. */
public final class SentFields {

    private SentFields() {
    }

    /** Of a body read as a JSON tree: every field present, a null too (in a PATCH it clears); none for no body. */
    public static List<String> of(JsonNode body) {
        List<String> sent = new ArrayList<>();
        if (body != null && body.isObject()) {
            body.fieldNames().forEachRemaining(sent::add);
        }
        return sent;
    }

    /**
     * Of a body bound to a record: its components that are not null, by their {@link JsonProperty} names. Reads the
     * components only (a 100,000-task list is not walked).
     */
    public static List<String> of(Record body) {
        List<String> sent = new ArrayList<>();
        if (body == null) {
            return sent;
        }
        for (RecordComponent component : body.getClass().getRecordComponents()) {
            if (value(body, component) != null) {
                sent.add(jsonName(body.getClass(), component));
            }
        }
        return sent;
    }

    /** The component's {@link JsonProperty} name: Jackson's annotation reaches the record's field and accessor. */
    private static String jsonName(Class<?> type, RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        if (property == null) {
            try {
                property = type.getDeclaredField(component.getName()).getAnnotation(JsonProperty.class);
            } catch (NoSuchFieldException e) {
                property = null;
            }
        }
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }

    private static Object value(Record body, RecordComponent component) {
        try {
            return component.getAccessor().invoke(body);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + body.getClass(), e);
        }
    }
}
