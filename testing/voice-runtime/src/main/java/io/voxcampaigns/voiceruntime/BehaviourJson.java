package io.voxcampaigns.voiceruntime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A behaviour as the admin API and the command line show and take it. A change names the top-level fields it
 * changes; each replaces the current value whole (send all of {@code ring_ms}, all the weights, every script).
 */
final class BehaviourJson {

    private static final Set<String> FIELDS = Set.of("ring_ms", "talk_ms", "outcome_weights", "seed", "script",
            "rejected", "create_delay_ms", "unavailable_until", "retry_after_s", "early_failures", "webhook_copies",
            "out_of_order_share", "echo_metadata");

    private BehaviourJson() {
    }

    static ObjectNode write(Behaviour behaviour) {
        ObjectNode json = JsonHandler.JSON.createObjectNode();
        Timing timing = behaviour.timing();
        range(json, "ring_ms", timing.ringMin().toMillis(), timing.ringMax().toMillis());
        range(json, "talk_ms", timing.talkMin().toMillis(), timing.talkMax().toMillis());
        ObjectNode weights = json.putObject("outcome_weights");
        behaviour.outcomes().weights().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> weights.put(e.getKey().label(), e.getValue()));
        json.put("seed", behaviour.outcomes().seed());
        ObjectNode script = json.putObject("script");
        behaviour.outcomes().script().forEach((number, outcomes) ->
                outcomes.forEach(o -> script.withArray(number).add(o.label())));
        Faults faults = behaviour.faults();
        numbers(json.putObject("rejected"), faults.rejected());
        json.put("create_delay_ms", faults.createDelay().toMillis());
        json.put("unavailable_until", faults.unavailableUntil().toEpochMilli());
        json.put("retry_after_s", faults.retryAfter() == null ? null : faults.retryAfter().toSeconds());
        numbers(json.putObject("early_failures"), faults.earlyFailures());
        range(json, "webhook_copies", faults.minWebhookCopies(), faults.maxWebhookCopies());
        json.put("out_of_order_share", faults.outOfOrderShare());
        json.put("echo_metadata", faults.echoMetadata());
        return json;
    }

    /** The behaviour with the change's fields replaced; IllegalArgumentException naming what is wrong. */
    static Behaviour change(Behaviour current, JsonNode change) {
        if (!change.isObject()) {
            throw new IllegalArgumentException("a behaviour change is a JSON object");
        }
        change.fields().forEachRemaining(field -> {
            if (!FIELDS.contains(field.getKey())) {
                throw new IllegalArgumentException("unknown field " + field.getKey() + "; known: " + FIELDS);
            }
            if (field.getValue().isNull() && !field.getKey().equals("retry_after_s")) {
                throw new IllegalArgumentException(field.getKey() + " cannot be null");
            }
        });
        return read(write(current).setAll((ObjectNode) change));
    }

    private static Behaviour read(JsonNode json) {
        Timing timing = new Timing(Duration.ofMillis(number(json, "ring_ms", "min")),
                Duration.ofMillis(number(json, "ring_ms", "max")), Duration.ofMillis(number(json, "talk_ms", "min")),
                Duration.ofMillis(number(json, "talk_ms", "max")));
        Map<Outcome, Integer> weights = new EnumMap<>(Outcome.class);
        json.path("outcome_weights").fields().forEachRemaining(e -> weights.put(Outcome.of(e.getKey()),
                e.getValue().asInt()));
        Map<String, List<Outcome>> script = new HashMap<>();
        json.path("script").fields().forEachRemaining(e -> {
            List<Outcome> outcomes = new ArrayList<>();
            e.getValue().forEach(label -> outcomes.add(Outcome.of(label.asText())));
            script.put(e.getKey(), outcomes);
        });
        OutcomePlan outcomes = new OutcomePlan(weights, json.path("seed").asLong(), script);
        JsonNode retryAfter = json.path("retry_after_s");
        Faults faults = new Faults(Duration.ofMillis(json.path("create_delay_ms").asLong()),
                Instant.ofEpochMilli(json.path("unavailable_until").asLong()),
                retryAfter.isNumber() ? Duration.ofSeconds(retryAfter.asLong()) : null,
                numberSet(json.path("rejected")), numberSet(json.path("early_failures")),
                (int) number(json, "webhook_copies", "min"), (int) number(json, "webhook_copies", "max"),
                json.path("out_of_order_share").asDouble(), json.path("echo_metadata").asBoolean(true));
        return new Behaviour(timing, outcomes, faults);
    }

    private static void range(ObjectNode json, String name, long min, long max) {
        json.putObject(name).put("min", min).put("max", max);
    }

    private static long number(JsonNode json, String object, String field) {
        JsonNode value = json.path(object).path(field);
        if (!value.canConvertToLong()) {
            throw new IllegalArgumentException(object + "." + field + " must be a whole number");
        }
        return value.asLong();
    }

    private static void numbers(ObjectNode json, NumberSet set) {
        ArrayNode numbers = json.putArray("numbers");
        set.numbers().stream().sorted().forEach(numbers::add);
        ArrayNode prefixes = json.putArray("prefixes");
        set.prefixes().stream().sorted().forEach(prefixes::add);
        json.put("share", set.share());
    }

    private static NumberSet numberSet(JsonNode json) {
        return new NumberSet(texts(json.path("numbers")), texts(json.path("prefixes")), json.path("share").asDouble());
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new LinkedHashSet<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }
}
